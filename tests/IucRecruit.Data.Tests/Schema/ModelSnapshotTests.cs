using System.Collections.Immutable;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace IucRecruit.Data.Tests.Schema;

/// <summary>
/// EF Core's own checks, on every provider, SQL Server included: they need the model and each
/// provider's migrations and snapshot, never a database.
/// </summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<DatabaseProvider> EveryProvider => new(Enum.GetValues<DatabaseProvider>());

    [Theory]
    [MemberData(nameof(EveryProvider))]
    public void No_model_change_is_left_without_a_migration(DatabaseProvider provider)
    {
        using var db = DatabaseRegistration.ConnectionlessContext(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration covers: run scripts/add-migration.sh NameOfTheChange.");
    }

    [Theory]
    [MemberData(nameof(EveryProvider))]
    public void The_model_and_its_migration_script_build_without_warnings(DatabaseProvider provider)
    {
        var warnings = new List<string>();
        var builder = new DbContextOptionsBuilder<RecruitmentDbContext>();
        builder.UseProvider(provider, connectionString: null)
            .LogTo(warnings.Add, LogLevel.Warning)
            // A service provider of its own, so that the model is built here, not taken from a cache.
            .EnableServiceProviderCaching(false);
        using var db = new RecruitmentDbContext(builder.Options);

        Assert.NotEmpty(db.GetService<IDesignTimeModel>().Model.GetEntityTypes());
        Assert.Contains("CREATE TABLE", db.GetService<IMigrator>().GenerateScript(), StringComparison.Ordinal);

        Assert.Empty(warnings);
    }

    [Fact]
    public void On_sql_server_no_table_can_be_reached_by_two_cascading_delete_paths()
    {
        using var db = DatabaseRegistration.ConnectionlessContext(DatabaseProvider.SqlServer);
        // What the database itself does on delete: ClientCascade and the rest are NO ACTION there.
        var cascading = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .ToLookup(fk => fk.PrincipalEntityType.GetTableName()!, fk => fk.DeclaringEntityType.GetTableName()!);

        var problems = new List<string>();
        foreach (var root in cascading.Select(g => g.Key))
        {
            var paths = new Dictionary<string, int>(StringComparer.Ordinal);
            void Walk(string table, ImmutableHashSet<string> seen)
            {
                foreach (var child in cascading[table])
                {
                    if (seen.Contains(child)) { problems.Add($"a cycle of cascades through {child}"); continue; }
                    paths[child] = paths.GetValueOrDefault(child) + 1;
                    Walk(child, seen.Add(child));
                }
            }
            Walk(root, [root]);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{p.Key} from {root} by {p.Value} paths"));
        }

        Assert.True(problems.Count == 0,
            "SQL Server would refuse these foreign keys (multiple cascade paths, error 1785); make one link " +
            "ClientCascade on SQL Server in Storage/SqlServerModelRules.cs:\n  " + string.Join("\n  ", problems.Distinct()));
    }
}
