namespace IucRecruit.Audio.Telephony;

/// <summary>
/// G.711 μ-law companding (ITU-T Recommendation G.711, 1988, Table 2a), between 16-bit linear PCM
/// and 8-bit codes. The 16-bit scale is the 14-bit scale of the Recommendation shifted left by two,
/// as in the widely used reference implementation (Sun Microsystems' g711.c): the largest
/// magnitude is 8031 × 4 = 32124. Codes are transmitted with all bits inverted, so silence (+0) is
/// 0xFF.
/// </summary>
public static class MuLaw
{
    /// <summary>Added before finding the segment, so that segment boundaries fall on powers of two.</summary>
    private const int Bias = 0x84;

    /// <summary>The largest magnitude that still encodes without overflowing the top segment.</summary>
    private const int Clip = 32635;

    private static readonly short[] DecodeTable = BuildDecodeTable();

    public static byte Encode(short sample)
    {
        int pcm = sample;
        var sign = pcm < 0 ? 0x80 : 0x00;
        if (pcm < 0) pcm = -pcm;
        if (pcm > Clip) pcm = Clip;
        pcm += Bias;

        // The segment (exponent) is the position of the highest set bit above bit 7.
        var exponent = 7;
        for (var mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) exponent--;
        var mantissa = (pcm >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    public static short Decode(byte code) => DecodeTable[code];

    public static void Encode(ReadOnlySpan<short> samples, Span<byte> codes)
    {
        if (codes.Length < samples.Length) throw new ArgumentException("The code buffer is shorter than the samples.", nameof(codes));
        for (var i = 0; i < samples.Length; i++) codes[i] = Encode(samples[i]);
    }

    public static void Decode(ReadOnlySpan<byte> codes, Span<short> samples)
    {
        if (samples.Length < codes.Length) throw new ArgumentException("The sample buffer is shorter than the codes.", nameof(samples));
        for (var i = 0; i < codes.Length; i++) samples[i] = DecodeTable[codes[i]];
    }

    private static short[] BuildDecodeTable()
    {
        var table = new short[256];
        for (var code = 0; code < 256; code++)
        {
            var u = ~code & 0xFF;
            var exponent = (u >> 4) & 0x07;
            var magnitude = ((((u & 0x0F) << 3) + Bias) << exponent) - Bias;
            table[code] = (short)((u & 0x80) != 0 ? -magnitude : magnitude);
        }
        return table;
    }
}
