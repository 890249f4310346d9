using IucRecruit.Core.Retention;

namespace IucRecruit.Core.Tests.Retention;

/// <summary>
/// The Freireich leukaemia trial again (see <see cref="KaplanMeierTests"/>), 6-MP against placebo.
/// The published log-rank result: observed 9 and 21, expected 19.25 and 10.75, chi-squared 16.79 on
/// one degree of freedom, P = 0.00004 (Kleinbaum and Klein 2012, ch. 2; R: survdiff gives
/// "Chisq= 16.8 on 1 degrees of freedom, p= 4e-05").
/// </summary>
public sealed class LogRankTests
{
    private static readonly SurvivalObservation[] Placebo =
    [
        new(1, true, 2), new(2, true, 2), new(3, true), new(4, true, 2), new(5, true, 2), new(8, true, 4),
        new(11, true, 2), new(12, true, 2), new(15, true), new(17, true), new(22, true), new(23, true),
    ];

    [Fact]
    public void Matches_the_published_6_MP_against_placebo_test()
    {
        var result = LogRank.Test([("6-MP", KaplanMeierTests.SixMp), ("Placebo", Placebo)])!;

        Assert.Equal(9, result.Groups[0].Observed);
        Assert.Equal(19.25, result.Groups[0].Expected, 2);
        Assert.Equal(21, result.Groups[1].Observed);
        Assert.Equal(10.75, result.Groups[1].Expected, 2);
        Assert.Equal(16.79, result.ChiSquare, 2);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(4.17e-5, result.PValue, 6);
    }

    [Fact]
    public void Identical_groups_show_no_difference()
    {
        var result = LogRank.Test([("A", KaplanMeierTests.SixMp), ("B", KaplanMeierTests.SixMp), ("C", KaplanMeierTests.SixMp)])!;

        Assert.Equal(0, result.ChiSquare, 10);
        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Equal(1, result.PValue, 10);
    }

    [Fact]
    public void No_test_without_two_groups_or_without_leavers()
    {
        Assert.Null(LogRank.Test([("Only", KaplanMeierTests.SixMp)]));
        Assert.Null(LogRank.Test([("A", [new SurvivalObservation(5, false)]), ("B", [new SurvivalObservation(7, false)])]));
        Assert.Null(LogRank.Test([("A", KaplanMeierTests.SixMp), ("Empty", [])]));
    }
}
