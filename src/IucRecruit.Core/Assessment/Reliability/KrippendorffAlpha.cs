using MathNet.Numerics.Statistics;

namespace IucRecruit.Core.Assessment.Reliability;

/// <summary>How differences between two scores count as disagreement.</summary>
public enum AlphaMetric
{
    /// <summary>Any difference is a full disagreement: scores are unordered categories.</summary>
    Nominal,
    /// <summary>Ranks matter, and a gap counts by how many scores lie between the two.</summary>
    Ordinal,
    /// <summary>The squared numeric difference: equal steps on the scale are equal.</summary>
    Interval,
    /// <summary>The squared difference relative to the sum: needs a true zero and no negative scores.</summary>
    Ratio,
}

/// <summary>The bootstrap that gives alpha its interval: resample items with replacement
/// <paramref name="Resamples"/> times from a fixed <paramref name="Seed"/>, so the same data always
/// give the same interval (docs/decisions/0016).</summary>
public sealed record AlphaBootstrap(int Resamples = 2000, int Seed = 2011)
{
    public static readonly AlphaBootstrap Default = new();
}

/// <summary>
/// Krippendorff's alpha for any number of raters, with missing scores, computed through the
/// coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
/// Annenberg School for Communication, University of Pennsylvania. Its 95% interval is a percentile
/// bootstrap over items (units), as Zapf et al. (2016), BMC Medical Research Methodology 16:93,
/// recommend for alpha.
/// </summary>
public static class KrippendorffAlpha
{
    private const string Source = "Krippendorff 2011";

