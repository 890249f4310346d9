using IucRecruit.Core.Assessment.Reliability;
using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Scenarios;

namespace IucRecruit.Core.Calibration;

/// <summary>A recording of a calibration set, the rubric it is scored on, and the expert's
/// reference score per criterion (empty when none was given).</summary>
public sealed record CalibrationRecording(string Name, Rubric Rubric, IReadOnlyDictionary<string, int> Reference);

/// <summary>One assessor's calibration sheet for one recording.</summary>
public sealed record CalibrationSheet(string Recording, string Assessor, ScoreSheet Sheet);

/// <summary>A criterion's agreement statistics over a set, with each assessor's leniency against
/// peers (in <see cref="Report"/>) and, when reference scores were given, against the reference.</summary>
public sealed record CriterionCalibration(string CriterionId, string CriterionName, ReliabilityReport Report, IReadOnlyList<RaterLeniency>? AgainstReference);

/// <summary>
/// Turns a calibration set's sheets into the reliability library's tables, one per criterion, and
/// analyses each (docs/decisions/0015): every statistic comes from
/// <see cref="ReliabilityReport.Analyse"/> or <see cref="Leniency"/>, none is computed here.
/// </summary>
public static class CalibrationAnalysis
{
    /// <param name="assessors">Everyone asked to score the set: an assessor who has not scored a
    /// recording is a missing rating, not left out.</param>
    public static IReadOnlyList<CriterionCalibration> Analyse(
        IReadOnlyList<CalibrationRecording> recordings, IReadOnlyList<string> assessors, IReadOnlyList<CalibrationSheet> sheets,
        AlphaBootstrap? bootstrap = null)
    {
        var criteria = recordings.SelectMany(r => r.Rubric.Criteria).DistinctBy(c => c.Id).ToList();
        var byCell = sheets.ToDictionary(s => (s.Recording, s.Assessor), s => s.Sheet);
        return criteria.Select(criterion =>
        {
            var scored = recordings.Where(r => r.Rubric.Find(criterion.Id) is not null).ToList();
            var table = RatingTable.From(
                from recording in scored
                from assessor in assessors
                select new Rating(recording.Name, assessor, byCell.GetValueOrDefault((recording.Name, assessor))?.PointsFor(criterion.Id)));
            var scale = scored.SelectMany(r => r.Rubric.Find(criterion.Id)!.Scale).Select(p => (double)p.Points).Distinct().Order().ToList();
            var report = ReliabilityReport.Analyse(table, new ReliabilityOptions { Scale = scale, Bootstrap = bootstrap ?? AlphaBootstrap.Default }, criterion.Id);
            var reference = scored.Where(r => r.Reference.ContainsKey(criterion.Id))
                .ToDictionary(r => r.Name, r => (double)r.Reference[criterion.Id]);
            return new CriterionCalibration(criterion.Id, criterion.Name, report,
                reference.Count == 0 ? null : Leniency.AgainstReference(table, reference));
        }).ToList();
    }
}
