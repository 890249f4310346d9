using System.Globalization;
using CsvHelper;
using IucRecruit.Core.Time;
using IucRecruit.Data.Csv;

namespace IucRecruit.Web.Features.StaffRecords;

/// <summary>A person's sessions as a CSV file for their appraisal, through the product's spreadsheet-safe
/// writer (a scenario title is text someone wrote: a formula in it must stay text in Excel).</summary>
public static class StaffSessionsCsv
{
    public static async Task<byte[]> WriteAsync(IReadOnlyList<StaffSession> sessions, CancellationToken cancellationToken)
    {
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, SpreadsheetSafeCsv.Options, true))
        {
            foreach (var column in new[] { "Date (UK)", "Time (UK)", "Scenario", "Minutes", "Role" }) csv.WriteField(column);
            await csv.EndRecordAsync(cancellationToken);
            foreach (var session in sessions)
            {
                var uk = UkTime.ToUk(session.AnsweredUtc);
                csv.WriteField(uk.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(uk.ToString("HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(session.Scenario);
                csv.WriteField(session.Minutes);
                csv.WriteField(session.Role.DisplayName());
                await csv.EndRecordAsync(cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
        }
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }
}
