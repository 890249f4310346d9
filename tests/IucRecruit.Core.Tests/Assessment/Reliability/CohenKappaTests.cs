using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

public sealed class CohenKappaTests
{
    /// <summary>
    /// Fleiss, Cohen &amp; Everitt (1969), "Large sample standard errors of kappa and weighted kappa",
    /// Psychological Bulletin 72(5), 323–327: 200 patients classified by two psychiatrists into
    /// three diagnoses (rows: first rater; columns: second). They report kappa = .429. The standard
    /// errors and the kappas with linear ("Equal-Spacing") and quadratic ("Fleiss-Cohen") weights are
    /// cross-checked against R vcd 1.4.11, confint(Kappa(fleiss, weights = …)), which implements
    /// the same 1969 variance, run on Debian's r-cran-vcd. (R psych 2.2.9 cohen.kappa agrees on the
    /// unweighted interval; its weighted variance sums the weights against other marginals.)
    /// </summary>
    private static readonly int[,] FleissCohenEveritt =
    {
        { 106, 10, 4 },
        { 22, 28, 10 },
        { 2, 12, 6 },
    };

    private static List<(double, double)> Expand(int[,] counts)
    {
        var pairs = new List<(double, double)>();
        for (var i = 0; i < counts.GetLength(0); i++)
            for (var j = 0; j < counts.GetLength(1); j++)
                pairs.AddRange(Enumerable.Repeat((i + 1.0, j + 1.0), counts[i, j]));
        return pairs;
    }

    [Theory]
    [InlineData(KappaWeighting.Unweighted, 0.4285714286, 0.3232997935, 0.5338430637)]
    [InlineData(KappaWeighting.Linear, 0.4923076923, 0.3929010481, 0.5917143366)]
    [InlineData(KappaWeighting.Quadratic, 0.5666666667, 0.4575626448, 0.6757706885)]
    public void Reproduces_the_Fleiss_Cohen_and_Everitt_example(KappaWeighting weighting, double kappa, double lower, double upper)
    {
        var result = CohenKappa.Compute(Expand(FleissCohenEveritt), weighting);

        Assert.Equal(kappa, result.Estimate!.Value, 8);
        Assert.Equal(lower, result.Interval!.Lower, 8);
        Assert.Equal(upper, result.Interval.Upper, 8);
        Assert.Equal(200, result.N);
    }

    /// <summary>Hand-computed: pairs (1,1), (2,2), (3,3), (1,2). Observed agreement 3/4, chance
    /// agreement 5/16, so kappa = (12/16 − 5/16)/(11/16) = 7/11; linear weights (½ for a step of one
    /// on a 1–3 range: observed 14/16, chance 9/16) give 5/7, and quadratic weights (¾ for a step of
    /// one: observed 15/16, chance 11/16) give 4/5.</summary>
    [Theory]
    [InlineData(KappaWeighting.Unweighted, 7.0 / 11)]
    [InlineData(KappaWeighting.Linear, 5.0 / 7)]
    [InlineData(KappaWeighting.Quadratic, 4.0 / 5)]
    public void Without_a_scale_the_categories_are_the_scores_observed_and_a_full_scale_changes_nothing(KappaWeighting weighting, double expected)
    {
        (double, double)[] pairs = [(1, 1), (2, 2), (3, 3), (1, 2)];

        Assert.Equal(expected, CohenKappa.Compute(pairs, weighting).Estimate!.Value, 12);
        // Weights follow score distances, so unused scale points (4, 5) do not move any kappa.
        Assert.Equal(expected, CohenKappa.Compute(pairs, weighting, [1, 2, 3, 4, 5]).Estimate!.Value, 12);
    }

    [Fact]
    public void A_score_off_the_given_scale_makes_kappa_undefined_and_names_it()
    {
        var result = CohenKappa.Compute([(1, 1), (2, 7)], KappaWeighting.Linear, [1, 2, 3, 4, 5]);

        Assert.False(result.IsDefined);
        Assert.Equal("score 7 is not on the scale (1, 2, 3, 4, 5)", result.NotDefinedReason);
    }

    [Theory]
    [InlineData(KappaWeighting.Unweighted)]
    [InlineData(KappaWeighting.Linear)]
    [InlineData(KappaWeighting.Quadratic)]
    public void Perfect_agreement_is_one_with_no_uncertainty(KappaWeighting weighting)
    {
        var result = CohenKappa.Compute([(1, 1), (2, 2), (4, 4), (5, 5), (2, 2)], weighting);

        Assert.Equal(1, result.Estimate!.Value, 12);
        Assert.Equal(1, result.Interval!.Lower, 12);
        Assert.Equal(1, result.Interval.Upper, 12);
    }

    [Fact]
    public void Constant_scores_leave_kappa_undefined_even_on_a_wider_scale()
    {
        Assert.Equal("no variation: every score is 3", CohenKappa.Compute([(3, 3), (3, 3)], KappaWeighting.Linear).NotDefinedReason);
        var onScale = CohenKappa.Compute([(3, 3), (3, 3)], KappaWeighting.Quadratic, [1, 2, 3, 4, 5]);
        Assert.False(onScale.IsDefined);
        Assert.StartsWith("no variation", onScale.NotDefinedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_item_is_not_enough()
    {
        var result = CohenKappa.Compute([(2, 3)], KappaWeighting.Unweighted);

        Assert.Equal("fewer than two items scored by both raters", result.NotDefinedReason);
        Assert.Null(result.Estimate);
    }

    [Fact]
    public void With_more_than_two_raters_each_pair_is_reported_on_the_items_both_scored()
    {
        var table = RatingTables.FromRows([1, 1, 2], [2, 2, null], [3, 3, 3], [4, null, 4]);

        var pairs = CohenKappa.ForEachPair(table);

        Assert.Equal([("rater A", "rater B"), ("rater A", "rater C"), ("rater B", "rater C")],
            pairs.Select(p => (p.FirstRater, p.SecondRater)));
        Assert.Equal(3, pairs[0].Unweighted.N);
        Assert.Equal(1, pairs[0].Unweighted.Estimate!.Value, 12);
        Assert.Equal(3, pairs[1].Unweighted.N);
        Assert.Equal(2, pairs[2].Unweighted.N);
    }

    [Fact]
    public void One_rater_has_no_pairs() => Assert.Empty(CohenKappa.ForEachPair(RatingTables.FromRows([1], [2])));
}
