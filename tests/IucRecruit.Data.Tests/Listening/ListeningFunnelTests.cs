using IucRecruit.Core.Funnel;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Scenarios;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace IucRecruit.Data.Tests.Listening;

/// <summary>Sitting the listening exercise moves the candidate's funnel stage when their journey
/// allows it, and never stops them sitting it when it does not.</summary>
public sealed class ListeningFunnelTests
{
    private readonly Core.Scenarios.ScenarioLibrary library = TestExercises.Library(TestExercises.Make("inhaler"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Starting_the_exercise_records_the_listening_stage(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("lee@example.com");
        foreach (var stage in new[] { FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment })
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage))).Succeeded);
        await using (var db = funnel.Database.CreateContext())
            await new WorkingConditionsRecords(db, funnel.Clock).AcknowledgeAsync(id, AcknowledgementMethod.OnTheDay, null, null, default);
        Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.ConditionsAcknowledged))).Succeeded);

        Assert.NotNull(await Service(funnel).StartAsync(id));

        await using var check = funnel.Database.CreateContext();
        Assert.Equal(FunnelStage.ListeningExercise, (await check.CandidateProgress.SingleAsync(p => p.CandidateId == id)).CurrentStage);
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Fact]
    public async Task A_candidate_whose_journey_does_not_allow_the_stage_still_sits_the_exercise()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(Storage.DatabaseProvider.Sqlite);
        var id = await funnel.AddApplicantAsync("kim@example.com");

        var attempt = await Service(funnel).StartAsync(id);

        Assert.NotNull(attempt);
        await using var check = funnel.Database.CreateContext();
        Assert.Equal(FunnelStage.Applied, (await check.CandidateProgress.SingleAsync(p => p.CandidateId == id)).CurrentStage);
    }

    private ListeningAttemptService Service(FunnelDatabase funnel)
    {
        var db = funnel.Database.CreateContext();
        return new ListeningAttemptService(db, library, new ScenarioRotationService(db, library, funnel.Clock),
            funnel.StageLog(db), funnel.Clock, NullLogger<ListeningAttemptService>.Instance);
    }
}
