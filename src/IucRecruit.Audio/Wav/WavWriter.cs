using System.Buffers.Binary;

namespace IucRecruit.Audio.Wav;

/// <summary>
/// Writes 16-bit PCM WAV files as audio arrives. The header's sizes are rewritten at every
/// <see cref="Flush"/>, so the file on disk is a valid WAV of everything written up to the last
/// flush: a recording survives the process being killed, losing at most what came after it.
/// </summary>
public sealed class WavWriter : IDisposable
{
    private const int HeaderBytes = 44;

    private readonly Stream stream;
    private readonly bool ownsStream;
    private readonly byte[] buffer = new byte[8192];
    private long dataBytes;

    public WavWriter(Stream stream, int sampleRate, int channels, bool ownsStream = true)
    {
        if (!stream.CanSeek || !stream.CanWrite) throw new ArgumentException("A WAV writer needs a seekable, writable stream.", nameof(stream));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        this.stream = stream;
        this.ownsStream = ownsStream;
        SampleRate = sampleRate;
        Channels = channels;
        stream.SetLength(0);
        WriteHeader();
    }

    public static WavWriter Create(string path, int sampleRate, int channels) =>
        new(new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read), sampleRate, channels);

    /// <summary>Opens a recording that an earlier process wrote, to carry on after its last whole
    /// frame (what it wrote after its last flush is dropped).</summary>
    public static WavWriter Append(string path)
    {
        WavInfo info;
        using (var existing = File.OpenRead(path)) info = WavReader.ReadInfo(existing);
        if (info.Encoding != WavEncoding.Pcm16) throw new WavFormatException("Only 16-bit PCM recordings can be continued.");
        var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        var writer = new WavWriter(stream, info, HeaderBytes + info.DataBytes);
        writer.Flush();
        return writer;
    }

    private WavWriter(Stream stream, WavInfo info, long end)
    {
        this.stream = stream;
        ownsStream = true;
        SampleRate = info.SampleRate;
        Channels = info.Channels;
        dataBytes = info.DataBytes;
        stream.SetLength(end);
        stream.Position = end;
    }

    public int SampleRate { get; }
    public int Channels { get; }

    public long FramesWritten => dataBytes / (2 * Channels);

    public TimeSpan Duration => TimeSpan.FromSeconds((double)FramesWritten / SampleRate);

    /// <summary>Writes samples interleaved by channel (for two channels: left, right, left, …).</summary>
    public void Write(ReadOnlySpan<short> interleaved)
    {
        if (interleaved.Length % Channels != 0)
            throw new ArgumentException($"{interleaved.Length} samples do not make whole frames of {Channels} channels.", nameof(interleaved));
        while (!interleaved.IsEmpty)
        {
            var count = Math.Min(interleaved.Length, buffer.Length / 2);
            for (var i = 0; i < count; i++) BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(i * 2), interleaved[i]);
            stream.Write(buffer, 0, count * 2);
            dataBytes += count * 2;
            interleaved = interleaved[count..];
        }
    }

    /// <summary>Makes the file on disk a complete WAV of everything written so far.</summary>
    public void Flush()
    {
        var end = stream.Position;
        stream.Position = 0;
        WriteHeader();
        stream.Position = end;
        if (stream is FileStream file) file.Flush(flushToDisk: false);
        else stream.Flush();
    }

    public void Dispose()
    {
        Flush();
        if (ownsStream) stream.Dispose();
    }

    private void WriteHeader()
    {
        Span<byte> header = stackalloc byte[HeaderBytes];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)(36 + dataBytes));
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], 1); // PCM
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)(SampleRate * Channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)(Channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], (uint)dataBytes);
        stream.Write(header);
    }
}
