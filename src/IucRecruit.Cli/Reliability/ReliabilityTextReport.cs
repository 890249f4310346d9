using System.Globalization;
using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Cli.Reliability;

/// <summary>
/// The report for people: per criterion, a section per kind of statistic, with aligned columns
/// (statistic, estimate, 95% interval, n) and each statistic's form named in full beside it.
/// </summary>
internal static class ReliabilityTextReport
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<ReliabilityReport> reports)
    {
        foreach (var report in reports)
        {
            await output.WriteLineAsync(report.Criterion is null ? "All scores" : $"Criterion: {report.Criterion}");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{Count(report.Items, "item")}, {Count(report.Raters, "rater")}, {Count(report.Scores, "score")}, {report.Missing} missing"));
            foreach (var (title, lines) in ReportLines.Sections(report))
                await WriteSectionAsync(output, title, lines);
            await output.WriteLineAsync();
        }
    }

    private static async Task WriteSectionAsync(TextWriter output, string title, IReadOnlyList<ReportLine> lines)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync(title);
        if (lines.Count == 0)
        {
            await output.WriteLineAsync("  none: fewer than two raters");
            return;
        }

        var rows = lines.Select(line => new[]
        {
            line.Subject is null ? line.Label : $"{line.Label} ({line.Subject})",
            line.Statistic.Estimate is { } value ? Signed(value, line) : "not defined",
            line.Statistic.Interval is { } ci ? $"[{Formats.Estimate(ci.Lower)}, {Formats.Estimate(ci.Upper)}]" : "",
            line.Statistic.N.ToString(CultureInfo.InvariantCulture),
            Describe(line),
        }).Prepend(["Statistic", "Estimate", "95% CI", "n", "Form"]).ToList();
        var widths = Enumerable.Range(0, 4).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
            await output.WriteLineAsync(
                $"  {row[0].PadRight(widths[0])}  {row[1].PadLeft(widths[1])}  {row[2].PadRight(widths[2])}  {row[3].PadLeft(widths[3])}  {row[4]}".TrimEnd());

        var methods = lines.Where(l => l.Statistic.Interval is not null).GroupBy(l => l.Statistic.Interval!.Method).ToList();
        foreach (var method in methods)
        {
            // Name the statistics only where a section mixes methods (ICC(2,·) differs from the rest).
            var which = methods.Count == 1 ? "" : $" of {string.Join(", ", method.Select(l => l.Label).Distinct())}";
            await output.WriteLineAsync($"  95% CI{which}: {method.Key}");
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>Leniency reads best with its sign: +0.5 is half a point above peers.</summary>
    private static string Signed(double value, ReportLine line) =>
        line.Verdict is not null && value > 0 ? $"+{Formats.Estimate(value)}" : Formats.Estimate(value);

    private static string Describe(ReportLine line)
    {
        var statistic = line.Statistic;
        var text = $"{statistic.Form.Description} ({statistic.Form.Source})";
        if (line.Verdict is { } verdict && statistic.IsDefined) text = $"{Verdict(verdict)}; {text}";
        if (statistic.NotDefinedReason is { } reason) text = $"not defined: {reason}; {text}";
        return statistic.Note is { } note ? $"{text}. Note: {note}" : text;
    }

    private static string Verdict(LeniencyVerdict verdict) => verdict switch
    {
        LeniencyVerdict.Lenient => "LENIENT (interval above zero)",
        LeniencyVerdict.Severe => "SEVERE (interval below zero)",
        LeniencyVerdict.InLine => "in line (interval includes zero)",
        _ => "too few items to judge",
    };
}
