using IucRecruit.Core.Retention;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Candidates;

/// <summary>A candidate's reasonable adjustments (extra time, rest breaks, notes) and the
/// flexible working they asked about, as a manager records them.</summary>
public sealed class CandidateAdjustments(RecruitmentDbContext db)
{
    public const int MaxExtraTimePercent = 100;
    public const int MaxNotesLength = 1000;

    public sealed record Change(int ExtraTimePercent, bool RestBreaks, string? AdjustmentNotes,
        IReadOnlyCollection<ContractType> PreferredContractTypes, string? FlexibleWorkingNotes);

    /// <summary>Every problem with <paramref name="change"/>, each naming its form field; none when
    /// it was saved. Null when there is no such candidate.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>?> SaveAsync(Guid candidateId, Change change, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null) return null;
        var problems = Problems(change).ToList();
        if (problems.Count > 0) return problems;
        candidate.ExtraTimePercent = change.ExtraTimePercent;
        candidate.RestBreaks = change.RestBreaks;
        candidate.AdjustmentNotes = Clean(change.AdjustmentNotes);
        candidate.PreferredContractTypes = change.PreferredContractTypes.Distinct().Order().ToList();
        candidate.FlexibleWorkingNotes = Clean(change.FlexibleWorkingNotes);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private static IEnumerable<(string, string)> Problems(Change change)
    {
        if (change.ExtraTimePercent is < 0 or > MaxExtraTimePercent)
            yield return ("extraTimePercent", $"Extra time must be from 0 to {MaxExtraTimePercent} per cent");
        if (change.AdjustmentNotes?.Length > MaxNotesLength) yield return ("adjustmentNotes", "Keep the adjustments to 1,000 characters");
        if (change.FlexibleWorkingNotes?.Length > MaxNotesLength) yield return ("flexibleWorkingNotes", "Keep the flexible-working notes to 1,000 characters");
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
