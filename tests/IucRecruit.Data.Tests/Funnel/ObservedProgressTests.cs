using IucRecruit.Core.Funnel;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Listening;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Funnel;

/// <summary>What the product sees a candidate do reaches the stage log in the action's own
/// transaction, with the product as the actor; and the one-off backfill brings an older database's
/// log up to what its records already show (docs/decisions/0060).</summary>
public sealed class ObservedProgressTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_stage_entry_commits_or_rolls_back_with_the_action_it_records(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await InvitedAsync(funnel, "rolled.back@example.com");

        await using (var db = funnel.Database.CreateContext())
        {
            // The caller's transaction is never committed: neither the acknowledgement nor its stage may remain.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await funnel.Conditions(db).AcknowledgeAsync(id, AcknowledgementMethod.InWriting, null, null, default);
        }
        await using (var db = funnel.Database.CreateContext())
        {
            Assert.False(await db.ConditionsAcknowledgements.AnyAsync(a => a.CandidateId == id));
            Assert.Equal(3, await db.StageEvents.CountAsync(e => e.CandidateId == id));
        }

        await using (var db = funnel.Database.CreateContext())
            await funnel.Conditions(db).AcknowledgeAsync(id, AcknowledgementMethod.InWriting, null, null, default);
        await using (var db = funnel.Database.CreateContext())
        {
            var last = await db.StageEvents.Where(e => e.CandidateId == id).OrderBy(e => e.Sequence).LastAsync();
            Assert.Equal((4, FunnelStage.ConditionsAcknowledged, StageEvent.ProductActorId, "Acknowledged the working conditions (version 1, in writing)"),
                (last.Sequence, last.Stage, last.ActorUserId, last.Reason));
        }
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_stage_keeps_the_action(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("not.shortlisted@example.com");

        await using (var db = funnel.Database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await funnel.Conditions(db).AcknowledgeAsync(id, AcknowledgementMethod.OnTheDay, null, null, default);
            await transaction.CommitAsync();
        }

        await using var check = funnel.Database.CreateContext();
        Assert.True(await check.ConditionsAcknowledgements.AnyAsync(a => a.CandidateId == id));
        Assert.Equal(FunnelStage.Applied, (await check.CandidateProgress.SingleAsync(p => p.CandidateId == id)).CurrentStage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_backfill_records_what_is_on_record_once_and_leaves_the_funnel_consistent(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var exercise = TestExercises.Make("inhaler");
        var acknowledgedOn = funnel.Now.AddDays(-10);
        // As an older database has them: records of what candidates did, and no stage for any of it.
        var both = await InvitedAsync(funnel, "both@example.com", funnel.Now.AddDays(-20));   // acknowledged, then handed in: 2 recorded
        var early = await funnel.AddApplicantAsync("early@example.com");                       // acknowledged while at Applied: refused
        var ended = await InvitedAsync(funnel, "ended@example.com", funnel.Now.AddDays(-20)); // acknowledged, but since withdrew: nothing
        Assert.True((await funnel.RecordAsync(ended, StageTransition.End(FunnelOutcome.Withdrew, "Took another job"))).Succeeded);
        await using (var db = funnel.Database.CreateContext())
        {
            foreach (var id in new[] { both, early, ended })
                db.ConditionsAcknowledgements.Add(new ConditionsAcknowledgement
                {
                    Id = Guid.CreateVersion7(), CandidateId = id, CampaignId = funnel.Campaign.Id, Version = 1,
                    Method = AcknowledgementMethod.OnTheDay, AcknowledgedUtc = acknowledgedOn,
                });
            var attempt = ListeningAttempt.Begin(await db.Candidates.SingleAsync(c => c.Id == both), exercise, acknowledgedOn.AddHours(1));
            attempt.HandedInUtc = acknowledgedOn.AddHours(1).AddMinutes(8);
            attempt.Marks = 1;
            db.ListeningAttempts.Add(attempt);
            await db.SaveChangesAsync();
        }

        var first = await funnel.BackfillAsync();
        var second = await funnel.BackfillAsync();

        Assert.Equal(new FunnelBackfill.Report(Seen: 4, Recorded: 2, Refused: 1), first);
        Assert.Equal(new FunnelBackfill.Report(Seen: 4, Recorded: 0, Refused: 1), second);
        await using var check = funnel.Database.CreateContext();
        var log = await check.StageEvents.Where(e => e.CandidateId == both).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(
            [
                (FunnelStage.ConditionsAcknowledged, acknowledgedOn, "Acknowledged the working conditions (version 1, on the day)"),
                (FunnelStage.ListeningExercise, acknowledgedOn.AddHours(1).AddMinutes(8), "Handed in the listening exercise: 1 of 3 marks"),
            ],
            log.Skip(3).Select(e => (e.Stage, e.OccurredUtc, e.Reason!)));
        Assert.All(log.Skip(3), e => Assert.Equal(StageEvent.ProductActorId, e.ActorUserId));
        Assert.Equal(FunnelStage.Applied, (await check.CandidateProgress.SingleAsync(p => p.CandidateId == early)).CurrentStage);
        Assert.Equal(4, await check.StageEvents.CountAsync(e => e.CandidateId == ended));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    /// <summary>An applicant shortlisted and invited to the assessment day (3 log entries).</summary>
    private static async Task<Guid> InvitedAsync(FunnelDatabase funnel, string email, DateTime? onUtc = null)
    {
        var id = await funnel.AddApplicantAsync(email, applied: onUtc?.AddDays(-1));
        foreach (var stage in new[] { FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment })
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage, occurredUtc: onUtc))).Succeeded);
        return id;
    }
}
