using System.Globalization;
using System.Text;

namespace IucRecruit.Data.Import;

/// <summary>
/// Turns an uploaded import file's bytes into text, refusing bytes that are not UTF-8 instead of
/// storing replacement characters. Excel's plain "CSV" export is Windows-1252, in which "Siân" is
/// the bytes 53 69 E2 6E: read as UTF-8 leniently, that became "Si�n" in the database. Guessing
/// the legacy code page instead would be wrong for files from other systems (Latin-2, Mac Roman),
/// so the file is refused with where the first bad byte is and how to save it as UTF-8.
/// A byte order mark (UTF-8 or UTF-16) is honoured.
/// </summary>
public static class ImportFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(string? Text, ImportError? Refusal)> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index);
            var line = bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
            var found = ex.BytesUnknown is { Length: > 0 } unknown ? $"byte 0x{unknown[0]:X2}" : "a byte";
            return (null, new ImportError(line, "(file)", string.Create(CultureInfo.InvariantCulture, $"{found}, not UTF-8"),
                "a file saved as UTF-8 (in Excel: Save As, then \"CSV UTF-8 (Comma delimited)\"); this one looks like Windows-1252 " +
                "(Excel's plain CSV), whose accented letters would be stored garbled"));
        }
    }
}
