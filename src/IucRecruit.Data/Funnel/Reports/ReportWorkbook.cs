using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace IucRecruit.Data.Funnel.Reports;

/// <summary>
/// A <see cref="ReportTable"/> as an .xlsx workbook of one sheet, the same cells as its CSV: the
/// header row, then the rows, numbers in numeric columns as numbers so that Excel can add them up.
/// Every other cell is an inline string, which Excel shows as typed and never evaluates, so a cell
/// that starts with = + - or @ (a name, a reason someone typed) cannot become a formula
/// (docs/decisions/0047). No cell is ever written with a formula.
/// </summary>
public static class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ReportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Columns.Select((value, c) => TextCell(Reference(c, 1), value))));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var line = (uint)r + 2;
                var cells = table.Rows[r].Select((value, c) =>
                    table.Numeric[c] && Number(value) is { } n ? NumberCell(Reference(c, line), n) : TextCell(Reference(c, line), value));
                data.Append(Row(line, cells));
            }
            sheet.Worksheet = new Worksheet(data);
            // Sheet names are at most 31 characters; the table's name is short and safe.
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = table.Name }));
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<SheetCell> cells)
    {
        var row = new Row { RowIndex = index };
        row.Append(cells);
        return row;
    }

    /// <summary>"B7" for column 1 (from 0) of row 7.</summary>
    private static string Reference(int column, uint row)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static SheetCell TextCell(string reference, string value) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlSafe(value)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static SheetCell NumberCell(string reference, double value) => new()
    {
        CellReference = reference,
        DataType = CellValues.Number,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    /// <summary>The cells' numbers are written invariantly (<see cref="Reports.Cell"/>); an empty cell or
    /// "suppressed" stays text.</summary>
    private static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>XML cannot hold most control characters; a pasted one would make the workbook unreadable.</summary>
    private static string XmlSafe(string value) =>
        value.All(XmlConvert.IsXmlChar) ? value : new string(value.Where(XmlConvert.IsXmlChar).ToArray());
}
