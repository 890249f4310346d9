using NAudio.Codecs;

namespace IucRecruit.Audio.Telephony;

/// <summary>
/// G.711 μ-law (ITU-T Recommendation G.711, 1988, Table 2a) between 16-bit linear PCM and 8-bit
/// codes, by NAudio's codec: the 16-bit scale is the Recommendation's 14-bit scale shifted left by
/// two (the largest magnitude is 8031 × 4 = 32124), and codes are sent with their bits inverted, so
/// silence (+0) is 0xFF. Two corrections make NAudio agree with the Recommendation and with the
/// browser's encoder (telephone-dsp.js) on every value.
/// </summary>
public static class MuLaw
{
    /// <summary>NAudio encodes −32768 as 0x7F (its sign flip overflows); one step up it is right.</summary>
    private const short MostNegative = -32767;

    /// <summary>Negative zero: Table 2a decodes it to 0, NAudio to −1. No other code gives −1.</summary>
    private const byte NegativeZero = 0x7F;

    public static byte Encode(short sample) => MuLawEncoder.LinearToMuLawSample(Math.Max(sample, MostNegative));

    public static short Decode(byte code) => code == NegativeZero ? (short)0 : MuLawDecoder.MuLawToLinearSample(code);

    public static void Encode(ReadOnlySpan<short> samples, Span<byte> codes)
    {
        if (codes.Length < samples.Length) throw new ArgumentException("The code buffer is shorter than the samples.", nameof(codes));
        for (var i = 0; i < samples.Length; i++) codes[i] = Encode(samples[i]);
    }

    public static void Decode(ReadOnlySpan<byte> codes, Span<short> samples)
    {
        if (samples.Length < codes.Length) throw new ArgumentException("The sample buffer is shorter than the codes.", nameof(samples));
        MuLawDecoder.Decode(codes, samples);
        samples[..codes.Length].Replace((short)-1, (short)0);
    }
}
