using System.Buffers.Binary;
using System.Text;
using IucRecruit.Audio.Telephony;

namespace IucRecruit.Audio.Wav;

/// <summary>
/// Reads RIFF/WAVE files (Microsoft/IBM Multimedia Programming Interface and Data Specifications
/// 1.0, 1991) holding 16-bit PCM or G.711 μ-law. Chunks other than <c>fmt </c> and <c>data</c> are
/// skipped. A recording whose writer stopped before finishing (the data size still says 0, or more
/// than is there) is read up to the last whole sample frame.
/// </summary>
public static class WavReader
{
    private const ushort FormatPcm = 1;
    private const ushort FormatMuLaw = 7;
    private const ushort FormatExtensible = 0xFFFE;

    public static WavInfo ReadInfo(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadInfo(stream);
    }

    /// <summary>Reads the header and leaves the stream at the first sample.</summary>
    public static WavInfo ReadInfo(Stream stream)
    {
        Span<byte> header = stackalloc byte[12];
        if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12 ||
            !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
            throw new WavFormatException("Not a WAV file: it does not start with a RIFF/WAVE header.");

        (WavEncoding Encoding, int Rate, int Channels)? format = null;
        Span<byte> chunk = stackalloc byte[8];
        while (stream.ReadAtLeast(chunk, 8, throwOnEndOfStream: false) == 8)
        {
            var id = Encoding.ASCII.GetString(chunk[..4]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (id == "fmt ")
            {
                format = ReadFormat(stream, size);
            }
            else if (id == "data")
            {
                if (format is not { } f) throw new WavFormatException("The WAV file has its data before its format (fmt) chunk.");
                var remaining = stream.CanSeek ? stream.Length - stream.Position : long.MaxValue;
                var frameBytes = (f.Encoding == WavEncoding.Pcm16 ? 2 : 1) * f.Channels;
                var dataBytes = size == 0 || size > remaining ? remaining : size;
                if (dataBytes == long.MaxValue) throw new WavFormatException("The WAV file's data size is unknown.");
                return new WavInfo(f.Encoding, f.Rate, f.Channels, dataBytes - dataBytes % frameBytes);
            }
            else
            {
                Skip(stream, size + (size & 1));
            }
        }
        throw new WavFormatException(format is null ? "The WAV file has no format (fmt) chunk." : "The WAV file has no data chunk.");
    }

    /// <summary>Reads every sample, decoded to 16-bit linear PCM, one array per channel.</summary>
    public static (WavInfo Info, short[][] Channels) ReadSamples(Stream stream)
    {
        var info = ReadInfo(stream);
        var data = new byte[info.DataBytes];
        stream.ReadExactly(data);
        var frames = (int)info.SamplesPerChannel;
        var channels = new short[info.Channels][];
        for (var c = 0; c < info.Channels; c++) channels[c] = new short[frames];
        for (var i = 0; i < frames; i++)
        {
            for (var c = 0; c < info.Channels; c++)
            {
                var index = i * info.Channels + c;
                channels[c][i] = info.Encoding == WavEncoding.Pcm16
                    ? BinaryPrimitives.ReadInt16LittleEndian(data.AsSpan(index * 2, 2))
                    : MuLaw.Decode(data[index]);
            }
        }
        return (info, channels);
    }

    public static (WavInfo Info, short[][] Channels) ReadSamples(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadSamples(stream);
    }

    private static (WavEncoding, int, int) ReadFormat(Stream stream, uint size)
    {
        if (size < 16) throw new WavFormatException("The WAV format (fmt) chunk is too short.");
        var fmt = new byte[size + (size & 1)];
        stream.ReadExactly(fmt);
        var tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(2));
        var rate = (int)BinaryPrimitives.ReadUInt32LittleEndian(fmt.AsSpan(4));
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(14));
        if (tag == FormatExtensible && size >= 26) tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(24));
        if (channels == 0) throw new WavFormatException("The WAV file says it has no channels.");
        if (rate <= 0) throw new WavFormatException("The WAV file says its sample rate is 0.");
        return (tag, bits) switch
        {
            (FormatPcm, 16) => (WavEncoding.Pcm16, rate, channels),
            (FormatMuLaw, 8) => (WavEncoding.MuLaw, rate, channels),
            (FormatPcm, _) => throw new WavFormatException($"The WAV file is {bits}-bit PCM; 16-bit PCM or μ-law is needed."),
            _ => throw new WavFormatException($"The WAV file's encoding (format tag {tag}) is not 16-bit PCM or μ-law."),
        };
    }

    private static void Skip(Stream stream, long bytes)
    {
        if (stream.CanSeek) stream.Seek(bytes, SeekOrigin.Current);
        else stream.CopyTo(Stream.Null, (int)Math.Min(bytes, 81920));
    }
}
