using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Time;
using IucRecruit.Data.Funnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Calls;

/// <summary>
/// A call's append-only event log. Each append writes the event and the call's current phase in
/// one transaction, so the log and the list of calls never disagree, and a call rebuilt after a
/// restart is exactly the call before it. What an event shows of the candidate's attendance (the
/// call answered, a no-show recorded) goes into the stage log in that same transaction
/// (docs/decisions/0060, 0065).
/// </summary>
public sealed class CallEventStore(IDbContextFactory<RecruitmentDbContext> contexts, IServiceScopeFactory scopes)
{
    /// <summary>The mock-call stage's reason in the stage log when the product enters it.</summary>
    public const string AnsweredReason = "Took the mock call";

    public sealed record LoadedCall(MockCall Call, IReadOnlyList<CallEvent> Events, long LastSequence, CallRecording? Recording);

    public async Task<LoadedCall?> LoadAsync(Guid mockCallId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var call = await db.MockCalls.AsNoTracking().Include(c => c.Candidate).SingleOrDefaultAsync(c => c.Id == mockCallId, cancellationToken);
        if (call is null) return null;
        var rows = await db.MockCallEvents.AsNoTracking().Where(e => e.MockCallId == mockCallId)
            .OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.Payload }).ToListAsync(cancellationToken);
        var recording = await db.CallRecordings.AsNoTracking().SingleOrDefaultAsync(r => r.MockCallId == mockCallId, cancellationToken);
        return new LoadedCall(call, rows.Select(r => CallEventJson.Deserialize(r.Payload)).ToList(),
            rows.Count == 0 ? 0 : rows[^1].Sequence, recording);
    }

    /// <summary>Appends events that follow <paramref name="lastSequence"/>; the unique index on
    /// (call, sequence) refuses a second writer, should one ever exist.</summary>
    public async Task AppendAsync(Guid mockCallId, long lastSequence, IReadOnlyList<CallEvent> events, CallPhase phase,
        Guid? actorUserId, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0) return;
        // The stage log's writer is scoped (it shares the context it writes through), so an append
        // that moves the funnel takes its context from a scope; the rest need only a context.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = lastSequence;
        foreach (var callEvent in events)
        {
            db.MockCallEvents.Add(new MockCallEvent
            {
                Id = Guid.CreateVersion7(),
                MockCallId = mockCallId,
                Sequence = ++sequence,
                Type = CallEventJson.TypeName(callEvent),
                AtUtc = callEvent.AtUtc,
                CallMs = callEvent.CallMs,
                ActorUserId = actorUserId,
                Payload = CallEventJson.Serialize(callEvent),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await db.MockCalls.Where(c => c.Id == mockCallId && c.Phase != phase)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Phase, phase), cancellationToken);
        foreach (var callEvent in events)
        {
            if (ObservedSteps.Of(callEvent) is not { } observation) continue;
            var call = await db.MockCalls.AsNoTracking().Where(c => c.Id == mockCallId)
                .Select(c => new { c.CandidateId, c.SlotStartUtc }).SingleAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<ObservedProgress>().RecordAsync(call.CandidateId, observation, callEvent.AtUtc,
                ReasonFor(observation, call.SlotStartUtc), cancellationToken, observedBy: (callEvent as NoShowRecorded)?.RecordedByUserId);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The stage log's words for what a call showed.</summary>
    public static string ReasonFor(Observation observation, DateTime slotStartUtc) =>
        observation == Observation.MockCallMissed
            ? $"Did not answer the mock call booked for {UkTime.DateAndClock(slotStartUtc)}"
            : AnsweredReason;

    public async Task<CallRecording> StartRecordingAsync(Guid mockCallId, string relativePath, int sampleRate, int channels,
        DateTime startedUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recording = new CallRecording
        {
            Id = Guid.CreateVersion7(),
            MockCallId = mockCallId,
            RelativePath = relativePath,
            SampleRate = sampleRate,
            Channels = channels,
            StartedUtc = startedUtc,
        };
        db.CallRecordings.Add(recording);
        await db.SaveChangesAsync(cancellationToken);
        return recording;
    }

    public async Task CompleteRecordingAsync(Guid recordingId, long durationMs, string sha256, DateTime completedUtc,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.CallRecordings.Where(r => r.Id == recordingId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.DurationMs, durationMs)
            .SetProperty(r => r.Sha256, sha256)
            .SetProperty(r => r.CompletedUtc, completedUtc), cancellationToken);
    }
}
