using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Funnel;

public sealed class StageLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_change_is_appended_with_who_when_from_to_and_why(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("ann@example.com");

        Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.InvitedToAssessment, "Internal candidate",
            funnel.Now.AddDays(-5), [FunnelStage.Shortlisted]))).Succeeded);
        Assert.True((await funnel.RecordAsync(id, StageTransition.End(FunnelOutcome.Withdrew, "Took another job"))).Succeeded);

        await using var db = funnel.Database.CreateContext();
        var log = await db.StageEvents.Where(e => e.CandidateId == id).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(
            [
                (1, JourneyEventKind.Entered, FunnelStage.Applied, (FunnelStage?)null, (FunnelOutcome?)null, (string?)null),
                (2, JourneyEventKind.Skipped, FunnelStage.Shortlisted, FunnelStage.Applied, null, "Internal candidate"),
                (3, JourneyEventKind.Entered, FunnelStage.InvitedToAssessment, FunnelStage.Applied, null, "Internal candidate"),
                (4, JourneyEventKind.Ended, FunnelStage.InvitedToAssessment, FunnelStage.InvitedToAssessment, FunnelOutcome.Withdrew, "Took another job"),
            ],
            log.Select(e => (e.Sequence, e.Kind, e.Stage, e.FromStage, e.Outcome, e.Reason)));
        Assert.Equal(funnel.Now.AddDays(-5), log[2].OccurredUtc);
        Assert.All(log.Skip(1), e => Assert.Equal(funnel.Now, e.RecordedUtc));

        var progress = await db.CandidateProgress.SingleAsync(p => p.CandidateId == id);
        Assert.Equal((FunnelStage.InvitedToAssessment, FunnelOutcome.Withdrew), (progress.CurrentStage, progress.Outcome));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_change_records_nothing_and_says_why(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("bob@example.com");

        var refused = await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.MockCall));

        Assert.Equal("Record Shortlisted first, or skip it with a reason: the candidate is at Applied.", refused.Refusal);
        await using var db = funnel.Database.CreateContext();
        Assert.Equal(1, await db.StageEvents.CountAsync(e => e.CandidateId == id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Conditions_must_be_acknowledged_before_the_stage_and_a_start_comes_with_its_contract(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("cat@example.com");
        foreach (var stage in new[] { FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment })
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage))).Succeeded);
        Assert.False((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.ConditionsAcknowledged))).Succeeded);

        await using (var db = funnel.Database.CreateContext())
        {
            var acknowledgement = await funnel.Conditions(db).AcknowledgeAsync(id, AcknowledgementMethod.OnTheDay, null, null, default);
            Assert.Equal(1, acknowledgement.Version);
        }
        await using (var db = funnel.Database.CreateContext())
        {
            // The acknowledgement itself moved the candidate, recorded by the product.
            var entered = await db.StageEvents.Where(e => e.CandidateId == id).OrderBy(e => e.Sequence).LastAsync();
            Assert.Equal((FunnelStage.ConditionsAcknowledged, StageEvent.ProductActorId, "Acknowledged the working conditions (version 1, on the day)"),
                (entered.Stage, entered.ActorUserId, entered.Reason));
        }
        foreach (var stage in new[] { FunnelStage.ListeningExercise, FunnelStage.MockCall,
                     FunnelStage.Interview, FunnelStage.Offered, FunnelStage.OfferAccepted, FunnelStage.PreEmploymentChecks })
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage))).Succeeded, stage.ToString());
        // A start without the employment record's contract type is refused; through EmploymentRecords it works.
        Assert.False((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.Started))).Succeeded);
        var startDay = DateOnly.FromDateTime(funnel.Now);
        await using (var db = funnel.Database.CreateContext())
        {
            Assert.True((await funnel.Employment(db).RecordStartAsync(id, startDay, ContractType.PartTime, null)).Succeeded);
        }
        funnel.Clock.Advance(TimeSpan.FromDays(40));
        await using (var db = funnel.Database.CreateContext())
        {
            var left = await funnel.Employment(db).RecordLeavingAsync(id, startDay.AddDays(30), LeavingReason.LackOfSupport, "No mentor", null);
            Assert.True(left.Succeeded);
        }

        await using var check = funnel.Database.CreateContext();
        var starter = await check.Starters.SingleAsync(p => p.CandidateId == id);
        Assert.Equal((ContractType.PartTime, 30, LeavingReason.LackOfSupport), (starter.ContractType, starter.DaysInPost, starter.LeavingReason));
        Assert.Equal("Lack of support: No mentor", (await check.StageEvents.Where(e => e.CandidateId == id).OrderBy(e => e.Sequence).LastAsync()).Reason);
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_two_simultaneous_changes_to_one_candidate_one_is_refused_and_none_is_lost(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("dan@example.com");

        // Both read the candidate at Applied before either writes.
        await using var first = funnel.Database.CreateContext();
        await using var second = funnel.Database.CreateContext();
        var firstSnapshot = await CandidateSnapshot.LoadAsync(first, id, default);
        var secondSnapshot = await CandidateSnapshot.LoadAsync(second, id, default);
        var shortlisted = await funnel.StageLog(first).RecordAsync(firstSnapshot!, StageTransition.Enter(FunnelStage.Shortlisted), null, default);
        var rejected = await funnel.StageLog(second).RecordAsync(secondSnapshot!, StageTransition.End(FunnelOutcome.Rejected, "Sift"), null, default);

        Assert.True(shortlisted.Succeeded);
        Assert.StartsWith("Someone else changed this candidate", rejected.Refusal, StringComparison.Ordinal);
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }
}
