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

/// <summary>Handing in the listening exercise moves the candidate's funnel stage, in the hand-in's
/// transaction, when their journey allows it, and never stops them handing in when it does not.</summary>
public sealed class ListeningFunnelTests
{
    private readonly Core.Scenarios.ScenarioLibrary library = TestExercises.Library(TestExercises.Make("inhaler"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Handing_in_records_the_listening_stage_with_the_marks_and_the_product_as_actor(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("lee@example.com");
        foreach (var stage in new[] { FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment })
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage))).Succeeded);
        await using (var db = funnel.Database.CreateContext())
            await funnel.Conditions(db).AcknowledgeAsync(id, AcknowledgementMethod.OnTheDay, null, null, default);

        Assert.NotNull(await Service(funnel).StartAsync(id));
        await using (var db = funnel.Database.CreateContext())
            Assert.Equal(FunnelStage.ConditionsAcknowledged, (await db.CandidateProgress.SingleAsync(p => p.CandidateId == id)).CurrentStage);
        funnel.Clock.Advance(TimeSpan.FromMinutes(4));
        // The name is right (2 marks), the advice wrong (0 of 1).
        Assert.Equal(ListeningAttemptService.HandInResult.Marked,
            await Service(funnel).HandInAsync(id, new Dictionary<string, string?> { ["name"] = "Margaret Fenwick", ["advice"] = "a" }));

        await using var check = funnel.Database.CreateContext();
        var last = await check.StageEvents.Where(e => e.CandidateId == id).OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal((JourneyEventKind.Entered, FunnelStage.ListeningExercise, "Handed in the listening exercise: 2 of 3 marks", StageEvent.ProductActorId, funnel.Now),
            (last.Kind, last.Stage, last.Reason, last.ActorUserId, last.OccurredUtc));
        Assert.Equal(FunnelStage.ListeningExercise, (await check.CandidateProgress.SingleAsync(p => p.CandidateId == id)).CurrentStage);
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_candidate_whose_journey_does_not_allow_the_stage_still_hands_in(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("kim@example.com");

        Assert.NotNull(await Service(funnel).StartAsync(id));
        Assert.Equal(ListeningAttemptService.HandInResult.Marked,
            await Service(funnel).HandInAsync(id, new Dictionary<string, string?> { ["name"] = "Margaret Fenwick", ["advice"] = "b" }));

        await using var check = funnel.Database.CreateContext();
        Assert.Equal(3, (await check.ListeningAttempts.SingleAsync(a => a.CandidateId == id)).Marks);
        Assert.Equal(FunnelStage.Applied, (await check.CandidateProgress.SingleAsync(p => p.CandidateId == id)).CurrentStage);
        Assert.Equal(1, await check.StageEvents.CountAsync(e => e.CandidateId == id));
    }

    private ListeningAttemptService Service(FunnelDatabase funnel)
    {
        var db = funnel.Database.CreateContext();
        return new ListeningAttemptService(db, library, new ScenarioRotationService(db, library, funnel.Clock),
            funnel.Observed(db), funnel.Clock, NullLogger<ListeningAttemptService>.Instance);
    }
}
