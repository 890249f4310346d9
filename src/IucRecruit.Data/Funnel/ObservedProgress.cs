using IucRecruit.Core.Funnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// Writes to the stage log what the product itself sees a candidate do (<see cref="ObservedSteps"/>,
/// docs/decisions/0060), with the product as the actor, in the transaction of the action that was
/// seen when there is one. The candidate is never held up by the record-keeping: a move the stage
/// rules refuse is logged for the manager's attention, and the action still commits.
/// </summary>
public sealed partial class ObservedProgress(RecruitmentDbContext db, StageLog stageLog, ILogger<ObservedProgress> log)
{
    /// <summary>Records the stage <paramref name="observation"/> proves. Null when there was nothing
    /// to record; otherwise whether it was recorded, and why not. The actor is the product unless a
    /// person made the observation (<paramref name="observedBy"/>: a manager recording a no-show).</summary>
    public async Task<StageChangeResult?> RecordAsync(Guid candidateId, Observation observation, DateTime observedUtc, string reason,
        CancellationToken cancellationToken, Guid? observedBy = null)
    {
        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        var snapshot = await CandidateSnapshot.LoadAsync(db, candidateId, cancellationToken);
        if (snapshot is null) return null;
        if (ObservedSteps.Transition(observation, snapshot.Journey, snapshot.CampaignStages, observedUtc, reason) is not { } transition)
            return null;

        // Inside the action's transaction a failed write (another change to the candidate at the same
        // moment) would abort the whole transaction on PostgreSQL: a savepoint keeps the action.
        var joined = db.Database.CurrentTransaction;
        if (joined is not null) await joined.CreateSavepointAsync(Savepoint, cancellationToken);
        var result = await stageLog.RecordAsync(snapshot, transition, observedBy ?? StageEvent.ProductActorId, cancellationToken);
        if (result.Succeeded) await transaction.CommitAsync(cancellationToken);
        else
        {
            if (joined is not null) await joined.RollbackToSavepointAsync(Savepoint, cancellationToken);
            LogNotRecorded(log, candidateId, observation, result.Refusal!);
        }
        return result;
    }

    private const string Savepoint = "observed_progress";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Candidate {CandidateId}: {Observation} was seen but their funnel stage was not moved: {Refusal}")]
    private static partial void LogNotRecorded(ILogger logger, Guid candidateId, Observation observation, string refusal);
}
