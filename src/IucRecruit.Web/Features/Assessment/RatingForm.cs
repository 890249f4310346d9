using IucRecruit.Core.Scenarios;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>What the rating form shows: the rubric, the values chosen so far (after a refused
/// submission), and the assessor's own evidence per criterion beside each scale.</summary>
/// <param name="Evidence">The assessor's own evidence; empty on a calibration recording.</param>
public sealed record RatingForm(
    Rubric Rubric,
    IReadOnlyDictionary<string, int?> Ratings,
    IReadOnlyCollection<string> CriticalFails,
    IReadOnlyList<EvidenceEntry> Evidence,
    string SubmitLabel);

/// <summary>Score sheets side by side for the pages that may show them (blind rules apply before).</summary>
/// <param name="Columns">Each assessor's heading and sheet, the first assessor's first.</param>
/// <param name="Final">The final score per criterion and the critical fails that stand, once decided.</param>
public sealed record ScorecardTable(
    Rubric Rubric,
    IReadOnlyList<(string Heading, Core.Assessment.Scoring.ScoreSheet Sheet)> Columns,
    (IReadOnlyDictionary<string, string> Scores, string CriticalFails)? Final = null);

/// <summary>An assessor's evidence with a link to hear each moment of the recording.</summary>
public sealed record EvidenceList(Guid CallId, IReadOnlyList<EvidenceEntry> Entries, string Caption);
