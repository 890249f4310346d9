using IucRecruit.Core.Calls;
using IucRecruit.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy;

/// <summary>
/// Erasure on request (UK GDPR Article 17): every category of the candidate's personal data, through
/// every entry of the registry, in one transaction; then the recordings' files. The erasure is
/// logged, without the erased data, in the deletion records and the access audit
/// (docs/decisions/0027).
/// </summary>
public sealed class CandidateErasure(RecruitmentDbContext db, PersonalDataEraser eraser, AccessAudit audit, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    /// <summary>The erasure's record, or why it was refused.</summary>
    public sealed record Outcome(DeletionRecord? Record, string? Refusal);

    public async Task<Outcome> EraseAsync(Guid candidateId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null) return new Outcome(null, "There is no such candidate.");
        if (candidate.IdentityErasedUtc is not null) return new Outcome(null, "This candidate's personal data has already been erased.");
        if (string.IsNullOrWhiteSpace(reason)) return new Outcome(null, "Enter the reason for the erasure, such as the request's reference.");
        if (reason.Trim().Length > MaxReasonLength) return new Outcome(null, $"Keep the reason to {MaxReasonLength} characters.");
        if (await db.MockCalls.AnyAsync(c => c.CandidateId == candidateId && (c.Phase == CallPhase.Ringing || c.Phase == CallPhase.Connected), cancellationToken))
            return new Outcome(null, "The candidate is in a mock call now. Erase their data once the call has ended.");

        var work = new ErasureWork(clock.GetUtcNow().UtcDateTime);
        DeletionRecord record;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await eraser.EraseAsync([candidateId], PersonalDataCategory.All, work, cancellationToken);
            record = new DeletionRecord
            {
                Id = Guid.CreateVersion7(),
                AtUtc = work.NowUtc,
                Kind = DeletionKind.Erasure,
                UserId = actor.UserId,
                UserName = actor.Name,
                Reason = reason.Trim(),
                CandidateCount = 1,
                Summary = new DeletionSummary([candidateId], [candidateId], work.Items, work.Files.Count, work.FileBytes).ToJson(),
            };
            db.DeletionRecords.Add(record);
            await audit.RecordAsync(actor, AccessAction.ErasedData, candidateId, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        work.DeleteFiles();
        return new Outcome(record, null);
    }
}
