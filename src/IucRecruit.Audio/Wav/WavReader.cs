using System.Buffers.Binary;
using IucRecruit.Audio.Telephony;
using NAudio.Wave;

namespace IucRecruit.Audio.Wav;

/// <summary>
/// Reads WAV files holding 16-bit PCM or G.711 μ-law. NAudio's <see cref="WaveFileReader"/> parses
/// the RIFF chunks (other chunks skipped, WAVE_FORMAT_EXTENSIBLE and RF64 understood); this adds the
/// product's rules: only the two encodings the telephone audio uses, errors that say what is wrong
/// in words a scenario author can act on, and a recording whose writer was killed before its first
/// flush (the data size still says 0) is read up to its last whole sample frame.
/// </summary>
public static class WavReader
{
    public static WavInfo ReadInfo(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadInfo(stream);
    }

    /// <summary>Reads the header and leaves the stream at the first sample.</summary>
    public static WavInfo ReadInfo(Stream stream)
    {
        if (!stream.CanSeek) throw new ArgumentException("Reading a WAV file needs a seekable stream.", nameof(stream));
        RequireRiffHeader(stream);
        WaveFormat format;
        long declaredBytes;
        try
        {
            // The reader leaves the stream at the first sample; it does not own the stream.
            using var reader = new WaveFileReader(stream);
            (format, declaredBytes) = (reader.WaveFormat, reader.Length);
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or EndOfStreamException)
        {
            throw new WavFormatException($"The WAV file could not be read ({ex.Message}).");
        }
        var encoding = EncodingOf(format);
        if (format.SampleRate <= 0) throw new WavFormatException("The WAV file says its sample rate is 0.");
        var frameBytes = (encoding == WavEncoding.Pcm16 ? 2 : 1) * format.Channels;
        var dataBytes = declaredBytes == 0 ? stream.Length - stream.Position : declaredBytes;
        return new WavInfo(encoding, format.SampleRate, format.Channels, dataBytes - dataBytes % frameBytes);
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

    /// <summary>Something that is not a WAV file at all gets a plainer message than NAudio's.</summary>
    private static void RequireRiffHeader(Stream stream)
    {
        Span<byte> header = stackalloc byte[12];
        var start = stream.Position;
        var read = stream.ReadAtLeast(header, 12, throwOnEndOfStream: false);
        stream.Position = start;
        if (read < 12 || !(header[..4].SequenceEqual("RIFF"u8) || header[..4].SequenceEqual("RF64"u8)) || !header[8..12].SequenceEqual("WAVE"u8))
            throw new WavFormatException("Not a WAV file: it does not start with a RIFF/WAVE header.");
    }

    private static WavEncoding EncodingOf(WaveFormat format)
    {
        if (format.Channels <= 0) throw new WavFormatException("The WAV file says it has no channels.");
        var standard = format.AsStandardWaveFormat(); // WAVE_FORMAT_EXTENSIBLE holding PCM is PCM
        return (standard.Encoding, standard.BitsPerSample) switch
        {
            (WaveFormatEncoding.Pcm, 16) => WavEncoding.Pcm16,
            (WaveFormatEncoding.MuLaw, 8) => WavEncoding.MuLaw,
            (WaveFormatEncoding.Pcm, var bits) => throw new WavFormatException($"The WAV file is {bits}-bit PCM; 16-bit PCM or μ-law is needed."),
            _ => throw new WavFormatException($"The WAV file's encoding (format tag {(int)standard.Encoding}) is not 16-bit PCM or μ-law."),
        };
    }
}
