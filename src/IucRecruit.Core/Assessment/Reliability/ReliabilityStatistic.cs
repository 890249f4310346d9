namespace IucRecruit.Core.Assessment.Reliability;

/// <summary>
/// Which statistic this is, said in full so that a screen or report can name it: a short name
/// ("ICC(2,1)"), what it measures in words, and the published source of its formula.
/// </summary>
public sealed record StatisticForm(string Name, string Description, string Source)
{
    public override string ToString() => $"{Name}: {Description} ({Source})";
}

/// <summary>A 95% confidence interval and how it was obtained.</summary>
public sealed record ConfidenceInterval(double Lower, double Upper, string Method)
{
    public const double Level = 0.95;

    public bool Excludes(double value) => value < Lower || value > Upper;
}

/// <summary>
/// One computed statistic. Degenerate data (one rater, no variation, too few items) never gives
/// NaN or an exception: the statistic is then not defined and <see cref="NotDefinedReason"/> says
/// why in plain words.
/// </summary>
/// <param name="N">How many items (units) the statistic was computed on.</param>
/// <param name="Note">Anything a reader must know to interpret it (items left out, why there is no
/// interval).</param>
public sealed record ReliabilityStatistic(
    StatisticForm Form,
    double? Estimate,
    ConfidenceInterval? Interval,
    int N,
    string? NotDefinedReason = null,
    string? Note = null)
{
    public bool IsDefined => Estimate is not null;

    internal static ReliabilityStatistic NotDefined(StatisticForm form, int n, string reason, string? note = null) =>
        new(form, null, null, n, reason, note);
}

/// <summary>Notes on a statistic are joined into one sentence-like line.</summary>
internal static class Notes
{
    public static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}; {second}";
}