    public static StatisticForm Form(AlphaMetric metric) => metric switch
    {
        AlphaMetric.Nominal => new("Krippendorff's alpha, nominal", "any number of raters, missing scores allowed, scores as unordered categories", Source),
        AlphaMetric.Ordinal => new("Krippendorff's alpha, ordinal", "any number of raters, missing scores allowed, scores as ranks", Source),
        AlphaMetric.Interval => new("Krippendorff's alpha, interval", "any number of raters, missing scores allowed, scores as numbers with equal steps", Source),
        AlphaMetric.Ratio => new("Krippendorff's alpha, ratio", "any number of raters, missing scores allowed, scores as amounts with a true zero", Source),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    public static IReadOnlyList<ReliabilityStatistic> ComputeAll(RatingTable table, AlphaBootstrap? bootstrap = null) =>
        Enum.GetValues<AlphaMetric>().Select(metric => Compute(table, metric, bootstrap)).ToList();

    public static ReliabilityStatistic Compute(RatingTable table, AlphaMetric metric, AlphaBootstrap? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        bootstrap ??= AlphaBootstrap.Default;
        var form = Form(metric);
        // Only items scored by at least two raters ("pairable" units) carry information on agreement.
        var units = Enumerable.Range(0, table.Items.Count)
            .Select(item => table.ScoresOf(item).ToArray())
            .Where(scores => scores.Length >= 2)
            .ToArray();
        var unpaired = table.Items.Count - units.Length;
        var note = unpaired == 0 ? null : $"{unpaired} of {table.Items.Count} items left out: scored by fewer than two raters";

        if (table.Raters.Count < 2) return ReliabilityStatistic.NotDefined(form, units.Length, "fewer than two raters", note);
        if (units.Length < 2)
            return ReliabilityStatistic.NotDefined(form, units.Length, "fewer than two items scored by two or more raters", note);
        var values = units.SelectMany(u => u).Distinct().Order().ToArray();
        if (metric == AlphaMetric.Ratio && values[0] < 0)
            return ReliabilityStatistic.NotDefined(form, units.Length, "ratio alpha needs scores of zero or more", note);

        var coincidences = units.Select(unit => UnitCoincidences(unit, values)).ToArray();
        var estimate = Alpha(Sum(coincidences, Enumerable.Range(0, units.Length), values.Length), values, metric);
        if (estimate is null)
            return ReliabilityStatistic.NotDefined(form, units.Length, "no variation: every score is the same", note);

        var (interval, intervalNote) = Interval(coincidences, values, metric, bootstrap);
        return new ReliabilityStatistic(form, estimate, interval, units.Length, Note: Notes.Join(note, intervalNote));
    }

    /// <summary>One unit's entries of the coincidence matrix: each ordered pair of its scores from
    /// different raters, weighted 1/(m − 1) where m is how many raters scored it (Krippendorff 2011, §C).</summary>
    private static (int C, int K, double Weight)[] UnitCoincidences(double[] unit, double[] values)
    {
        var weight = 1.0 / (unit.Length - 1);
        var indexes = unit.Select(v => Array.BinarySearch(values, v)).ToArray();
        var entries = new List<(int, int, double)>(unit.Length * (unit.Length - 1));
        for (var i = 0; i < indexes.Length; i++)
            for (var j = 0; j < indexes.Length; j++)
                if (i != j) entries.Add((indexes[i], indexes[j], weight));
        return [.. entries];
    }

    private static double[,] Sum((int C, int K, double Weight)[][] coincidences, IEnumerable<int> units, int size)
    {
        var matrix = new double[size, size];
        foreach (var unit in units)
            foreach (var (c, k, weight) in coincidences[unit])
                matrix[c, k] += weight;
        return matrix;
    }

    /// <summary>α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, or null when the expected
    /// disagreement is zero (no variation at all).</summary>
    private static double? Alpha(double[,] o, double[] values, AlphaMetric metric)
    {
        var size = values.Length;
        var totals = new double[size];
        for (var c = 0; c < size; c++)
            for (var k = 0; k < size; k++)
                totals[c] += o[c, k];
        var n = totals.Sum();

        double observed = 0, expected = 0;
        for (var c = 0; c < size; c++)
            for (var k = 0; k < size; k++)
            {
                if (c == k) continue;
                var delta = SquaredDifference(c, k, values, totals, metric);
                observed += o[c, k] * delta;
                expected += totals[c] * totals[k] * delta;
            }
        if (expected <= 0) return null;
        return 1 - ((n - 1) * observed / expected);
    }

    /// <summary>The metric differences δ² of Krippendorff (2011), §E.</summary>
    private static double SquaredDifference(int c, int k, double[] values, double[] totals, AlphaMetric metric)
    {
        switch (metric)
        {
            case AlphaMetric.Nominal:
                return 1;
            case AlphaMetric.Ordinal:
                var (low, high) = c < k ? (c, k) : (k, c);
                double between = 0;
                for (var g = low; g <= high; g++) between += totals[g];
                var ranks = between - ((totals[c] + totals[k]) / 2);
                return ranks * ranks;
            case AlphaMetric.Interval:
                return (values[c] - values[k]) * (values[c] - values[k]);
            default:
                var sum = values[c] + values[k];
                return sum == 0 ? 0 : ((values[c] - values[k]) / sum) * ((values[c] - values[k]) / sum);
        }
    }

    private static (ConfidenceInterval Interval, string? Note) Interval(
        (int C, int K, double Weight)[][] coincidences, double[] values, AlphaMetric metric, AlphaBootstrap bootstrap)
    {
        var random = new Random(bootstrap.Seed);
        var units = coincidences.Length;
        var estimates = new List<double>(bootstrap.Resamples);
        for (var sample = 0; sample < bootstrap.Resamples; sample++)
        {
            var drawn = Enumerable.Range(0, units).Select(_ => random.Next(units));
            if (Alpha(Sum(coincidences, drawn, values.Length), values, metric) is { } alpha) estimates.Add(alpha);
        }

        // A resample has no alpha only if every item drawn is constant with one same score. With
        // any item on which raters differ that happens at most about e⁻¹ of the time; without
        // one, every resample that has an alpha has alpha = 1, as the estimate does.
        var skipped = bootstrap.Resamples - estimates.Count;
        var skippedNote = skipped == 0 ? null : $"{skipped} of {bootstrap.Resamples} bootstrap resamples had no variation and were left out";
        var lowerTail = (1 - ConfidenceInterval.Level) / 2;
        var interval = new ConfidenceInterval(
            Statistics.QuantileCustom(estimates, lowerTail, QuantileDefinition.R7),
            Statistics.QuantileCustom(estimates, 1 - lowerTail, QuantileDefinition.R7),
            $"percentile bootstrap over items, {bootstrap.Resamples} resamples, seed {bootstrap.Seed} (Zapf et al. 2016)");
        return (interval, skippedNote);
    }
}
