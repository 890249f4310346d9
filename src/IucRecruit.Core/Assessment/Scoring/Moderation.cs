using IucRecruit.Core.Assessment.Reliability;
using IucRecruit.Core.Scenarios;

namespace IucRecruit.Core.Assessment.Scoring;

/// <summary>Why a criterion goes to the lead assessor.</summary>
public enum ModerationReason
{
    /// <summary>The two ratings differ by more than the tolerance.</summary>
    BeyondTolerance,
    /// <summary>Within the tolerance, but one rating passes the gate and the other does not: the
    /// mean would decide the candidate's result on a split the assessors never agreed.</summary>
    SplitOnGate,
}

/// <summary>A criterion the two assessors disagree on, for the lead assessor to settle.</summary>
public sealed record CriterionToModerate(RubricCriterion Criterion, int First, int Second, ModerationReason Reason);

/// <summary>A critical fail that one assessor confirmed and the other did not.</summary>
public sealed record CriticalFailToModerate(CriticalFail CriticalFail, int ConfirmedBy);

/// <summary>The lead assessor's agreed rating of one criterion, and why.</summary>
public sealed record AgreedRating(string CriterionId, int Points, string Reason);

/// <summary>The lead assessor's decision on a disputed critical fail, and why.</summary>
public sealed record CriticalFailDecision(string CriticalFailId, bool Upheld, string Reason);

/// <summary>Everything the lead assessor recorded for one call. Kept beside the assessors' raw
/// ratings, which are never changed.</summary>
public sealed record ModerationDecision(IReadOnlyList<AgreedRating> Ratings, IReadOnlyList<CriticalFailDecision> CriticalFails)
{
    public const int ReasonMaxLength = 1000;

    /// <summary>Builds the decision from a form: every item to moderate needs an answer and a reason.</summary>
    /// <param name="points">The agreed point per criterion id.</param>
    /// <param name="upheld">Per disputed critical fail id: whether it stands.</param>
    /// <param name="reasons">The reason per criterion or critical fail id.</param>
    public static (ModerationDecision? Decision, IReadOnlyList<(string Field, string Message)> Problems) From(
        IReadOnlyList<CriterionToModerate> criteria, IReadOnlyList<CriticalFailToModerate> criticalFails,
        IReadOnlyDictionary<string, int?> points, IReadOnlyDictionary<string, bool?> upheld, IReadOnlyDictionary<string, string?> reasons)
    {
        var problems = new List<(string, string)>();
        foreach (var item in criteria)
        {
            var criterion = item.Criterion;
            if (points.GetValueOrDefault(criterion.Id) is not { } agreed) problems.Add((criterion.Id, $"Choose the agreed rating for {criterion.Name}."));
            else if (criterion.Scale.All(p => p.Points != agreed)) problems.Add((criterion.Id, $"{agreed} is not a point of the {criterion.Name} scale."));
            problems.AddRange(ReasonProblem(criterion.Id, reasons, $"Give the reason for the agreed {criterion.Name} rating."));
        }
        foreach (var item in criticalFails)
        {
            var id = item.CriticalFail.Id;
            if (upheld.GetValueOrDefault(id) is null) problems.Add((id, $"Say whether “{item.CriticalFail.Description}” stands."));
            problems.AddRange(ReasonProblem(id, reasons, $"Give the reason for your decision on “{item.CriticalFail.Description}”."));
        }
        if (problems.Count > 0) return (null, problems);
        return (new ModerationDecision(
            criteria.Select(c => new AgreedRating(c.Criterion.Id, points[c.Criterion.Id]!.Value, reasons[c.Criterion.Id]!.Trim())).ToList(),
            criticalFails.Select(c => new CriticalFailDecision(c.CriticalFail.Id, upheld[c.CriticalFail.Id]!.Value, reasons[c.CriticalFail.Id]!.Trim())).ToList()), []);
    }

    private static IEnumerable<(string, string)> ReasonProblem(string id, IReadOnlyDictionary<string, string?> reasons, string missing)
    {
        var reason = reasons.GetValueOrDefault(id)?.Trim();
        if (string.IsNullOrEmpty(reason)) yield return ($"reason-{id}", missing);
        else if (reason.Length > ReasonMaxLength) yield return ($"reason-{id}", $"Keep the reason to {ReasonMaxLength:N0} characters.");
    }
}

/// <summary>Which criteria and critical fails of a double-scored call need the lead assessor.</summary>
public static class ModerationRules
{
    public static (IReadOnlyList<CriterionToModerate> Criteria, IReadOnlyList<CriticalFailToModerate> CriticalFails) Find(
        Rubric rubric, ScoreSheet first, ScoreSheet second, double tolerance)
    {
        var criteria = ModerationCheck.Compare(first.AsScores(), second.AsScores(), tolerance)
            .Select(d => (Criterion: rubric.Find(d.Criterion)!, d))
            .Select(x => x.d.NeedsLeadAssessor
                ? new CriterionToModerate(x.Criterion, (int)x.d.First!.Value, (int)x.d.Second!.Value, ModerationReason.BeyondTolerance)
                : Passes(x.Criterion, x.d.First!.Value) != Passes(x.Criterion, x.d.Second!.Value)
                    ? new CriterionToModerate(x.Criterion, (int)x.d.First!.Value, (int)x.d.Second!.Value, ModerationReason.SplitOnGate)
                    : null)
            .OfType<CriterionToModerate>()
            .ToList();
        var criticalFails = rubric.CriticalFails
            .Where(c => first.CriticalFails.Contains(c.Id) != second.CriticalFails.Contains(c.Id))
            .Select(c => new CriticalFailToModerate(c, first.CriticalFails.Contains(c.Id) ? 1 : 2))
            .ToList();
        return (criteria, criticalFails);
    }

    /// <summary>Whether a score reaches the criterion's pass mark; true for a criterion that is not a gate.</summary>
    public static bool Passes(RubricCriterion criterion, double score) => !criterion.Gate || score >= criterion.PassMark;
}
