using System.Globalization;
using IucRecruit.Core.Scenarios;

namespace IucRecruit.Core.Assessment.Scoring;

public enum AssessmentStage
{
    /// <summary>Not every assessor booked on the call has submitted.</summary>
    AwaitingRatings,
    /// <summary>The two assessors disagree: a lead assessor must settle it.</summary>
    AwaitingModeration,
    /// <summary>The result is known.</summary>
    Decided,
}

/// <summary>One criterion's final score and how it was reached.</summary>
/// <param name="Basis">In words: "3 and 3 (mean)", "agreed by the lead assessor", "one assessor".</param>
public sealed record CriterionResult(RubricCriterion Criterion, double Score, bool Passed, string Basis);

/// <summary>The mock call's result: each gate against its pass mark, and any critical fail.</summary>
public sealed record CallOutcome(bool Passed, IReadOnlyList<CriterionResult> Criteria, IReadOnlyList<CriticalFail> CriticalFails, string Reason);

/// <summary>Where a call's assessment stands.</summary>
public sealed record AssessmentState(
    AssessmentStage Stage,
    int Submitted,
    int Expected,
    IReadOnlyList<CriterionToModerate> CriteriaToModerate,
    IReadOnlyList<CriticalFailToModerate> CriticalFailsToModerate,
    CallOutcome? Outcome);

/// <summary>
/// From the assessors' blind score sheets to the call's result (docs/decisions/0022). One assessor:
/// their sheet is the result. Two: a criterion is settled by the mean of the two ratings unless they
/// differ by more than the tolerance or split on the gate's pass mark, and a critical fail stands
/// when both confirm it; anything else goes to the lead assessor, whose decision settles it. Then
/// each gate passes or fails against its pass mark, and any critical fail fails the call.
/// </summary>
public static class CallResultRules
{
    /// <param name="sheets">The submitted sheets, the first assessor's first.</param>
    public static AssessmentState Evaluate(Rubric rubric, int expectedAssessors, IReadOnlyList<ScoreSheet> sheets, double tolerance,
        ModerationDecision? moderation)
    {
        if (sheets.Count < expectedAssessors)
            return new AssessmentState(AssessmentStage.AwaitingRatings, sheets.Count, expectedAssessors, [], [], null);
        if (sheets.Count is < 1 or > 2) throw new ArgumentException("A call is scored by one or two assessors.", nameof(sheets));

        if (sheets.Count == 1)
        {
            var only = sheets[0];
            return Decided(rubric, sheets.Count, c => (only.PointsFor(c.Id)!.Value, "one assessor"),
                rubric.CriticalFails.Where(c => only.CriticalFails.Contains(c.Id)));
        }

        var (first, second) = (sheets[0], sheets[1]);
        var (criteria, criticalFails) = ModerationRules.Find(rubric, first, second, tolerance);
        if ((criteria.Count > 0 || criticalFails.Count > 0) && moderation is null)
            return new AssessmentState(AssessmentStage.AwaitingModeration, 2, 2, criteria, criticalFails, null);

        var agreed = moderation?.Ratings.ToDictionary(r => r.CriterionId) ?? [];
        var decisions = moderation?.CriticalFails.ToDictionary(c => c.CriticalFailId) ?? [];
        var missing = criteria.Where(c => !agreed.ContainsKey(c.Criterion.Id)).Select(c => c.Criterion.Id)
            .Concat(criticalFails.Where(c => !decisions.ContainsKey(c.CriticalFail.Id)).Select(c => c.CriticalFail.Id)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"The moderation does not settle {string.Join(", ", missing)}.", nameof(moderation));

        var state = Decided(rubric, 2, c =>
            {
                if (agreed.TryGetValue(c.Id, out var a)) return (a.Points, "agreed by the lead assessor");
                int x = first.PointsFor(c.Id)!.Value, y = second.PointsFor(c.Id)!.Value;
                return ((x + y) / 2.0, x == y ? $"both {x}" : $"mean of {x} and {y}");
            },
            rubric.CriticalFails.Where(c => decisions.TryGetValue(c.Id, out var d)
                ? d.Upheld
                : first.CriticalFails.Contains(c.Id) && second.CriticalFails.Contains(c.Id)));
        return state with { CriteriaToModerate = criteria, CriticalFailsToModerate = criticalFails };
    }

    private static AssessmentState Decided(Rubric rubric, int submitted, Func<RubricCriterion, (double Score, string Basis)> score,
        IEnumerable<CriticalFail> criticalFails)
    {
        var criteria = rubric.Criteria.Select(c =>
        {
            var (value, basis) = score(c);
            return new CriterionResult(c, value, ModerationRules.Passes(c, value), basis);
        }).ToList();
        var fails = criticalFails.ToList();
        var failedGates = criteria.Where(c => c.Criterion.Gate && !c.Passed).ToList();
        var passed = failedGates.Count == 0 && fails.Count == 0;
        var reasons = failedGates.Select(c => string.Create(CultureInfo.InvariantCulture,
                $"{c.Criterion.Name.ToLowerInvariant()} below the pass mark ({c.Score:0.#} of {c.Criterion.Highest}; pass mark {c.Criterion.PassMark})"))
            .Concat(fails.Select(f => $"critical fail: {f.Description.TrimEnd('.')}"))
            .ToList();
        var reason = passed ? "Mock call passed: every gate reached its pass mark and no critical fail." : $"Mock call: {string.Join("; ", reasons)}.";
        return new AssessmentState(AssessmentStage.Decided, submitted, submitted, [], [], new CallOutcome(passed, criteria, fails, reason));
    }
}
