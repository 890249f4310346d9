namespace IucRecruit.Core.Assessment.Reliability;

/// <summary>What the caller knows beyond the scores themselves.</summary>
public sealed record ReliabilityOptions
{
    /// <summary>The rubric's scale points (e.g. 1, 2, 3, 4, 5), so that kappa's categories and
    /// weights follow the scale rather than only the scores that happen to occur.</summary>
    public IReadOnlyList<double>? Scale { get; init; }

    /// <summary>An expert's reference score per item: leniency is then measured against it
    /// instead of against peers.</summary>
    public IReadOnlyDictionary<string, double>? Reference { get; init; }

    public AlphaBootstrap Bootstrap { get; init; } = AlphaBootstrap.Default;
}

/// <summary>Every agreement statistic for one set of items scored on one criterion.</summary>
/// <param name="Criterion">The rubric criterion, or null when the scores are not split by criterion.</param>
/// <param name="Missing">Item × rater cells with no score.</param>
public sealed record ReliabilityReport(
    string? Criterion,
    int Items,
    int Raters,
    int Scores,
    int Missing,
    IccResults Icc,
    IReadOnlyList<ReliabilityStatistic> Alpha,
    IReadOnlyList<PairwiseKappa> Kappa,
    IReadOnlyList<RaterLeniency> Leniency)
{
    public static ReliabilityReport Analyse(RatingTable table, ReliabilityOptions? options = null, string? criterion = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new ReliabilityOptions();
        return new ReliabilityReport(
            criterion,
            table.Items.Count,
            table.Raters.Count,
            table.ScoredCount,
            table.MissingCount,
            IntraclassCorrelation.Compute(table),
            KrippendorffAlpha.ComputeAll(table, options.Bootstrap),
            CohenKappa.ForEachPair(table, options.Scale),
            options.Reference is null
                ? Reliability.Leniency.AgainstPeers(table)
                : Reliability.Leniency.AgainstReference(table, options.Reference));
    }
}
