using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

public sealed class ModerationCheckTests
{
    [Fact]
    public void Criteria_whose_scores_differ_by_more_than_the_tolerance_go_to_a_lead_assessor()
    {
        var first = new Dictionary<string, double> { ["accuracy"] = 4, ["empathy"] = 2, ["call handling"] = 3 };
        var second = new Dictionary<string, double> { ["accuracy"] = 3, ["empathy"] = 4, ["call handling"] = 3 };

        var result = ModerationCheck.Compare(first, second, tolerance: 1);

        Assert.Equal(["accuracy", "empathy", "call handling"], result.Select(r => r.Criterion));
        Assert.Equal([false, true, false], result.Select(r => r.NeedsLeadAssessor));
        Assert.Equal(ModerationOutcome.BeyondTolerance, result[1].Outcome);
        Assert.Equal(-2, result[1].Difference);
    }

    [Fact]
    public void A_difference_equal_to_the_tolerance_is_within_it_despite_rounding()
    {
        var result = ModerationCheck.Compare(
            new Dictionary<string, double> { ["empathy"] = 0.3 }, new Dictionary<string, double> { ["empathy"] = 0.1 }, tolerance: 0.2);

        Assert.Equal(ModerationOutcome.WithinTolerance, result.Single().Outcome);
    }

    [Fact]
    public void A_criterion_scored_by_only_one_assessor_cannot_be_moderated()
    {
        var result = ModerationCheck.Compare(
            new Dictionary<string, double> { ["accuracy"] = 4 }, new Dictionary<string, double> { ["accuracy"] = 4, ["safety netting"] = 2 }, tolerance: 0);

        Assert.Equal(ModerationOutcome.WithinTolerance, result[0].Outcome);
        Assert.Equal(("safety netting", null, 2.0, ModerationOutcome.ScoredByOneAssessor),
            (result[1].Criterion, result[1].First, result[1].Second, result[1].Outcome));
        Assert.True(result[1].NeedsLeadAssessor);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void The_tolerance_must_be_a_number_of_zero_or_more(double tolerance) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ModerationCheck.Compare(new Dictionary<string, double>(), new Dictionary<string, double>(), tolerance));
}
