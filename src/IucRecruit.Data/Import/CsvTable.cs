using CsvHelper;

namespace IucRecruit.Data.Import;

/// <summary>Reads a CSV import file's header and records with CsvHelper, for <see cref="ImportTable"/>
/// to match to columns.</summary>
public static class CsvTable
{
    public static async Task<ImportTable> ReadAsync(Stream stream, ImportColumns columns, CancellationToken cancellationToken)
    {
        var (content, refusal) = await ImportFileText.ReadAsync(stream, cancellationToken);
        if (refusal is not null) return ImportTable.Failed(refusal);
        using var text = new StringReader(content!);
        await using var csv = CsvReader.Create(text, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, MalformedData = CsvMalformedDataHandling.Throw }, false);
        await csv.ReadHeaderAsync(cancellationToken);
        var records = new List<FileRecord>();
        ImportError? unreadable = null;
        while (true)
        {
            try
            {
                if (!await csv.ReadAsync(cancellationToken)) break;
            }
            catch (FormatException ex)
            {
                unreadable = new ImportError(csv.LineNumber, "(row)", "", $"a row that reads as CSV ({ex.Message})");
                break;
            }
            records.Add(new FileRecord(csv.LineNumber, Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToList()));
        }
        return ImportTable.Build(csv.Headers ?? [], records, columns, unreadable);
    }
}
