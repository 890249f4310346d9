using System.Data.Common;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Candidates;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel;

/// <summary>Whether a change was recorded, and if not, why (in words a manager can act on).</summary>
public sealed record StageChangeResult(bool Succeeded, string? Refusal)
{
    public static readonly StageChangeResult Recorded = new(true, null);

    public static StageChangeResult Refused(string reason) => new(false, reason);
}

/// <summary>
/// Moves candidates through the funnel: the one way every feature changes a candidate's stage
/// (docs/decisions/0011). It checks the change against the rules (<see cref="StageRules"/>),
/// appends it to the candidate's stage log and brings the derived rows up to date, in one
/// transaction; or it records nothing and says why.
/// </summary>
/// <example>
/// <code>
/// // The listening exercise was passed: on to the mock call.
/// await stageLog.RecordAsync(candidateId, StageTransition.Enter(FunnelStage.MockCall), assessorId);
/// // The mock call was failed.
/// await stageLog.RecordAsync(candidateId, StageTransition.End(FunnelOutcome.Rejected, "Mock call: accuracy below the pass mark"), assessorId);
/// </code>
/// </example>
public sealed class StageLog(RecruitmentDbContext db, FunnelWriter writer, TimeProvider clock)
{
    public async Task<StageChangeResult> RecordAsync(Guid candidateId, StageTransition transition, Guid? actorUserId,
        CancellationToken cancellationToken = default)
    {
        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        var snapshot = await CandidateSnapshot.LoadAsync(db, candidateId, cancellationToken);
        if (snapshot is null) return StageChangeResult.Refused("There is no such candidate.");
        if (await db.Candidates.IsErasedAsync(candidateId, cancellationToken))
            return StageChangeResult.Refused(Candidates.Candidate.ErasedRefusal);
        var result = await RecordAsync(snapshot, transition, actorUserId, cancellationToken);
        if (result.Succeeded) await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>For services that change a candidate's other records in the same transaction (the
    /// employment record at a start or a leaving): <paramref name="snapshot"/> carries those records
    /// as they will be, for the rules and the derived rows. The caller owns the transaction.</summary>
    public async Task<StageChangeResult> RecordAsync(CandidateSnapshot snapshot, StageTransition transition, Guid? actorUserId,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var decision = StageRules.Check(snapshot.Journey, transition, snapshot.Context(now));
        if (!decision.Accepted) return StageChangeResult.Refused(decision.Refusal!);

        var (events, journey) = Append(snapshot.CandidateId, snapshot.Journey, decision.Events, transition.Reason, actorUserId, now);
        try
        {
            await writer.WriteAsync([new CandidateUpdate(snapshot, events, journey, snapshot.Employment, snapshot.Scores)], cancellationToken);
        }
        catch (DbException)
        {
            // The entries' numbers are taken: someone recorded a change to this candidate meanwhile.
            return StageChangeResult.Refused("Someone else changed this candidate's stage at the same moment. Look again and retry.");
        }
        return StageChangeResult.Recorded;
    }

    /// <summary>Numbers the new entries after the candidate's last one and folds them into the journey.</summary>
    public static (IReadOnlyList<StageEvent> Events, JourneyState Journey) Append(
        Guid candidateId, JourneyState journey, IEnumerable<JourneyEvent> events, string? reason, Guid? actorUserId, DateTime recordedUtc)
    {
        var entries = new List<StageEvent>();
        foreach (var e in events)
        {
            entries.Add(new StageEvent
            {
                CandidateId = candidateId,
                Sequence = journey.EventCount + 1,
                Kind = e.Kind,
                Stage = e.Stage,
                FromStage = journey.CurrentStage,
                Outcome = e.Outcome,
                Reason = reason,
                ActorUserId = actorUserId,
                OccurredUtc = e.OccurredUtc,
                RecordedUtc = recordedUtc,
            });
            journey = journey.Apply(e);
        }
        return (entries, journey);
    }
}
