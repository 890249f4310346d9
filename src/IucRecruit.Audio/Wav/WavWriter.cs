using System.Runtime.InteropServices;
using NAudio.Wave;

namespace IucRecruit.Audio.Wav;

/// <summary>
/// Writes 16-bit PCM WAV files as audio arrives, through NAudio's <see cref="WaveFileWriter"/>.
/// Its <see cref="Flush"/> rewrites the header's sizes, so the file on disk is a valid WAV of
/// everything written up to the last flush: a recording survives the process being killed, losing
/// at most what came after it. Other processes may read the file while it is being written.
/// </summary>
public sealed class WavWriter : IDisposable
{
    private readonly FileStream file;
    private readonly WaveFileWriter writer;

    private WavWriter(FileStream file, int sampleRate, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        this.file = file;
        writer = new WaveFileWriter(file, new WaveFormat(sampleRate, 16, channels));
        // Until its first flush NAudio's header says the RIFF size is 0, which no reader (NAudio's
        // included) gets past; flushed at once, a writer killed in its first second leaves a file
        // that WavReader reads to its last whole frame.
        Flush();
    }

    public static WavWriter Create(string path, int sampleRate, int channels) => new(Open(path), sampleRate, channels);

    /// <summary>Opens a recording that an earlier process wrote, to carry on after its last whole
    /// frame (what it wrote after its last flush is dropped).</summary>
    /// <remarks>NAudio's writer cannot continue an existing file, so the whole frames are copied
    /// into a new file beside it, which then replaces it: at every moment the path holds a
    /// complete recording. That costs one copy per restart (about 19 MB for a 10-minute call).</remarks>
    public static WavWriter Append(string path)
    {
        var resumed = path + ".resuming";
        WavWriter? writer = null;
        try
        {
            using (var existing = File.OpenRead(path))
            {
                var info = WavReader.ReadInfo(existing);
                if (info.Encoding != WavEncoding.Pcm16) throw new WavFormatException("Only 16-bit PCM recordings can be continued.");
                var data = new byte[info.DataBytes];
                existing.ReadExactly(data);
                writer = new WavWriter(Open(resumed), info.SampleRate, info.Channels);
                writer.writer.Write(data);
            }
            writer.Flush();
            File.Move(resumed, path, overwrite: true);
            return writer;
        }
        catch
        {
            writer?.Dispose();
            File.Delete(resumed);
            throw;
        }
    }

    public int SampleRate => writer.WaveFormat.SampleRate;
    public int Channels => writer.WaveFormat.Channels;

    public long FramesWritten => writer.Length / writer.WaveFormat.BlockAlign;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)FramesWritten / SampleRate);

    /// <summary>Writes samples interleaved by channel (for two channels: left, right, left, …).</summary>
    public void Write(ReadOnlySpan<short> interleaved)
    {
        if (interleaved.Length % Channels != 0)
            throw new ArgumentException($"{interleaved.Length} samples do not make whole frames of {Channels} channels.", nameof(interleaved));
        // WAV samples are little-endian, as is every processor .NET runs on here.
        writer.Write(MemoryMarshal.AsBytes(interleaved));
    }

    /// <summary>Makes the file on disk a complete WAV of everything written so far.</summary>
    public void Flush()
    {
        writer.Flush();
        file.Flush(flushToDisk: false);
    }

    public void Dispose()
    {
        writer.Dispose();
        file.Dispose();
    }

    // Shared for reading, so the review page can play a recording being written, and for deleting,
    // so that Append's rename may replace the file while it is open.
    private static FileStream Open(string path) =>
        new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
}
