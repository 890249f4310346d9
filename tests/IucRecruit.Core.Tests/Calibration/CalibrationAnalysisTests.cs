using IucRecruit.Core.Calibration;
using IucRecruit.Core.Assessment.Reliability;
using static IucRecruit.Core.Tests.Assessment.Scoring.ScoringScenarios;

namespace IucRecruit.Core.Tests.Calibration;

/// <summary>A calibration set becomes one rating table per criterion for the reliability library;
/// nothing is computed here that the library does not compute.</summary>
public sealed class CalibrationAnalysisTests
{
    private static readonly CalibrationRecording[] Recordings =
    [
        new("Recording 1", Rubric, new Dictionary<string, int> { ["empathy"] = 3 }),
        new("Recording 2", Rubric, new Dictionary<string, int> { ["empathy"] = 2 }),
        new("Recording 3", Rubric, new Dictionary<string, int>()),
    ];

    private static readonly CalibrationSheet[] Sheets =
    [
        new("Recording 1", "Asha", Sheet(3, 3, 3, 3)), new("Recording 2", "Asha", Sheet(2, 2, 2, 1)), new("Recording 3", "Asha", Sheet(4, 4, 3, 3)),
        new("Recording 1", "Bilal", Sheet(3, 4, 3, 3)), new("Recording 2", "Bilal", Sheet(2, 3, 1, 1)), new("Recording 3", "Bilal", Sheet(4, 4, 4, 3)),
        new("Recording 1", "Chen", Sheet(4, 4, 4, 4)), new("Recording 2", "Chen", Sheet(3, 3, 2, 2)),
    ];

    [Fact]
    public void Each_criterion_is_analysed_by_the_library_on_its_own_table_with_its_scale()
    {
        var criteria = CalibrationAnalysis.Analyse(Recordings, ["Asha", "Bilal", "Chen"], Sheets);

        Assert.Equal(["accuracy", "empathy", "call-handling", "listening"], criteria.Select(c => c.CriterionId));
        var empathy = criteria[1];
        Assert.Equal((3, 3, 8, 1), (empathy.Report.Items, empathy.Report.Raters, empathy.Report.Scores, empathy.Report.Missing));
        var table = RatingTable.From(Sheets.Select(s => new Rating(s.Recording, s.Assessor, s.Sheet.PointsFor("empathy")))
            .Append(new Rating("Recording 3", "Chen", null)));
        var expected = ReliabilityReport.Analyse(table, new ReliabilityOptions { Scale = [1, 2, 3, 4] }, "empathy");
        Assert.Equal(expected.Icc.Icc21.Estimate, empathy.Report.Icc.Icc21.Estimate);
        Assert.Equal(expected.Kappa.Select(k => k.Quadratic.Estimate), empathy.Report.Kappa.Select(k => k.Quadratic.Estimate));
        Assert.Equal(expected.Alpha.Select(a => a.Estimate), empathy.Report.Alpha.Select(a => a.Estimate));
    }

    [Fact]
    public void Leniency_is_measured_against_the_reference_only_where_one_was_given()
    {
        var criteria = CalibrationAnalysis.Analyse(Recordings, ["Asha", "Bilal", "Chen"], Sheets);

        Assert.Null(criteria[0].AgainstReference); // no reference scores for accuracy
        var chen = criteria[1].AgainstReference!.Single(l => l.Rater == "Chen");
        Assert.Equal((1.0, 2), (chen.MeanDifference.Estimate, chen.MeanDifference.N)); // 4 − 3 and 3 − 2
        Assert.Equal("Mean difference from reference", chen.MeanDifference.Form.Name);
        Assert.Equal("Mean difference from peers", criteria[1].Report.Leniency[0].MeanDifference.Form.Name);
    }

    [Fact]
    public void An_assessor_asked_but_not_yet_scoring_counts_as_missing_not_as_absent()
    {
        var criteria = CalibrationAnalysis.Analyse(Recordings, ["Asha", "Bilal", "Chen", "Dee"], Sheets);

        Assert.Equal((4, 4), (criteria[0].Report.Raters, criteria[0].Report.Missing));
        Assert.Equal(LeniencyVerdict.NotEnoughData, criteria[0].Report.Leniency.Single(l => l.Rater == "Dee").Verdict);
    }
}
