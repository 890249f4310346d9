using IucRecruit.Audio.Telephony;

namespace IucRecruit.Testing;

/// <summary>How loud received or recorded audio is: the root mean square of its 16-bit samples
/// (0 for none), the one measure the call tests compare against "audible" and "silent".</summary>
public static class SignalLevel
{
    public static double Rms(ReadOnlySpan<short> samples)
    {
        double sum = 0;
        foreach (var s in samples) sum += (double)s * s;
        return samples.IsEmpty ? 0 : Math.Sqrt(sum / samples.Length);
    }

    /// <summary>Of μ-law frames as the hub sends them, decoded.</summary>
    public static double Rms(IEnumerable<byte[]> muLawFrames) =>
        Rms(muLawFrames.SelectMany(f => f).Select(MuLaw.Decode).ToArray());
}
