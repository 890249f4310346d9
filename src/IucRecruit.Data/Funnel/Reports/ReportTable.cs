using System.Globalization;
using CsvHelper;
using IucRecruit.Data.Csv;

namespace IucRecruit.Data.Funnel.Reports;

/// <summary>A table of the dashboard as its cells read: the page shows these cells and the CSV and
/// .xlsx downloads write the same ones (<see cref="ReportWorkbook"/>), so they can never disagree.</summary>
/// <param name="Name">The table's id in URLs and file names (funnel, retention, …).</param>
/// <param name="Numeric">Which columns hold numbers (aligned right on the page).</param>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<bool> Numeric,
    IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public async Task WriteCsvAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(writer, SpreadsheetSafeCsv.Options, true);
        foreach (var column in Columns) csv.WriteField(column);
        await csv.EndRecordAsync(cancellationToken);
        foreach (var row in Rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (Numeric[i]) csv.WriteNumberText(row[i]);
                else csv.WriteField(row[i]);
            }
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <param name="extension">csv or xlsx.</param>
    public string FileName(FunnelFilter filter, string extension = "csv") =>
        $"iucrecruit-{Name}{(filter.FromMonth is null ? "" : "-from-" + FunnelFilter.FormatMonth(filter.FromMonth))}" +
        $"{(filter.ToMonth is null ? "" : "-to-" + FunnelFilter.FormatMonth(filter.ToMonth))}.{extension}";
}

/// <summary>How numbers are written in every table: the same on the page, in CSV and in exports.</summary>
public static class Cell
{
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("F1", CultureInfo.InvariantCulture) : "";

    public static string Days(double? days) => days is { } d ? d.ToString("F1", CultureInfo.InvariantCulture) : "";

    public static string Fixed(double? value, int places) =>
        value is { } v ? v.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "";

    public const string Suppressed = "suppressed";
}
