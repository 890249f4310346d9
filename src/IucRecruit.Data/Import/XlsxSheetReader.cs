using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IucRecruit.Data.Import;

/// <summary>
/// Reads one sheet of an .xlsx workbook (the first, or the one named) as the records of an import
/// file, with OpenXml's streaming reader so that a large sheet is not loaded whole. The first row
/// with anything in it is the header; rows keep the numbers Excel shows, so a problem's row is the
/// row the user finds. Cells read as a person sees them: shared and inline text, numbers in
/// invariant form, and dates (numbers in a date format) as yyyy-MM-dd.
/// </summary>
public static class XlsxSheetReader
{
    public static ImportTable Read(Stream stream, string? sheetName, ImportColumns columns)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            return ImportTable.Failed(new ImportError(0, "(file)", "", $"an .xlsx workbook that opens ({ex.Message})"));
        }
        using (document)
        {
            if (document.WorkbookPart?.Workbook.Sheets is not { } sheets)
                return ImportTable.Failed(new ImportError(0, "(file)", "", "an .xlsx workbook with a sheet"));
            var all = sheets.Elements<Sheet>().ToList();
            var sheet = sheetName is null
                ? all.FirstOrDefault()
                : all.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
            if (sheet?.Id?.Value is not { } id || document.WorkbookPart.GetPartById(id) is not WorksheetPart part)
            {
                return ImportTable.Failed(new ImportError(0, "sheet", sheetName ?? "",
                    $"the name of one of the workbook's sheets: {string.Join(", ", all.Select(s => s.Name?.Value))}"));
            }
            var cells = new CellText(document.WorkbookPart);
            var rows = ReadRows(part, cells).ToList();
            if (rows.Count == 0) return ImportTable.Build([], [], columns);
            var header = rows[0];
            // A row may stop at its last filled cell, or run past the header with empty ones.
            var records = rows.Skip(1).Select(r => new FileRecord(r.Line, Fit(r.Cells, header.Cells.Count)));
            return ImportTable.Build(header.Cells, records, columns);
        }
    }

    private static List<string> Fit(IReadOnlyList<string> cells, int width)
    {
        var last = cells.Count;
        while (last > width && cells[last - 1].Length == 0) last--;
        return last >= width ? cells.Take(last).ToList() : [.. cells, .. Enumerable.Repeat("", width - last)];
    }

    /// <summary>The rows with any cell filled, in order, each with its cells placed by column letter.</summary>
    private static IEnumerable<FileRecord> ReadRows(WorksheetPart part, CellText cells)
    {
        using var reader = OpenXmlReader.Create(part);
        long previous = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var line = row.RowIndex?.Value ?? previous + 1;
            previous = line;
            var values = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
                while (values.Count < column) values.Add("");
                values.Add(cells.Of(cell));
            }
            if (values.Any(v => v.Length > 0)) yield return new FileRecord(line, values);
        }
    }

    /// <summary>"C12" is column 2 (counting from 0).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }

    /// <summary>What a cell shows, as text.</summary>
    private sealed class CellText(WorkbookPart workbook)
    {
        private readonly List<string> shared =
            workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(Text).ToList() ?? [];

        private readonly HashSet<uint> dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);

        public string Of(Cell cell)
        {
            var raw = cell.CellValue?.Text ?? "";
            if (cell.DataType?.Value is { } type)
            {
                if (type == CellValues.SharedString)
                    return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
                if (type == CellValues.InlineString) return cell.InlineString is { } inline ? Text(inline) : "";
                if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
                if (type == CellValues.Date) return raw.Length > 10 && raw[10..] is "T00:00:00" or "T00:00:00Z" ? raw[..10] : raw; // ISO 8601
                if (type != CellValues.Number) return raw; // a formula's text result or an error such as #N/A
            }
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)) return DateText(number);
            return number.ToString("R", CultureInfo.InvariantCulture);
        }

        /// <summary>A date with no time as 2026-03-31; with a time, in full, so that a date column
        /// reports it rather than silently dropping the hour.</summary>
        private static string DateText(double serial)
        {
            var when = DateTime.FromOADate(serial);
            return when.TimeOfDay == TimeSpan.Zero
                ? when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : when.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }

        /// <summary>Text runs only: phonetic guides (rPh) are not part of what the cell says.</summary>
        private static string Text(OpenXmlElement item) =>
            item.Elements<Text>().Any()
                ? string.Concat(item.Elements<Text>().Select(t => t.Text))
                : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

        /// <summary>The cell styles that show a number as a date: the built-in date formats (ECMA-376
        /// part 1, 18.8.30: ids 14-22 and 45-47) and custom formats with a day or year in them.</summary>
        private static HashSet<uint> DateStyles(Stylesheet? styles)
        {
            var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null && IsDateFormat(f.FormatCode?.Value ?? ""))
                .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
            var formats = styles?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
            return Enumerable.Range(0, formats.Count)
                .Where(i => formats[i].NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.Contains(id)))
                .Select(i => (uint)i).ToHashSet();
        }

        private static bool IsDateFormat(string code)
        {
            // Quoted text and [colour] or [$-locale] sections are not date parts.
            var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "");
            return bare.Any(c => c is 'd' or 'D' or 'y' or 'Y');
        }
    }
}
