using System.Buffers.Binary;
using System.Diagnostics;
using IucRecruit.Audio.Telephony;

namespace IucRecruit.Calls.Bench;

/// <summary>Test frames: 160 μ-law bytes of a tone, with the moment of sending written into the
/// first eight bytes, so a receiver in this process can tell how long the frame took.</summary>
internal static class Frames
{
    public const int Size = 160;

    private static readonly byte[] Tone = Enumerable.Range(0, Size)
        .Select(i => MuLaw.Encode((short)(6000 * Math.Sin(2 * Math.PI * 440 * i / 8000.0)))).ToArray();

    public static byte[] Stamped()
    {
        var frame = (byte[])Tone.Clone();
        BinaryPrimitives.WriteInt64LittleEndian(frame, Stopwatch.GetTimestamp());
        return frame;
    }

    public static TimeSpan Age(ReadOnlySpan<byte> frame) =>
        Stopwatch.GetElapsedTime(BinaryPrimitives.ReadInt64LittleEndian(frame));
}
