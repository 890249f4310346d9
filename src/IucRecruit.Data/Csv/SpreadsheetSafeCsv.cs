using System.Globalization;
using CsvHelper;

namespace IucRecruit.Data.Csv;

/// <summary>
/// The options of every CSV file the product writes. People open these files in Excel, and a text
/// cell that starts with <c>= + - @</c>, tab or CR (a stage-change reason, a staff name, a rater's
/// name, all typed by someone) would run there as a formula (OWASP "CSV injection"). CsvHelper puts
/// an apostrophe before such text, which Excel reads as "this cell is text". It leaves numbers
/// alone, so writers must pass numbers as numbers (or say a text is one with
/// <see cref="WriteNumberText"/>) for <c>-5</c> to stay a number.
/// </summary>
public static class SpreadsheetSafeCsv
{
    public static readonly CsvWriterOptions Options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
    };

    /// <summary>Writes a cell that holds a number already formatted as text (a table's cells are
    /// text so that the page and the CSV show the same digits). A decimal keeps the scale it was
    /// parsed with ("5.0" stays "5.0"), so writing the parsed decimal gives the same digits as a
    /// number, which the formula guard leaves alone; anything else (a word such as "suppressed")
    /// is written, and protected, as text.</summary>
    public static void WriteNumberText(this CsvWriter csv, string cell)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number.ToString(CultureInfo.InvariantCulture) == cell)
            csv.WriteField(number);
        else
            csv.WriteField(cell);
    }
}
