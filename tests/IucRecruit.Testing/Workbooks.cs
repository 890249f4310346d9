using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IucRecruit.Testing;

/// <summary>
/// Builds .xlsx workbooks the way Excel saves them, for import tests: text in the shared string
/// table, dates as serial numbers in a date format (built-in number format 14, which Excel uses for
/// a typed date), numbers as numbers, rows placed by their row number so that gaps stay gaps.
/// And reads back what a workbook holds, cell by cell, for export tests.
/// </summary>
public static class Workbooks
{
    /// <summary>A sheet: its name and its rows, each (row number, cells); a cell is a string, a
    /// <see cref="DateOnly"/>, a number or null (no cell at all).</summary>
    public sealed record SheetRows(string Name, IReadOnlyList<(uint Row, object?[] Cells)> Rows);

    public static MemoryStream Build(params SheetRows[] sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var strings = new List<string>();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var (number, cells) in sheet.Rows)
                {
                    var row = new Row { RowIndex = number };
                    for (var c = 0; c < cells.Length; c++)
                    {
                        if (cells[c] is { } value) row.Append(Cell($"{(char)('A' + c)}{number}", value, strings));
                    }
                    data.Append(row);
                }
                part.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            shared.SharedStringTable.Append(strings.Select(s => new SharedStringItem(new Text(s))));
        }
        stream.Position = 0;
        return stream;
    }

    private static Cell Cell(string reference, object value, List<string> strings) => value switch
    {
        string text => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(strings, text)) },
        DateOnly date => new Cell
        {
            CellReference = reference, StyleIndex = 1,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
        },
        _ => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)) },
    };

    private static int Index(List<string> strings, string text)
    {
        var index = strings.IndexOf(text);
        if (index >= 0) return index;
        strings.Add(text);
        return strings.Count - 1;
    }

    /// <summary>A cell of a written workbook as the file has it: its type, its text, and whether it
    /// carries a formula.</summary>
    public sealed record WrittenCell(string Reference, string Type, string Text, bool HasFormula);

    /// <summary>Every cell of the workbook's only sheet, with the sheet's name.</summary>
    public static (string Sheet, IReadOnlyList<WrittenCell> Cells) Read(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        var cells = part.Worksheet.Descendants<Cell>().Select(c => new WrittenCell(
            c.CellReference!.Value!, c.DataType?.InnerText ?? "n",
            c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", c.CellFormula is not null)).ToList();
        return (sheet.Name!.Value!, cells);
    }
}
