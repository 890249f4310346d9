using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

public sealed class KrippendorffAlphaTests
{
    /// <summary>
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
    /// Communication, University of Pennsylvania, section C's example: four observers, twelve
    /// units, missing values (unit 12 has one value and is not pairable). The paper gives
    /// α nominal = 0.743, ordinal = 0.815, interval = 0.849 and ratio = 0.797.
    /// </summary>
    private static double?[][] Krippendorff2011(double scale = 1)
    {
        double?[][] observers =
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
            [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
        ];
        return Enumerable.Range(0, 12).Select(unit => observers.Select(o => o[unit] * scale).ToArray()).ToArray();
    }

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.743)]
    [InlineData(AlphaMetric.Ordinal, 0.815)]
    [InlineData(AlphaMetric.Interval, 0.849)]
    [InlineData(AlphaMetric.Ratio, 0.797)]
    public void Reproduces_Krippendorffs_worked_example_with_missing_values(AlphaMetric metric, double expected)
    {
        var alpha = KrippendorffAlpha.Compute(RatingTables.FromRows(Krippendorff2011()), metric);

        Assert.InRange(alpha.Estimate!.Value, expected - 0.0005, expected + 0.0005);
        Assert.Equal(11, alpha.N);
        Assert.Equal("1 of 12 items left out: scored by fewer than two raters", alpha.Note);
    }

    [Fact]
    public void The_bootstrap_interval_is_reproducible_and_surrounds_the_estimate()
    {
        var table = RatingTables.FromRows(Krippendorff2011());

        var first = KrippendorffAlpha.Compute(table, AlphaMetric.Interval);
        var again = KrippendorffAlpha.Compute(table, AlphaMetric.Interval);
        var otherSeed = KrippendorffAlpha.Compute(table, AlphaMetric.Interval, new AlphaBootstrap(Seed: 7));

        Assert.Equal(first.Interval, again.Interval);
        Assert.NotEqual(first.Interval!.Lower, otherSeed.Interval!.Lower);
        Assert.InRange(first.Estimate!.Value, first.Interval.Lower, first.Interval.Upper);
        Assert.True(first.Interval.Upper - first.Interval.Lower > 0.05, "eleven units cannot pin alpha down closely");
        Assert.Contains("2000 resamples, seed 2011", first.Interval.Method, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AlphaMetric.Ordinal, 0.815)]
    [InlineData(AlphaMetric.Interval, 0.849)]
    [InlineData(AlphaMetric.Ratio, 0.797)]
    public void Non_integer_scores_are_compared_as_numbers(AlphaMetric metric, double expected)
    {
        // Dividing every score by ten keeps the ranks, the equal steps and the ratios.
        var alpha = KrippendorffAlpha.Compute(RatingTables.FromRows(Krippendorff2011(0.1)), metric);

        Assert.InRange(alpha.Estimate!.Value, expected - 0.0005, expected + 0.0005);
    }

    [Fact]
    public void Perfect_agreement_is_one()
    {
        var all = KrippendorffAlpha.ComputeAll(RatingTables.FromRows([1, 1, null], [2, 2, 2], [4, null, 4], [3, 3, 3]));

        Assert.All(all, alpha =>
        {
            Assert.Equal(1, alpha.Estimate!.Value, 12);
            Assert.Equal(1, alpha.Interval!.Upper, 12);
        });
    }

    [Theory]
    [MemberData(nameof(DegenerateTables))]
    public void Degenerate_data_give_a_reason_not_NaN(RatingTable table, string reason)
    {
        Assert.All(KrippendorffAlpha.ComputeAll(table), alpha =>
        {
            Assert.False(alpha.IsDefined);
            Assert.Equal(reason, alpha.NotDefinedReason);
        });
    }

    public static TheoryData<RatingTable, string> DegenerateTables() => new()
    {
        { RatingTables.FromRows([3], [4], [5]), "fewer than two raters" },
        { RatingTables.FromRows([3, 4, 5]), "fewer than two items scored by two or more raters" },
        { RatingTables.FromRows([3, null], [null, 4], [2, 5]), "fewer than two items scored by two or more raters" },
        { RatingTables.FromRows([2, 2, null], [2, 2, 2], [null, 2, 2]), "no variation: every score is the same" },
    };

    [Fact]
    public void Ratio_alpha_refuses_negative_scores()
    {
        var alpha = KrippendorffAlpha.Compute(RatingTables.FromRows([-1, 1], [2, 2], [3, 3]), AlphaMetric.Ratio);

        Assert.Equal("ratio alpha needs scores of zero or more", alpha.NotDefinedReason);
    }

    [Fact]
    public void Resamples_without_variation_are_left_out_of_the_interval_and_counted()
    {
        // Eleven items scored 1 by both raters and one scored 1 and 2: about a third of the
        // resamples miss that one item and have no variation at all.
        double?[][] rows = [.. Enumerable.Repeat<double?[]>([1, 1], 11), [1, 2]];

        var alpha = KrippendorffAlpha.Compute(RatingTables.FromRows(rows), AlphaMetric.Nominal);

        Assert.NotNull(alpha.Interval);
        Assert.Matches(@"^\d+ of 2000 bootstrap resamples had no variation and were left out$", alpha.Note);
    }
}
