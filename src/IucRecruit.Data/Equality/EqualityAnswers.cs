using IucRecruit.Data.Funnel;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Equality;

/// <summary>
/// A candidate's own equality monitoring answers: every question optional, each with "prefer not to
/// say", changeable at any time. Saved through <see cref="FunnelWriter"/>, which moves the
/// candidate's count from their old groups to their new ones in the dashboard's tallies, so the
/// adverse-impact figures stay exact.
/// </summary>
public sealed class EqualityAnswers(RecruitmentDbContext db, FunnelWriter writer, TimeProvider clock)
{
    /// <summary>The candidate's answers (only the answers, never the derived columns), or null before any.</summary>
    public async Task<EqualityMonitoring?> FindAsync(Guid candidateId, CancellationToken cancellationToken) =>
        (await db.EqualityMonitoring.AsNoTracking().SingleOrDefaultAsync(e => e.CandidateId == candidateId, cancellationToken))?.Answers();

    /// <param name="answers">The answers (a null answer is left blank); the rest is filled in here.</param>
    /// <returns>False when there is no such candidate.</returns>
    public async Task<bool> SaveAsync(Guid candidateId, EqualityMonitoring answers, CancellationToken cancellationToken)
    {
        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        if (await CandidateSnapshot.LoadAsync(db, candidateId, cancellationToken) is not { } snapshot) return false;
        var saved = answers.Answers();
        (saved.CandidateId, saved.RecordedUtc) = (candidateId, clock.GetUtcNow().UtcDateTime);
        await writer.WriteAsync([CandidateUpdate.NewAnswers(snapshot, saved)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
