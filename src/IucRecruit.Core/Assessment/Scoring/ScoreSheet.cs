using IucRecruit.Core.Scenarios;

namespace IucRecruit.Core.Assessment.Scoring;

/// <summary>One criterion's rating: a point of its behaviourally anchored scale.</summary>
public sealed record CriterionRating(string CriterionId, int Points);

/// <summary>
/// What one assessor submits for one call: a rating for every criterion of the rubric, and the
/// critical-fail conditions they confirm they saw. There is no overall score: the result is worked
/// out from the criteria (DOMAIN.md: never an overall score first).
/// </summary>
public sealed record ScoreSheet(IReadOnlyList<CriterionRating> Ratings, IReadOnlyList<string> CriticalFails)
{
    public int? PointsFor(string criterionId) => Ratings.FirstOrDefault(r => r.CriterionId == criterionId)?.Points;

    public IReadOnlyDictionary<string, double> AsScores() => Ratings.ToDictionary(r => r.CriterionId, r => (double)r.Points);

    /// <summary>Builds a sheet from a form, or says what is missing or wrong: each problem names the
    /// criterion (or critical fail) it is about, so a page can put it beside the field.</summary>
    /// <param name="ratings">The chosen point per criterion id; null where nothing was chosen.</param>
    public static (ScoreSheet? Sheet, IReadOnlyList<(string Field, string Message)> Problems) From(
        Rubric rubric, IReadOnlyDictionary<string, int?> ratings, IReadOnlyCollection<string> criticalFails)
    {
        var problems = new List<(string, string)>();
        foreach (var criterion in rubric.Criteria)
        {
            var points = ratings.GetValueOrDefault(criterion.Id);
            if (points is null) problems.Add((criterion.Id, $"Choose a rating for {criterion.Name}."));
            else if (criterion.Scale.All(p => p.Points != points))
                problems.Add((criterion.Id, $"{points} is not a point of the {criterion.Name} scale ({string.Join(", ", criterion.Scale.Select(p => p.Points))})."));
        }
        foreach (var unknown in ratings.Keys.Where(id => rubric.Find(id) is null))
            problems.Add((unknown, $"The rubric has no criterion '{unknown}'."));
        foreach (var unknown in criticalFails.Where(id => rubric.CriticalFails.All(c => c.Id != id)))
            problems.Add((unknown, $"The scenario has no critical fail '{unknown}'."));
        if (problems.Count > 0) return (null, problems);

        return (new ScoreSheet(
            rubric.Criteria.Select(c => new CriterionRating(c.Id, ratings[c.Id]!.Value)).ToList(),
            rubric.CriticalFails.Where(c => criticalFails.Contains(c.Id)).Select(c => c.Id).ToList()), []);
    }
}
