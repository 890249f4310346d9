using IucRecruit.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy;

/// <summary>Erases categories of candidates' data through every entry of the registry, and notes
/// on each candidate what is gone, so a later purge does not look again. Runs in the caller's
/// transaction; the files wait in <see cref="ErasureWork"/> until it commits.</summary>
public sealed class PersonalDataEraser(RecruitmentDbContext db, IEnumerable<ICandidateData> registry)
{
    public async Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work,
        CancellationToken cancellationToken)
    {
        if (candidateIds.Count == 0 || categories == PersonalDataCategory.None) return;
        foreach (var data in registry) await data.EraseAsync(candidateIds, categories, work, cancellationToken);

        var now = work.NowUtc;
        if (categories.HasFlag(PersonalDataCategory.Assessment))
            await db.Candidates.Where(c => candidateIds.Contains(c.Id) && c.AssessmentErasedUtc == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssessmentErasedUtc, now), cancellationToken);
        if (categories.HasFlag(PersonalDataCategory.Identity))
            await db.Candidates.Where(c => candidateIds.Contains(c.Id) && c.IdentityErasedUtc == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.IdentityErasedUtc, now), cancellationToken);
    }
}
