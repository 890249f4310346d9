using MathNet.Numerics.Distributions;

namespace IucRecruit.Core.Assessment.Reliability;

public enum LeniencyVerdict
{
    /// <summary>The 95% interval of the mean difference includes zero.</summary>
    InLine,
    /// <summary>Scores higher than peers or the reference: the whole interval is above zero.</summary>
    Lenient,
    /// <summary>Scores lower than peers or the reference: the whole interval is below zero.</summary>
    Severe,
    /// <summary>Fewer than two items to compare, so there is no interval.</summary>
    NotEnoughData,
}

/// <summary>One rater's mean difference from peers or from the reference, and what it says.</summary>
public sealed record RaterLeniency(string Rater, ReliabilityStatistic MeanDifference, LeniencyVerdict Verdict);

/// <summary>
/// Leniency and severity: for each item a rater scored, their score minus the mean of the other
/// raters' scores on that item (or minus the reference score), averaged over items, with a
/// Student-t 95% interval on those differences. A rater is flagged when the interval excludes zero.
/// </summary>
public static class Leniency
{
    public static readonly StatisticForm AgainstPeersForm = new("Mean difference from peers",
        "the rater's score minus the mean of the other raters' scores on the same item, averaged over items",
        "paired differences, Student's t interval");

    public static readonly StatisticForm AgainstReferenceForm = new("Mean difference from reference",
        "the rater's score minus the reference score of the same item, averaged over items",
        "paired differences, Student's t interval");

    public static IReadOnlyList<RaterLeniency> AgainstPeers(RatingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Enumerable.Range(0, table.Raters.Count).Select(rater =>
        {
            var differences = new List<double>();
            for (var item = 0; item < table.Items.Count; item++)
            {
                if (table.Score(item, rater) is not { } own) continue;
                var peers = Enumerable.Range(0, table.Raters.Count)
                    .Where(other => other != rater)
                    .Select(other => table.Score(item, other))
                    .OfType<double>()
                    .ToList();
                if (peers.Count > 0) differences.Add(own - peers.Average());
            }
            return Judge(table.Raters[rater], AgainstPeersForm, differences, "no item scored by this rater and another");
        }).ToList();
    }

    /// <param name="reference">The reference (expert) score per item; items without one are not compared.</param>
    public static IReadOnlyList<RaterLeniency> AgainstReference(RatingTable table, IReadOnlyDictionary<string, double> reference)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(reference);
        return Enumerable.Range(0, table.Raters.Count).Select(rater =>
        {
            var differences = Enumerable.Range(0, table.Items.Count)
                .Where(item => table.Score(item, rater) is not null && reference.ContainsKey(table.Items[item]))
                .Select(item => table.Score(item, rater)!.Value - reference[table.Items[item]])
                .ToList();
            return Judge(table.Raters[rater], AgainstReferenceForm, differences, "no item scored by this rater has a reference score");
        }).ToList();
    }

    private static RaterLeniency Judge(string rater, StatisticForm form, List<double> differences, string noData)
    {
        var n = differences.Count;
        if (n == 0) return new RaterLeniency(rater, ReliabilityStatistic.NotDefined(form, 0, noData), LeniencyVerdict.NotEnoughData);
        var mean = differences.Average();
        if (n == 1)
            return new RaterLeniency(rater,
                new ReliabilityStatistic(form, mean, null, 1, Note: "one item: no interval"), LeniencyVerdict.NotEnoughData);

        var sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (n - 1));
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - ConfidenceInterval.Level) / 2));
        var halfWidth = t * sd / Math.Sqrt(n);
        var interval = new ConfidenceInterval(mean - halfWidth, mean + halfWidth, $"Student's t with {n - 1} degrees of freedom");
        var verdict = !interval.Excludes(0) ? LeniencyVerdict.InLine : mean > 0 ? LeniencyVerdict.Lenient : LeniencyVerdict.Severe;
        return new RaterLeniency(rater, new ReliabilityStatistic(form, mean, interval, n), verdict);
    }
}
