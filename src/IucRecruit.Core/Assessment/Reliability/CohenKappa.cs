using System.Globalization;
using MathNet.Numerics.Distributions;

namespace IucRecruit.Core.Assessment.Reliability;

public enum KappaWeighting
{
    /// <summary>Only exact agreement counts (Cohen 1960).</summary>
    Unweighted,
    /// <summary>Partial credit falling in proportion to the distance between the two scores.</summary>
    Linear,
    /// <summary>Partial credit falling with the square of the distance (Fleiss &amp; Cohen 1973).</summary>
    Quadratic,
}

/// <summary>Cohen's kappa, unweighted and weighted, for one pair of raters.</summary>
public sealed record PairwiseKappa(
    string FirstRater,
    string SecondRater,
    ReliabilityStatistic Unweighted,
    ReliabilityStatistic Linear,
    ReliabilityStatistic Quadratic)
{
    public IEnumerable<ReliabilityStatistic> All => [Unweighted, Linear, Quadratic];
}

/// <summary>
/// Cohen's kappa for two raters (Cohen 1960; weighted: Cohen 1968), with the large-sample standard
/// error of Fleiss, Cohen &amp; Everitt (1969), "Large sample standard errors of kappa and weighted
/// kappa", Psychological Bulletin 72(5), 323–327, and a Wald 95% interval.
/// </summary>
public static class CohenKappa
{
    private const string Source = "Fleiss, Cohen & Everitt 1969";

    public static StatisticForm Form(KappaWeighting weighting) => weighting switch
    {
        KappaWeighting.Unweighted => new("Cohen's kappa", "two raters, exact agreement only", $"Cohen 1960; {Source}"),
        KappaWeighting.Linear => new("Cohen's kappa, linear weights", "two raters, partial credit by distance between scores", $"Cohen 1968; {Source}"),
        KappaWeighting.Quadratic => new("Cohen's kappa, quadratic weights", "two raters, partial credit by squared distance between scores", $"Cohen 1968; {Source}"),
        _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, null),
    };

    /// <summary>Kappa for every pair of raters in the table: with more than two raters, Cohen's
    /// kappa is reported for each pair rather than averaged (docs/decisions/0015).</summary>
    public static IReadOnlyList<PairwiseKappa> ForEachPair(RatingTable table, IReadOnlyList<double>? scale = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var pairs = new List<PairwiseKappa>();
        for (var first = 0; first < table.Raters.Count; first++)
            for (var second = first + 1; second < table.Raters.Count; second++)
                pairs.Add(ForRaters(table, first, second, scale));
        return pairs;
    }

    /// <summary>Kappa for two raters (indexes into <see cref="RatingTable.Raters"/>), on the items
    /// both scored.</summary>
    public static PairwiseKappa ForRaters(RatingTable table, int first, int second, IReadOnlyList<double>? scale = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var pairs = Enumerable.Range(0, table.Items.Count)
            .Where(item => table.Score(item, first) is not null && table.Score(item, second) is not null)
            .Select(item => (table.Score(item, first)!.Value, table.Score(item, second)!.Value))
            .ToList();
        return new PairwiseKappa(table.Raters[first], table.Raters[second],
            Compute(pairs, KappaWeighting.Unweighted, scale),
            Compute(pairs, KappaWeighting.Linear, scale),
            Compute(pairs, KappaWeighting.Quadratic, scale));
    }

    /// <summary>
    /// Kappa on paired scores (one pair per item). The categories are the points of
    /// <paramref name="scale"/> when given, otherwise the distinct scores observed. Weights use
    /// the distance between score values over the scale's range, so on an evenly spaced scale
    /// they are Cohen's linear and Fleiss–Cohen quadratic weights.
    /// </summary>
    public static ReliabilityStatistic Compute(IReadOnlyList<(double First, double Second)> pairs, KappaWeighting weighting,
        IReadOnlyList<double>? scale = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var form = Form(weighting);
        var n = pairs.Count;
        if (n < 2) return ReliabilityStatistic.NotDefined(form, n, "fewer than two items scored by both raters");

        var categories = (scale ?? pairs.SelectMany(p => new[] { p.First, p.Second }).ToList()).Distinct().Order().ToArray();
        var index = categories.Select((value, i) => (value, i)).ToDictionary(c => c.value, c => c.i);
        var offScale = pairs.SelectMany(p => new[] { p.First, p.Second }).FirstOrDefault(v => !index.ContainsKey(v), double.NaN);
        if (!double.IsNaN(offScale))
            return ReliabilityStatistic.NotDefined(form, n,
                $"score {Format(offScale)} is not on the scale ({string.Join(", ", categories.Select(Format))})");

        var k = categories.Length;
        if (k < 2)
            return ReliabilityStatistic.NotDefined(form, n, $"no variation: every score is {Format(categories[0])}");
        var p = new double[k, k];
        foreach (var (first, second) in pairs) p[index[first], index[second]] += 1.0 / n;
        var rows = new double[k];
        var columns = new double[k];
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
            {
                rows[i] += p[i, j];
                columns[j] += p[i, j];
            }

        var w = Weights(categories, weighting);
        double observed = 0, chance = 0;
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
            {
                observed += w[i, j] * p[i, j];
                chance += w[i, j] * rows[i] * columns[j];
            }
        if (chance > 1 - 1e-12)
            return ReliabilityStatistic.NotDefined(form, n,
                "no variation: both raters gave every item the same score, so chance agreement is already complete");

        var kappa = (observed - chance) / (1 - chance);
        var standardError = Math.Sqrt(Variance(p, w, rows, columns, kappa, chance, n));
        var z = Normal.InvCDF(0, 1, 1 - ((1 - ConfidenceInterval.Level) / 2));
        var interval = new ConfidenceInterval(
            Math.Max(-1, kappa - (z * standardError)), Math.Min(1, kappa + (z * standardError)),
            $"kappa ± 1.96 × large-sample standard error ({Source}), limited to [−1, 1]");
        return new ReliabilityStatistic(form, kappa, interval, n);
    }

    /// <summary>Agreement weights: 1 on the diagonal, falling to 0 for the two ends of the scale.</summary>
    private static double[,] Weights(double[] categories, KappaWeighting weighting)
    {
        var k = categories.Length;
        var range = categories[^1] - categories[0];
        var w = new double[k, k];
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
            {
                var distance = Math.Abs(categories[i] - categories[j]) / range;
                w[i, j] = weighting switch
                {
                    KappaWeighting.Unweighted => i == j ? 1 : 0,
                    KappaWeighting.Linear => 1 - distance,
                    _ => 1 - (distance * distance),
                };
            }
        return w;
    }

    /// <summary>The large-sample (non-null) variance of Fleiss, Cohen &amp; Everitt (1969), eq. 10
    /// (weighted; the unweighted case is the identity weight matrix).</summary>
    private static double Variance(double[,] p, double[,] w, double[] rows, double[] columns, double kappa, double chance, int n)
    {
        var k = rows.Length;
        var rowWeight = new double[k];
        var columnWeight = new double[k];
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
            {
                rowWeight[i] += columns[j] * w[i, j];
                columnWeight[j] += rows[i] * w[i, j];
            }

        double sum = 0;
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
            {
                var term = w[i, j] - ((rowWeight[i] + columnWeight[j]) * (1 - kappa));
                sum += p[i, j] * term * term;
            }
        var correction = kappa - (chance * (1 - kappa));
        // Rounding can leave a tiny negative number when agreement is perfect.
        return Math.Max(0, (sum - (correction * correction)) / (n * (1 - chance) * (1 - chance)));
    }

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
