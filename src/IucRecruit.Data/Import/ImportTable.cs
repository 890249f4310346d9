namespace IucRecruit.Data.Import;

/// <summary>A row of an import file, with its line number in the file (the header is line 1; in a
/// workbook, the row number Excel shows).</summary>
public sealed record CsvRow(long Line, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The trimmed value of a column, or null when the column is absent or the cell empty.</summary>
    public string? this[string column] => Values.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}

/// <summary>One line of a file as read, before its cells are matched to columns.</summary>
public sealed record FileRecord(long Line, IReadOnlyList<string> Cells);

/// <summary>
/// An import file's rows by column, whatever the format (CSV or an .xlsx sheet). Columns are matched
/// by name (<see cref="ImportColumns"/>); columns the import does not know are left out and
/// reported, so that a misspelt optional column is noticed.
/// </summary>
public sealed record ImportTable(IReadOnlyList<CsvRow> Rows, IReadOnlyList<ImportError> Errors, IReadOnlyList<string> IgnoredColumns)
{
    public static async Task<ImportTable> ReadAsync(ImportFile file, ImportColumns columns, CancellationToken cancellationToken)
    {
        if (await file.IsWorkbookAsync(cancellationToken)) return XlsxSheetReader.Read(file.Content, file.Sheet, columns);
        if (file.Sheet is not null)
            return Failed(new ImportError(0, "sheet", file.Sheet, "a sheet name only with an .xlsx workbook (this file is CSV)"));
        return await CsvTable.ReadAsync(file.Content, columns, cancellationToken);
    }

    public static ImportTable Failed(ImportError error) => new([], [error], []);

    /// <summary>Matches the records' cells to the header's columns.</summary>
    /// <param name="unreadable">Why the file could not be read past its last record, if it could not.</param>
    public static ImportTable Build(IReadOnlyList<string> header, IEnumerable<FileRecord> records, ImportColumns columns, ImportError? unreadable = null)
    {
        if (header.Count == 0 || header.All(h => h.Trim().Length == 0))
            return Failed(new ImportError(1, "(header)", "", $"a header line naming the columns, at least: {string.Join(", ", columns.Required)}"));

        var headers = header.Select(columns.Column).ToList();
        var known = columns.Known.ToHashSet(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        errors.AddRange(columns.Required.Where(column => !headers.Contains(column))
            .Select(column => new ImportError(1, column, "", $"a column named {column}")));
        errors.AddRange(headers.GroupBy(h => h).Where(g => g.Count() > 1 && known.Contains(g.Key))
            .Select(g => new ImportError(1, g.Key, g.Key, "each column once")));
        if (errors.Count > 0) return new ImportTable([], errors, []); // the rows cannot be read without their columns

        var rows = new List<CsvRow>();
        foreach (var record in records)
        {
            if (record.Cells.All(c => c.Trim().Length == 0)) continue; // a blank line
            if (record.Cells.Count != headers.Count)
            {
                errors.Add(new ImportError(record.Line, "(row)", $"{record.Cells.Count} values", $"{headers.Count} values, one per column"));
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                if (known.Contains(headers[i])) values[headers[i]] = record.Cells[i].Trim();
            }
            rows.Add(new CsvRow(record.Line, values));
        }
        if (unreadable is not null) errors.Add(unreadable);
        return new ImportTable(rows, errors, headers.Where(h => !known.Contains(h)).Distinct().ToList());
    }
}
