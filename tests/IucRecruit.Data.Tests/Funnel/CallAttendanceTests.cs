using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Time;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Tests.Funnel;

/// <summary>A mock call's attendance reaches the stage log with the call's own log entry, in one
/// transaction: answered → the mock-call stage (the product's entry); a no-show recorded by a manager
/// → "did not attend" (theirs) where the stage rules allow; and the backfill finds both in an older
/// database (docs/decisions/0060, 0065).</summary>
public sealed class CallAttendanceTests
{
    private static readonly Guid Manager = Guid.CreateVersion7();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_answered_call_enters_the_mock_call_stage_and_a_recorded_no_show_ends_the_journey(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await using var services = Services(funnel);
        var store = services.GetRequiredService<CallEventStore>();
        var slot = funnel.Now.AddHours(-1);
        var answering = await AtListeningAsync(funnel, "answers@example.com");
        var missing = await AtListeningAsync(funnel, "misses@example.com");
        var answeringCall = await CallAsync(funnel, answering, slot);
        var missingCall = await CallAsync(funnel, missing, slot);

        var answeredAt = slot.AddMinutes(2);
        await store.AppendAsync(answeringCall, 1, [new CallRang(answeredAt.AddSeconds(-5), 0), new CallAnswered(answeredAt, 0)], CallPhase.Connected, null);
        var missedAt = slot.AddMinutes(40);
        await store.AppendAsync(missingCall, 1, [new NoShowRecorded(missedAt, 0, Manager)], CallPhase.Missed, Manager);

        await using var check = funnel.Database.CreateContext();
        // 3 entries to the invitation, the acknowledgement skipped and the listening exercise entered: the 6th is the call's.
        Assert.Equal((6, JourneyEventKind.Entered, FunnelStage.MockCall, (FunnelOutcome?)null, StageEvent.ProductActorId, answeredAt, "Took the mock call"),
            await LastAsync(check, answering));
        Assert.Equal((6, JourneyEventKind.Ended, FunnelStage.ListeningExercise, (FunnelOutcome?)FunnelOutcome.NoShow, Manager, missedAt,
                $"Did not answer the mock call booked for {UkTime.DateAndClock(slot)}"),
            await LastAsync(check, missing));
        Assert.Equal(CallPhase.Missed, (await check.MockCalls.SingleAsync(c => c.Id == missingCall)).Phase);
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_append_that_fails_leaves_no_stage_and_a_no_show_after_an_earlier_call_records_none(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await using var services = Services(funnel);
        var store = services.GetRequiredService<CallEventStore>();
        var slot = funnel.Now.AddHours(-3);
        var candidate = await AtListeningAsync(funnel, "twice@example.com");
        var first = await CallAsync(funnel, candidate, slot);

        // Sequence 1 is the consent already in the log: a second writer's append is refused whole.
        await Assert.ThrowsAsync<DbUpdateException>(() => store.AppendAsync(first, 0, [new CallAnswered(slot, 0)], CallPhase.Connected, null));
        await using (var check = funnel.Database.CreateContext())
            Assert.Equal(FunnelStage.ListeningExercise, (await check.CandidateProgress.SingleAsync(p => p.CandidateId == candidate)).CurrentStage);

        await store.AppendAsync(first, 1, [new CallAnswered(slot.AddMinutes(1), 0)], CallPhase.Connected, null);
        var second = await CallAsync(funnel, candidate, slot.AddHours(2));
        await store.AppendAsync(second, 1, [new NoShowRecorded(slot.AddHours(2).AddMinutes(30), 0, Manager)], CallPhase.Missed, Manager);

        await using var after = funnel.Database.CreateContext();
        // They took their first call: missing a second one proves nothing about their journey.
        Assert.Equal((6, JourneyEventKind.Entered, FunnelStage.MockCall, (FunnelOutcome?)null, StageEvent.ProductActorId, slot.AddMinutes(1), "Took the mock call"),
            await LastAsync(after, candidate));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_backfill_finds_answered_calls_and_recorded_no_shows(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var slot = funnel.Now.AddDays(-2);
        var answered = await AtListeningAsync(funnel, "old.answered@example.com");
        var missed = await AtListeningAsync(funnel, "old.missed@example.com");
        var early = await funnel.AddApplicantAsync("old.applied@example.com"); // missed, but never shortlisted or invited
        // As an older version left them: the calls' logs, and no stage for what they show.
        await using (var db = funnel.Database.CreateContext())
        {
            AddEvent(db, await CallAsync(funnel, answered, slot), new CallAnswered(slot.AddMinutes(3), 0), null);
            AddEvent(db, await CallAsync(funnel, missed, slot), new NoShowRecorded(slot.AddMinutes(45), 0, Manager), Manager);
            AddEvent(db, await CallAsync(funnel, early, slot), new NoShowRecorded(slot.AddMinutes(46), 0, Manager), Manager);
            await db.SaveChangesAsync();
        }

        var first = await funnel.BackfillAsync();
        var second = await funnel.BackfillAsync();

        // Seen: three bookings and three call events. Recorded: the answer and one no-show. Refused: the
        // applicant's booking (not shortlisted) and their no-show ("did not attend" needs them expected).
        Assert.Equal(new FunnelBackfill.Report(Seen: 6, Recorded: 2, Refused: 2), first);
        Assert.Equal(new FunnelBackfill.Report(Seen: 6, Recorded: 0, Refused: 2), second);
        await using var check = funnel.Database.CreateContext();
        Assert.Equal((6, JourneyEventKind.Entered, FunnelStage.MockCall, (FunnelOutcome?)null, StageEvent.ProductActorId, slot.AddMinutes(3), "Took the mock call"),
            await LastAsync(check, answered));
        Assert.Equal((6, JourneyEventKind.Ended, FunnelStage.ListeningExercise, (FunnelOutcome?)FunnelOutcome.NoShow, Manager, slot.AddMinutes(45),
                $"Did not answer the mock call booked for {UkTime.DateAndClock(slot)}"),
            await LastAsync(check, missed));
        Assert.Equal(1, await check.StageEvents.CountAsync(e => e.CandidateId == early));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    /// <summary>The call store as the app has it: its writes to the stage log go through a scope.</summary>
    private static ServiceProvider Services(FunnelDatabase funnel)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(funnel.Database.Options));
        services.AddSingleton<TimeProvider>(funnel.Clock);
        services.AddLogging();
        services.AddRecruitmentDatabase();
        services.AddRecruitmentFunnel(new ConfigurationBuilder().Build());
        services.AddSingleton<CallEventStore>();
        return services.BuildServiceProvider();
    }

    /// <summary>Shortlisted, invited (3 entries), then at the listening exercise with the
    /// acknowledgement skipped (2 more).</summary>
    private static async Task<Guid> AtListeningAsync(FunnelDatabase funnel, string email)
    {
        var id = await funnel.AddApplicantAsync(email, applied: funnel.Now.AddDays(-30));
        foreach (var stage in new[] { FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment })
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage, occurredUtc: funnel.Now.AddDays(-20)))).Succeeded);
        Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.ListeningExercise, "Acknowledged on paper",
            funnel.Now.AddDays(-10), [FunnelStage.ConditionsAcknowledged]))).Succeeded);
        return id;
    }

    private static async Task<Guid> CallAsync(FunnelDatabase funnel, Guid candidateId, DateTime slotStartUtc)
    {
        await using var db = funnel.Database.CreateContext();
        return await MockCallSchedule.AddAsync(db, funnel.Campaign.Id, candidateId, Guid.CreateVersion7(), Guid.CreateVersion7(), slotStartUtc, "test", "v1");
    }

    /// <summary>A call event after the consent, written straight to the log as an older version did.</summary>
    private static void AddEvent(RecruitmentDbContext db, Guid callId, CallEvent callEvent, Guid? actor) => db.MockCallEvents.Add(new MockCallEvent
    {
        Id = Guid.CreateVersion7(), MockCallId = callId, Sequence = 2, Type = CallEventJson.TypeName(callEvent), AtUtc = callEvent.AtUtc,
        ActorUserId = actor, Payload = CallEventJson.Serialize(callEvent),
    });

    private static async Task<(int, JourneyEventKind, FunnelStage, FunnelOutcome?, Guid?, DateTime, string?)> LastAsync(RecruitmentDbContext db, Guid candidateId)
    {
        var last = await db.StageEvents.Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).LastAsync();
        return (last.Sequence, last.Kind, last.Stage, last.Outcome, last.ActorUserId, last.OccurredUtc, last.Reason);
    }
}
