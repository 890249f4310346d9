using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

/// <summary>
/// Legal rating tables that sit at the edges of what the statistics can handle. Whatever the
/// table, every statistic either gives a finite figure (with a finite, ordered interval when it
/// has one) or says in words why it cannot be computed; nothing throws and nothing is NaN.
/// </summary>
public sealed class AwkwardTablesTests
{
    public static TheoryData<string, double?[][]> Corpus => new()
    {
        { "everyone alike", [[3, 3, 3], [3, 3, 3], [3, 3, 3]] },
        { "one rater constant", [[3, 1, 2], [3, 2, 4], [3, 5, 5], [3, 4, 3]] },
        { "one item", [[1, 2, 3]] },
        { "heavy missingness", [[1, null, null], [null, 2, null], [null, null, 3], [4, 4, null], [2, null, 5]] },
        { "raters opposite", [[1, 5], [5, 1], [1, 5], [5, 1], [2, 4], [4, 2]] },
        { "negative agreement, three raters", [[1, 5, 3], [5, 1, 3], [3, 3, 1], [2, 4, 5], [4, 2, 1]] },
        { "disagreement beyond chance, two items", [[1, 5], [5, 1]] },
        { "raters differ only by a constant", [[1, 3], [2, 4], [3, 5]] },
        { "one item varies, the rest identical", [[2, 2], [2, 2], [2, 2], [2, 3]] },
        { "two raters, one shared item", [[1, 2], [3, null], [null, 4]] },
        { "every item missing one rater", [[1, 2, null], [null, 3, 4], [5, null, 1]] },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_statistic_gives_its_figure_or_says_why_not(string table, double?[][] rows) =>
        AssertFiguresOrReasons(table, rows, AlphaBootstrap.Default);

    /// <summary>Raters who disagree more than chance: Satterthwaite's degrees of freedom for
    /// ICC(2,1)'s interval fall to a fraction, MathNet's F quantile threw NonConvergenceException
    /// and the whole report (and <c>iucrecruit reliability</c>) died with it.</summary>
    [Fact]
    public void Disagreement_beyond_chance_gives_the_estimate_and_says_why_there_is_no_interval()
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.FromRows([5, 4, 2, 1], [1, 3, 5, 3], [4, 5, 1, 3]));

        // Mean squares by hand: items 1/12, raters 59/36, residual 131/36; ICC(2,1) =
        // (MSR − MSE) / (MSR + 3 MSE + 4 (MSC − MSE) / 3) = −32/75.
        Assert.Equal(-32.0 / 75, icc.Icc21.Estimate!.Value, 9);
        Assert.Null(icc.Icc21.Interval);
        Assert.StartsWith("no interval: the F distribution's 97.5% point", icc.Icc21.Note);
    }

    /// <summary>Every item's mean is the same, so the one-way and consistency forms are −1 for one
    /// rater, the pole of Spearman–Brown for two: the mean of two raters has no reliability.</summary>
    [Fact]
    public void Raters_exactly_opposite_give_minus_one_and_no_average_measures_figure()
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.FromRows([1, 5], [5, 1], [1, 5], [5, 1], [2, 4], [4, 2]));

        Assert.Equal(-1, icc.Icc31.Estimate!.Value, 9);
        Assert.Null(icc.Icc3K.Estimate);
        Assert.Contains("at or below −1/(k − 1) = -1", icc.Icc3K.NotDefinedReason);
    }

    /// <summary>Thousands of small random tables (fixed seed), where the corpus above found its
    /// failures: the same promise must hold for each.</summary>
    [Fact]
    public void Every_small_random_table_gives_figures_or_reasons()
    {
        var random = new Random(16);
        for (var table = 0; table < 1000; table++)
        {
            var (n, k) = (random.Next(1, 7), random.Next(1, 5));
            var rows = Enumerable.Range(0, n)
                .Select(_ => Enumerable.Range(0, k).Select(_ => random.Next(6) == 0 ? null : (double?)random.Next(1, 6)).ToArray())
                .ToArray();
            // A short bootstrap: the interval's resampling is not what is under test here.
            AssertFiguresOrReasons(string.Join(" | ", rows.Select(r => string.Join(",", r))), rows, new AlphaBootstrap(Resamples: 50));
        }
    }

    private static void AssertFiguresOrReasons(string table, double?[][] rows, AlphaBootstrap bootstrap)
    {
        var report = ReliabilityReport.Analyse(RatingTables.FromRows(rows), new ReliabilityOptions { Scale = [1, 2, 3, 4, 5], Bootstrap = bootstrap });
        var statistics = report.Icc.All
            .Concat(report.Alpha)
            .Concat(report.Kappa.SelectMany(pair => pair.All))
            .Concat(report.Leniency.Select(rater => rater.MeanDifference))
            .ToList();
        Assert.NotEmpty(statistics);
        Assert.All(statistics, statistic => AssertFigureOrReason(table, statistic));
    }

    private static void AssertFigureOrReason(string table, ReliabilityStatistic statistic)
    {
        var where = $"{table}: {statistic.Form.Name}";
        if (statistic.Estimate is { } estimate)
        {
            Assert.True(double.IsFinite(estimate), $"{where} estimate {estimate}");
            Assert.Null(statistic.NotDefinedReason);
            if (statistic.Interval is { } interval)
            {
                Assert.True(double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper), $"{where} interval {interval}");
                Assert.True(interval.Lower <= estimate + 1e-9 && estimate <= interval.Upper + 1e-9, $"{where} interval {interval} around {estimate}");
            }
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(statistic.NotDefinedReason), $"{where} has neither figure nor reason");
        }
    }
}
