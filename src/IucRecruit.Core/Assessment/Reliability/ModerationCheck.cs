namespace IucRecruit.Core.Assessment.Reliability;

public enum ModerationOutcome
{
    /// <summary>The two scores differ by no more than the tolerance.</summary>
    WithinTolerance,
    /// <summary>The two scores differ by more than the tolerance: a lead assessor decides.</summary>
    BeyondTolerance,
    /// <summary>Only one assessor scored the criterion, so it cannot be moderated: a lead assessor decides.</summary>
    ScoredByOneAssessor,
}

/// <summary>How two assessors' scores of one criterion compare.</summary>
public sealed record CriterionDisagreement(string Criterion, double? First, double? Second, ModerationOutcome Outcome)
{
    public double? Difference => First - Second;

    public bool NeedsLeadAssessor => Outcome != ModerationOutcome.WithinTolerance;
}

/// <summary>
/// Moderation of a double-scored call: which criteria the two blind assessors disagree on by more
/// than the tolerance, and so go to a lead assessor (DOMAIN.md, calibration practice).
/// </summary>
public static class ModerationCheck
{
    /// <summary>Differences this small are rounding in the scores (e.g. 0.3 − 0.1), not disagreement.</summary>
    private const double Rounding = 1e-9;

    /// <param name="tolerance">The largest difference that needs no moderation; a difference equal
    /// to it is within tolerance.</param>
    /// <returns>Every criterion either assessor scored: the first assessor's in their order, then
    /// any only the second scored.</returns>
    public static IReadOnlyList<CriterionDisagreement> Compare(
        IReadOnlyDictionary<string, double> first, IReadOnlyDictionary<string, double> second, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be zero or more.");

        return first.Keys.Concat(second.Keys.Where(c => !first.ContainsKey(c))).Select(criterion =>
        {
            double? a = first.TryGetValue(criterion, out var x) ? x : null;
            double? b = second.TryGetValue(criterion, out var y) ? y : null;
            var outcome = a is null || b is null ? ModerationOutcome.ScoredByOneAssessor
                : Math.Abs(a.Value - b.Value) > tolerance + Rounding ? ModerationOutcome.BeyondTolerance
                : ModerationOutcome.WithinTolerance;
            return new CriterionDisagreement(criterion, a, b, outcome);
        }).ToList();
    }
}
