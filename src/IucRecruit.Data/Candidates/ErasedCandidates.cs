using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Candidates;

/// <summary>The one question every action on a candidate asks first: has their personal data been
/// erased? (<see cref="Candidate.IsErased"/>, asked of the database without loading the row.)</summary>
public static class ErasedCandidates
{
    public static Task<bool> IsErasedAsync(this DbSet<Candidate> candidates, Guid candidateId, CancellationToken cancellationToken) =>
        candidates.AnyAsync(c => c.Id == candidateId && c.IdentityErasedUtc != null, cancellationToken);
}
