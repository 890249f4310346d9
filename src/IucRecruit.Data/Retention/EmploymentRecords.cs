using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Funnel;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Retention;

/// <summary>
/// Starts, employment milestones and leavers, each recorded as a stage log entry together with the
/// employment record (contract type, exam mark, leaving reason) in one transaction.
/// </summary>
public sealed class EmploymentRecords(RecruitmentDbContext db, StageLog stageLog, TimeProvider clock)
{
    public Task<StageChangeResult> RecordStartAsync(Guid candidateId, DateOnly startDate, ContractType contractType, Guid? actorUserId,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(candidateId, actorUserId, StageTransition.Enter(FunnelStage.Started, null, Utc(startDate)),
            (candidateId, existing) => existing is null
                ? new Employment { CandidateId = candidateId, ContractType = contractType }
                : existing.With(e => e.ContractType = contractType),
            cancellationToken);

    /// <summary>Induction completed, NHS Pathways training and exam passed (with the mark if known),
    /// or supervised practice signed off.</summary>
    public Task<StageChangeResult> RecordMilestoneAsync(Guid candidateId, FunnelStage milestone, DateOnly date, int? examScore,
        Guid? actorUserId, CancellationToken cancellationToken = default)
    {
        if (!FunnelStages.EmploymentMilestones.Contains(milestone))
            throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "Not an employment milestone.");
        return ChangeAsync(candidateId, actorUserId, StageTransition.Enter(milestone, null, Utc(date)),
            (_, existing) => existing is null || examScore is null ? existing : existing.With(e => e.PathwaysExamScore = examScore),
            cancellationToken);
    }

    public Task<StageChangeResult> RecordLeavingAsync(Guid candidateId, DateOnly leavingDate, LeavingReason reason, string? notes,
        Guid? actorUserId, CancellationToken cancellationToken = default)
    {
        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        var logReason = notes is null ? reason.DisplayName() : $"{reason.DisplayName()}: {notes}";
        return ChangeAsync(candidateId, actorUserId, StageTransition.End(FunnelOutcome.Left, logReason, Utc(leavingDate)),
            (_, existing) => existing?.With(e => (e.LeavingReason, e.LeavingNotes) = (reason, notes)),
            cancellationToken);
    }

    /// <summary>A date recorded for the funnel: the start of that day, UTC.</summary>
    public static DateTime Utc(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private async Task<StageChangeResult> ChangeAsync(Guid candidateId, Guid? actorUserId, StageTransition transition,
        Func<Guid, Employment?, Employment?> employmentAfter, CancellationToken cancellationToken)
    {
        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        var snapshot = await CandidateSnapshot.LoadAsync(db, candidateId, cancellationToken);
        if (snapshot is null) return StageChangeResult.Refused("There is no such candidate.");
        var employment = employmentAfter(candidateId, snapshot.Employment);
        var result = await stageLog.RecordAsync(snapshot with { Employment = employment }, transition, actorUserId, cancellationToken);
        if (!result.Succeeded) return result;
        if (employment is not null && employment != snapshot.Employment)
        {
            employment.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            if (snapshot.Employment is null) db.Employments.Add(employment);
            else db.Employments.Update(employment);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The employment record of a candidate, if they started.</summary>
    public Task<Employment?> FindAsync(Guid candidateId, CancellationToken cancellationToken) =>
        db.Employments.AsNoTracking().SingleOrDefaultAsync(e => e.CandidateId == candidateId, cancellationToken);
}
