using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using IucRecruit.Data.Csv;

namespace IucRecruit.Data.Privacy;

/// <summary>
/// The ZIP of a subject access export, written straight to its destination (a download or a
/// file) entry by entry, so that nothing of it, recordings included, is held in memory. Each file
/// is added with a sentence saying what it is; <see cref="FinishAsync"/> writes them all into the
/// README.
/// </summary>
public sealed class SubjectAccessArchive : IAsyncDisposable
{
    public const string ReadmeName = "README.txt";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly ZipArchive zip;
    private readonly AsyncOnlyOutput output;
    private readonly DateTimeOffset writtenAt;
    private readonly List<(string Path, string About)> contents = [];

    private SubjectAccessArchive(ZipArchive zip, AsyncOnlyOutput output, DateTimeOffset writtenAt)
    {
        this.zip = zip;
        this.output = output;
        this.writtenAt = writtenAt;
    }

    public static async Task<SubjectAccessArchive> CreateAsync(Stream destination, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var output = new AsyncOnlyOutput(destination);
        var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        return new SubjectAccessArchive(zip, output, new DateTimeOffset(nowUtc, TimeSpan.Zero));
    }

    /// <summary>The files written so far, with what each is.</summary>
    public IReadOnlyList<(string Path, string About)> Contents => contents;

    public async Task AddJsonAsync<T>(string path, string about, T value, CancellationToken cancellationToken)
    {
        await using (var stream = await OpenAsync(path, about, CompressionLevel.Optimal, cancellationToken))
            await JsonSerializer.SerializeAsync(stream, value, Json, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>A table with a header row; times are written as ISO 8601 UTC.</summary>
    public async Task AddCsvAsync(string path, string about, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows,
        CancellationToken cancellationToken)
    {
        await using (var stream = await OpenAsync(path, about, CompressionLevel.Optimal, cancellationToken))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        await using (var csv = CsvWriter.Create(writer, SpreadsheetSafeCsv.Options, true))
        {
            foreach (var row in rows.Prepend(columns))
            {
                // Numbers and times go in as values, so the formula guard leaves them as they are.
                foreach (var cell in row)
                {
                    if (cell is DateTime time) csv.WriteField(time, "O");
                    else csv.WriteField(cell);
                }
                await csv.EndRecordAsync(cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>Copies a file (a recording) into the archive as it is: audio barely compresses.</summary>
    public async Task AddFileAsync(string path, string about, string sourceFile, CancellationToken cancellationToken)
    {
        await using (var source = File.OpenRead(sourceFile))
        await using (var stream = await OpenAsync(path, about, CompressionLevel.NoCompression, cancellationToken))
            await source.CopyToAsync(stream, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the README (<paramref name="introduction"/>, then every file and what it is)
    /// and closes the archive.</summary>
    public async Task FinishAsync(string introduction, CancellationToken cancellationToken)
    {
        var readme = new StringBuilder(introduction.TrimEnd()).Append("\n\nThe files in this archive:\n\n");
        foreach (var (path, about) in contents) readme.Append(CultureInfo.InvariantCulture, $"{path}\n    {about}\n");
        await using (var stream = await OpenAsync(ReadmeName, "This file.", CompressionLevel.Optimal, cancellationToken))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(readme.ToString()), cancellationToken);
        }
        await zip.DisposeAsync();
        await output.FlushAsync(cancellationToken);
    }

    private async Task<Stream> OpenAsync(string path, string about, CompressionLevel level, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = writtenAt;
        contents.Add((path, about));
        return await entry.OpenAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await zip.DisposeAsync();
        await output.DisposeAsync();
    }
}
