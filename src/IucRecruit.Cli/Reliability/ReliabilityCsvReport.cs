using System.Globalization;
using CsvHelper;
using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Cli.Reliability;

/// <summary>The same report for machines: one row per statistic, numbers unrounded.</summary>
internal static class ReliabilityCsvReport
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<ReliabilityReport> reports)
    {
        await using var csv = CsvWriter.Create(output, null, leaveOpen: true);
        await csv.WriteRecordAsync(["criterion", "section", "statistic", "subject", "estimate", "ci_lower", "ci_upper", "n",
            "description", "source", "ci_method", "verdict", "not_defined_reason", "note"]);
        foreach (var report in reports)
            foreach (var line in ReportLines.Of(report))
            {
                var s = line.Statistic;
                string[] fields =
                [
                    report.Criterion ?? "", line.Section, line.Label, line.Subject ?? "",
                    Number(s.Estimate), Number(s.Interval?.Lower), Number(s.Interval?.Upper), s.N.ToString(CultureInfo.InvariantCulture),
                    s.Form.Description, s.Form.Source, s.Interval?.Method ?? "", line.Verdict?.ToString() ?? "",
                    s.NotDefinedReason ?? "", s.Note ?? "",
                ];
                await csv.WriteRecordAsync(fields);
            }
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
