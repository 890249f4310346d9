namespace IucRecruit.Audio.Tests;

/// <summary>Test signals with known answers, and measurements of them.</summary>
internal static class Signals
{
    public static short[] Tone(double frequency, int sampleRate, double seconds, double amplitude = 30000)
    {
        var samples = new short[(int)Math.Round(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * frequency * i / sampleRate));
        return samples;
    }

    /// <summary>The amplitude of the component at <paramref name="frequency"/> (a single DFT bin over
    /// the middle of the signal, away from its ends).</summary>
    public static double AmplitudeAt(ReadOnlySpan<short> signal, int sampleRate, double frequency)
    {
        var middle = Middle(signal, sampleRate);
        double re = 0, im = 0;
        for (var i = 0; i < middle.Length; i++)
        {
            var angle = 2 * Math.PI * frequency * i / sampleRate;
            re += middle[i] * Math.Cos(angle);
            im += middle[i] * Math.Sin(angle);
        }
        return 2 * Math.Sqrt(re * re + im * im) / middle.Length;
    }

    /// <summary>The root-mean-square level of the middle of the signal.</summary>
    public static double Rms(ReadOnlySpan<short> signal, int sampleRate)
    {
        var middle = Middle(signal, sampleRate);
        var sum = 0.0;
        foreach (var s in middle) sum += (double)s * s;
        return Math.Sqrt(sum / middle.Length);
    }

    public static double Decibels(double ratio) => 20 * Math.Log10(ratio);

    /// <summary>Everything but the first and last 100 ms, where a filter is still filling or emptying.</summary>
    private static ReadOnlySpan<short> Middle(ReadOnlySpan<short> signal, int sampleRate)
    {
        var edge = sampleRate / 10;
        return signal[edge..^edge];
    }
}
