namespace IucRecruit.Data.Import;

/// <summary>A file to import: its content, its name (for the stage log's reason) and, for a
/// workbook, the sheet to read (the first when not given).</summary>
public sealed record ImportFile(Stream Content, string Name, string? Sheet = null)
{
    /// <summary>True for an .xlsx workbook, by its content rather than its name: a workbook is a ZIP
    /// archive ("PK\x03\x04"), which no CSV file starts with, and a download renamed or saved
    /// without its extension still reads.</summary>
    public async Task<bool> IsWorkbookAsync(CancellationToken cancellationToken)
    {
        if (!Content.CanSeek) throw new InvalidOperationException("An import file must be seekable (a workbook is read as a ZIP archive).");
        var start = new byte[4];
        var position = Content.Position;
        var read = await Content.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        Content.Position = position;
        return read == 4 && start is [(byte)'P', (byte)'K', 3, 4];
    }
}
