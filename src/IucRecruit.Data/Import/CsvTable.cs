using CsvHelper;

namespace IucRecruit.Data.Import;

/// <summary>A row of an import file, with its line number in the file (the header is line 1).</summary>
public sealed record CsvRow(long Line, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The trimmed value of a column, or null when the column is absent or the cell empty.</summary>
    public string? this[string column] => Values.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}

/// <summary>
/// Reads an import file's header and rows with CsvHelper. Column names are matched without regard
/// to case, spaces or hyphens ("Given name" is given_name). Columns the import does not know are
/// left out and reported, so that a misspelt optional column is noticed.
/// </summary>
public sealed record CsvTable(IReadOnlyList<CsvRow> Rows, IReadOnlyList<ImportError> Errors, IReadOnlyList<string> IgnoredColumns)
{
    public static async Task<CsvTable> ReadAsync(Stream stream, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional,
        CancellationToken cancellationToken)
    {
        var (content, refusal) = await ImportFileText.ReadAsync(stream, cancellationToken);
        if (refusal is not null) return new CsvTable([], [refusal], []);
        using var text = new StringReader(content!);
        await using var csv = CsvReader.Create(text, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, MalformedData = CsvMalformedDataHandling.Throw }, false);
        var errors = new List<ImportError>();
        await csv.ReadHeaderAsync(cancellationToken);
        if (csv.Headers is not { Count: > 0 } header)
            return new CsvTable([], [new ImportError(1, "(header)", "", $"a header line naming the columns, at least: {string.Join(", ", required)}")], []);

        var headers = header.Select(Normalise).ToList();
        var known = required.Concat(optional).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(required.Where(column => !headers.Contains(column))
            .Select(column => new ImportError(1, column, "", $"a column named {column}")));
        errors.AddRange(headers.GroupBy(h => h).Where(g => g.Count() > 1 && known.Contains(g.Key))
            .Select(g => new ImportError(1, g.Key, g.Key, "each column once")));
        if (errors.Count > 0) return new CsvTable([], errors, []); // the rows cannot be read without their columns

        var rows = new List<CsvRow>();
        while (true)
        {
            try
            {
                if (!await csv.ReadAsync(cancellationToken)) break;
            }
            catch (FormatException ex)
            {
                errors.Add(new ImportError(csv.LineNumber, "(row)", "", $"a row that reads as CSV ({ex.Message})"));
                break;
            }
            if (Enumerable.Range(0, csv.FieldCount).All(i => csv.GetString(i).Length == 0)) continue; // a blank line
            if (csv.FieldCount != headers.Count)
            {
                errors.Add(new ImportError(csv.LineNumber, "(row)", $"{csv.FieldCount} values", $"{headers.Count} values, one per column"));
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                if (known.Contains(headers[i])) values[headers[i]] = csv.GetString(i).Trim();
            }
            rows.Add(new CsvRow(csv.LineNumber, values));
        }
        return new CsvTable(rows, errors, headers.Where(h => !known.Contains(h)).Distinct().ToList());
    }

    /// <summary>"Given name", "given-name" and "GIVEN_NAME" all become given_name.</summary>
    public static string Normalise(string header) =>
        string.Join("_", header.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
}
