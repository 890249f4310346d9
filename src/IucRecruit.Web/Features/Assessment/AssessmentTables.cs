using System.Globalization;
using IucRecruit.Data.Assessment;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>A call's ratings as the pages show them, once the blind rules allow it.</summary>
public static class AssessmentTables
{
    /// <param name="names">Assessors' display names by user id.</param>
    public static ScorecardTable Ratings(AssessmentCase assessment, IReadOnlyDictionary<Guid, string> names) => new(
        assessment.Scenario.Rubric,
        assessment.Scorecards.Select(s => (names.GetValueOrDefault(s.AssessorUserId, "An assessor"), s.Sheet)).ToList(),
        assessment.State.Outcome is { } outcome
            ? (outcome.Criteria.ToDictionary(
                    c => c.Criterion.Id,
                    c => string.Create(CultureInfo.InvariantCulture, $"{c.Score:0.#} ({c.Basis}){(c.Criterion.Gate ? c.Passed ? ", passes" : ", below the pass mark" : "")}")),
                outcome.CriticalFails.Count == 0 ? "None" : string.Join("; ", outcome.CriticalFails.Select(f => f.Description)))
            : null);
}
