using IucRecruit.Core.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Calls;

/// <summary>
/// A call's append-only event log. Each append writes the event and the call's current phase in
/// one transaction, so the log and the list of calls never disagree, and a call rebuilt after a
/// restart is exactly the call before it.
/// </summary>
public sealed class CallEventStore(IDbContextFactory<RecruitmentDbContext> contexts)
{
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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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
        await transaction.CommitAsync(cancellationToken);
    }

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
