using IucRecruit.Data.Privacy;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Tests.Privacy;

/// <summary>
/// The registry is complete: every table that names a candidate (a <c>CandidateId</c> column), and
/// every table that hangs off one of those by a foreign key, is covered by exactly one entry, so
/// it is exported and erased. A feature that adds such a table without an entry fails here.
/// </summary>
public sealed class CandidateDataRegistryTests
{
    [Fact]
    public async Task Every_table_about_a_candidate_is_in_the_registry_exactly_once()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = new PrivacyServices(funnel);
        var covered = await services.UseAsync(s => Task.FromResult(
            s.GetServices<ICandidateData>().SelectMany(d => d.Tables.Select(t => (Table: t, Entry: d.GetType().Name))).ToList()));
        await using var db = funnel.Database.CreateContext();

        var aboutCandidates = TablesAboutCandidates(db.Model).Select(t => t.ClrType).ToHashSet();

        var missing = aboutCandidates.Except(covered.Select(c => c.Table)).Select(t => t.Name).ToList();
        var twice = covered.GroupBy(c => c.Table).Where(g => g.Count() > 1).Select(g => $"{g.Key.Name} ({string.Join(", ", g.Select(c => c.Entry))})").ToList();
        var notAboutCandidates = covered.Select(c => c.Table).Except(aboutCandidates).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "Tables about candidates that no entry of CandidateDataRegistry exports or erases: " + string.Join(", ", missing));
        Assert.True(twice.Count == 0, "Tables in more than one entry: " + string.Join(", ", twice));
        Assert.True(notAboutCandidates.Count == 0, "Entries name tables that hold nothing about candidates: " + string.Join(", ", notAboutCandidates));
    }

    /// <summary>Entity types with a CandidateId property, and everything that depends on one of them
    /// by a foreign key, transitively.</summary>
    private static HashSet<IEntityType> TablesAboutCandidates(IModel model)
    {
        var found = model.GetEntityTypes()
            .Where(t => t.ClrType == typeof(Candidates.Candidate) || t.FindProperty("CandidateId") is not null).ToHashSet();
        bool grew;
        do
        {
            var dependents = model.GetEntityTypes()
                .Where(t => !found.Contains(t) && t.GetForeignKeys().Any(k => found.Contains(k.PrincipalEntityType))).ToList();
            found.UnionWith(dependents);
            grew = dependents.Count > 0;
        } while (grew);
        return found;
    }
}
