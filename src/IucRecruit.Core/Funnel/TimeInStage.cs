namespace IucRecruit.Core.Funnel;

/// <summary>How many candidates spent a number of whole days in a stage before moving on.</summary>
public sealed record StageDurationCount(FunnelStage Stage, int Days, long Count);

/// <summary>Time in a stage among those who moved on from it (those still there, or whose journey
/// ended there, would bias it); median and 90th percentile in days, null when nobody moved on.</summary>
public sealed record TimeInStageRow(FunnelStage Stage, long MovedOn, double? MedianDays, double? Percentile90Days);

public static class TimeInStage
{
    public static IReadOnlyList<TimeInStageRow> Compute(IEnumerable<StageDurationCount> durations, StageSet stagesShown)
    {
        var byStage = durations.GroupBy(d => d.Stage).ToDictionary(g => g.Key, g => g.Select(d => (Value: (double)d.Days, d.Count)).ToList());
        return stagesShown.Stages()
            .Select(stage =>
            {
                var histogram = byStage.GetValueOrDefault(stage) ?? [];
                return new TimeInStageRow(stage, histogram.Sum(h => h.Count),
                    Quantiles.FromCounts(histogram, 0.5), Quantiles.FromCounts(histogram, 0.9));
            })
            .ToList();
    }
}

/// <summary>Sample quantiles of counted values by Hyndman and Fan's definition 7 (Hyndman R J,
/// Fan Y. Sample quantiles in statistical packages. The American Statistician 1996;50:361–365):
/// linear interpolation between order statistics, the default of R and of spreadsheet PERCENTILE.</summary>
public static class Quantiles
{
    public static double? FromCounts(IEnumerable<(double Value, long Count)> counted, double probability)
    {
        if (probability is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(probability));
        var sorted = counted.Where(c => c.Count > 0).OrderBy(c => c.Value).ToList();
        var n = sorted.Sum(c => c.Count);
        if (n == 0) return null;
        var h = (n - 1) * probability; // zero-based position among the sorted values
        var lower = (long)Math.Floor(h);
        return ValueAt(sorted, lower) + (h - lower) * (ValueAt(sorted, Math.Min(lower + 1, n - 1)) - ValueAt(sorted, lower));
    }

    private static double ValueAt(List<(double Value, long Count)> sorted, long index)
    {
        foreach (var (value, count) in sorted)
        {
            if (index < count) return value;
            index -= count;
        }
        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
