using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Equality;

/// <summary>A candidate's own equality answers, given or changed at any stage: the row and the
/// dashboard's tallies move with them, so the adverse-impact counts stay what the log says.</summary>
public sealed class EqualityAnswersTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Answers_given_then_changed_move_the_candidate_between_groups_in_the_tallies(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("ann@example.com");
        Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.Shortlisted))).Succeeded);
        Assert.Equal(0, await SexCountAsync(funnel, nameof(Sex.Female)));

        await SaveAsync(funnel, id, Sex.Female, Ethnicity.Asian);
        Assert.Equal(1, await SexCountAsync(funnel, nameof(Sex.Female)));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());

        await SaveAsync(funnel, id, Sex.PreferNotToSay, null);
        Assert.Equal(0, await SexCountAsync(funnel, nameof(Sex.Female)));
        Assert.Equal(1, await SexCountAsync(funnel, nameof(Sex.PreferNotToSay)));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());

        await using var db = funnel.Database.CreateContext();
        var row = await db.EqualityMonitoring.SingleAsync(e => e.CandidateId == id);
        Assert.Equal((Sex.PreferNotToSay, (Ethnicity?)null, FunnelStage.Shortlisted, funnel.Now),
            (row.Sex, row.Ethnicity, row.CurrentStage, row.RecordedUtc));
        // Later changes to the stage keep the answers.
        Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.InvitedToAssessment))).Succeeded);
        Assert.Equal(Sex.PreferNotToSay, (await db.EqualityMonitoring.AsNoTracking().SingleAsync(e => e.CandidateId == id)).Sex);
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Fact]
    public async Task There_is_nothing_to_save_for_a_candidate_who_does_not_exist()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = funnel.Database.CreateContext();
        Assert.False(await new EqualityAnswers(db, new FunnelWriter(db), funnel.Clock)
            .SaveAsync(Guid.CreateVersion7(), new EqualityMonitoring { Sex = Sex.Male }, default));
        Assert.Equal(0, await db.EqualityMonitoring.CountAsync());
    }

    private static async Task SaveAsync(FunnelDatabase funnel, Guid id, Sex? sex, Ethnicity? ethnicity)
    {
        await using var db = funnel.Database.CreateContext();
        Assert.True(await new EqualityAnswers(db, new FunnelWriter(db), funnel.Clock)
            .SaveAsync(id, new EqualityMonitoring { Sex = sex, AgeBand = AgeBand.From25To34, Ethnicity = ethnicity, Disability = Disability.No }, default));
    }

    private static async Task<long> SexCountAsync(FunnelDatabase funnel, string group)
    {
        await using var db = funnel.Database.CreateContext();
        return await db.EqualityPositionTallies.Where(t => t.Characteristic == nameof(ProtectedCharacteristic.Sex) && t.Group == group)
            .SumAsync(t => t.Count);
    }
}
