using System.Buffers.Binary;
using IucRecruit.Audio.Wav;

namespace IucRecruit.Audio.Tests.Wav;

public sealed class WavRoundTripTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("iucrecruit-wav-").FullName;

    [Fact]
    public void A_two_channel_recording_reads_back_sample_for_sample()
    {
        var path = Path.Combine(folder, "call.wav");
        short[] interleaved = [100, -100, 200, -200, short.MaxValue, short.MinValue];
        using (var writer = WavWriter.Create(path, 8000, 2)) writer.Write(interleaved);

        var (info, channels) = WavReader.ReadSamples(path);

        Assert.Equal(new WavInfo(WavEncoding.Pcm16, 8000, 2, 12), info);
        Assert.Equal([100, 200, short.MaxValue], channels[0]);
        Assert.Equal([-100, -200, short.MinValue], channels[1]);
        Assert.Equal(44 + 12, new FileInfo(path).Length);
    }

    [Fact]
    public void After_each_flush_the_file_is_a_valid_recording_of_everything_so_far()
    {
        var path = Path.Combine(folder, "live.wav");
        using var writer = WavWriter.Create(path, 8000, 2);
        writer.Write(new short[8000 * 2]);
        writer.Flush();
        writer.Write(new short[400 * 2]); // not yet flushed

        using var copy = new MemoryStream(File.ReadAllBytes(path));
        var info = WavReader.ReadInfo(copy);

        Assert.Equal(TimeSpan.FromSeconds(1), info.Duration);
        Assert.Equal(TimeSpan.FromSeconds(1.05), writer.Duration);
    }

    [Fact]
    public void A_recording_killed_before_its_first_flush_of_the_sizes_is_read_to_its_last_whole_frame()
    {
        var path = Path.Combine(folder, "killed.wav");
        using (var writer = WavWriter.Create(path, 8000, 2)) writer.Write([1, 2, 3, 4]);
        // Simulate a process killed after writing samples but before the header was rewritten:
        // the data size still says 0, and half a frame trails at the end.
        var bytes = File.ReadAllBytes(path).Concat(new byte[] { 5, 0 }).ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(40), 0);
        File.WriteAllBytes(path, bytes);

        var (info, channels) = WavReader.ReadSamples(path);

        Assert.Equal(2, info.SamplesPerChannel);
        Assert.Equal([1, 3], channels[0]);
    }

    [Fact]
    public void A_recording_killed_in_its_first_second_is_read_to_what_reached_the_disk()
    {
        var path = Path.Combine(folder, "first-second.wav");
        using var writer = WavWriter.Create(path, 8000, 2);
        writer.Write(new short[4000 * 2]); // half a second, never flushed

        // What a process killed now leaves: the header as it was written at the start.
        var (info, channels) = WavReader.ReadSamples(new MemoryStream(File.ReadAllBytes(path)));

        Assert.Equal((8000, 2), (info.SampleRate, info.Channels));
        Assert.Equal(4000, channels[0].Length);
    }

    [Fact]
    public void Appending_continues_a_recording_after_its_last_whole_frame()
    {
        var path = Path.Combine(folder, "resumed.wav");
        using (var writer = WavWriter.Create(path, 8000, 2)) writer.Write([1, 2, 3, 4]);
        File.AppendAllBytes(path, [9]); // a torn write from the process that died

        using (var writer = WavWriter.Append(path)) writer.Write([5, 6]);

        var (info, channels) = WavReader.ReadSamples(path);
        Assert.Equal(3, info.SamplesPerChannel);
        Assert.Equal([1, 3, 5], channels[0]);
        Assert.Equal([2, 4, 6], channels[1]);
    }

    [Fact]
    public void Mu_law_files_are_decoded()
    {
        var path = Path.Combine(folder, "mulaw.wav");
        File.WriteAllBytes(path, WavBytes(formatTag: 7, bits: 8, channels: 1, rate: 8000, data: [0xFF, 0x80, 0x00]));

        var (info, channels) = WavReader.ReadSamples(path);

        Assert.Equal(WavEncoding.MuLaw, info.Encoding);
        Assert.Equal([0, 32124, -32124], channels[0]);
    }

    [Theory]
    [InlineData("RIFX", 1, 16, "does not start with a RIFF/WAVE header")]
    [InlineData("RIFF", 1, 8, "8-bit PCM; 16-bit PCM or μ-law is needed")]
    [InlineData("RIFF", 3, 32, "format tag 3")]
    public void Unusable_files_are_refused_with_the_reason(string magic, int formatTag, int bits, string reason)
    {
        var bytes = WavBytes(formatTag, bits, channels: 1, rate: 8000, data: new byte[16]);
        System.Text.Encoding.ASCII.GetBytes(magic).CopyTo(bytes, 0);

        var error = Assert.Throws<WavFormatException>(() => WavReader.ReadInfo(new MemoryStream(bytes)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunks_before_the_data_are_skipped()
    {
        var plain = WavBytes(1, 16, 1, 8000, new byte[8]);
        var list = new byte[] { (byte)'L', (byte)'I', (byte)'S', (byte)'T', 3, 0, 0, 0, 1, 2, 3, 0 };
        var withList = plain[..36].Concat(list).Concat(plain[36..]).ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(withList.AsSpan(4), (uint)(withList.Length - 8));

        Assert.Equal(4, WavReader.ReadInfo(new MemoryStream(withList)).SamplesPerChannel);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static byte[] WavBytes(int formatTag, int bits, int channels, int rate, byte[] data)
    {
        var bytes = new byte[44 + data.Length];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(36 + data.Length));
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(20), (ushort)formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(22), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), (uint)rate);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), (uint)(rate * channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(32), (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(34), (ushort)bits);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(40), (uint)data.Length);
        data.CopyTo(bytes, 44);
        return bytes;
    }
}
