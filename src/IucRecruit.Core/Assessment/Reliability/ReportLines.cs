namespace IucRecruit.Core.Assessment.Reliability;

/// <summary>One line of a report: a statistic of a section, about one subject (a pair of raters,
/// a rater) or about all of them.</summary>
public sealed record ReportLine(string Section, string Label, string? Subject, ReliabilityStatistic Statistic, LeniencyVerdict? Verdict = null);

/// <summary>Flattens a <see cref="ReliabilityReport"/> into the lines every report prints (the
/// CLI's text and CSV, the calibration pages), in the order a reader needs them.</summary>
public static class ReportLines
{
    public const string Icc = "Intraclass correlation";
    public const string Alpha = "Krippendorff's alpha";
    public const string Kappa = "Cohen's kappa, each pair of raters";
    public const string Leniency = "Leniency and severity";

    public static IEnumerable<ReportLine> Of(ReliabilityReport report) => Sections(report).SelectMany(section => section.Lines);

    /// <summary>The four sections, each present even when empty (no pairs with one rater).</summary>
    public static IEnumerable<(string Title, IReadOnlyList<ReportLine> Lines)> Sections(ReliabilityReport report)
    {
        yield return (Icc, [.. report.Icc.All.Select(icc => new ReportLine(Icc, icc.Form.Name, null, icc))]);
        yield return (Alpha, [.. report.Alpha.Select(alpha => new ReportLine(Alpha, alpha.Form.Name, null, alpha))]);
        yield return (Kappa, [.. report.Kappa.SelectMany(pair => pair.All.Select(kappa =>
            new ReportLine(Kappa, kappa.Form.Name, $"{pair.FirstRater} vs {pair.SecondRater}", kappa)))]);
        yield return (Leniency, [.. report.Leniency.Select(rater =>
            new ReportLine(Leniency, rater.MeanDifference.Form.Name, rater.Rater, rater.MeanDifference, rater.Verdict))]);
    }
}
