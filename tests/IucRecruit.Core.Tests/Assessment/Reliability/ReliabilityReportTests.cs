using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

public sealed class ReliabilityReportTests
{
    [Fact]
    public void Gathers_every_statistic_for_one_criterion()
    {
        var report = ReliabilityReport.Analyse(RatingTables.ShroutFleiss(), criterion: "empathy");

        Assert.Equal(("empathy", 6, 4, 24, 0), (report.Criterion, report.Items, report.Raters, report.Scores, report.Missing));
        Assert.Equal(6, report.Icc.All.Count());
        Assert.Equal(4, report.Alpha.Count);
        Assert.Equal(6, report.Kappa.Count);
        Assert.Equal(4, report.Leniency.Count);
    }

    [Fact]
    public void A_reference_switches_leniency_to_the_expert_and_a_scale_reaches_kappa()
    {
        var options = new ReliabilityOptions
        {
            Scale = [1, 2, 3],
            Reference = new Dictionary<string, double> { ["item 1"] = 1, ["item 2"] = 2 },
        };

        var report = ReliabilityReport.Analyse(RatingTables.FromRows([1, 1], [2, 2], [3, 5]), options);

        Assert.All(report.Leniency, r => Assert.Equal(Leniency.AgainstReferenceForm, r.MeanDifference.Form));
        Assert.Equal("score 5 is not on the scale (1, 2, 3)", report.Kappa.Single().Unweighted.NotDefinedReason);
    }

    [Fact]
    public void One_rater_gives_defined_answers_everywhere()
    {
        var report = ReliabilityReport.Analyse(RatingTables.FromRows([3], [4], [2]));

        Assert.Empty(report.Kappa);
        Assert.All(report.Icc.All.Concat(report.Alpha), s => Assert.Equal("fewer than two raters", s.NotDefinedReason));
        Assert.Equal(LeniencyVerdict.NotEnoughData, report.Leniency.Single().Verdict);
    }
}
