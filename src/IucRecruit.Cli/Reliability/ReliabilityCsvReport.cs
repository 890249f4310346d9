using System.Globalization;
using CsvHelper;
using IucRecruit.Core.Assessment.Reliability;
using IucRecruit.Data.Csv;

namespace IucRecruit.Cli.Reliability;

/// <summary>The same report for machines: one row per statistic, numbers unrounded.</summary>
internal static class ReliabilityCsvReport
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<ReliabilityReport> reports)
    {
        await using var csv = CsvWriter.Create(output, SpreadsheetSafeCsv.Options, leaveOpen: true);
        await csv.WriteRecordAsync(["criterion", "section", "statistic", "subject", "estimate", "ci_lower", "ci_upper", "n",
            "description", "source", "ci_method", "verdict", "not_defined_reason", "note"]);
        foreach (var report in reports)
            foreach (var line in ReportLines.Of(report))
            {
                var s = line.Statistic;
                foreach (var text in new[] { report.Criterion ?? "", line.Section, line.Label, line.Subject ?? "" }) csv.WriteField(text);
                // Numbers as numbers (shortest round-trip text), so the formula guard leaves "-0.427" alone.
                csv.WriteField(s.Estimate);
                csv.WriteField(s.Interval?.Lower);
                csv.WriteField(s.Interval?.Upper);
                csv.WriteField(s.N);
                await csv.WriteRecordAsync([s.Form.Description, s.Form.Source, s.Interval?.Method ?? "", line.Verdict?.ToString() ?? "",
                    s.NotDefinedReason ?? "", s.Note ?? ""]);
            }
    }
}
