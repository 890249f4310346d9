namespace IucRecruit.Audio.Tests.Analysis;

/// <summary>
/// One channel of test audio with known answers: bursts of tone or noise at exact times over a
/// chosen background. Levels are RMS in dB relative to full scale (a full-scale square wave is 0 dB).
/// </summary>
internal sealed class SyntheticTrack(double seconds, int sampleRate = 8000)
{
    private readonly double[] samples = new double[(int)Math.Round(seconds * sampleRate)];
    private readonly Random random = new(20261121);

    public int SampleRate => sampleRate;

    /// <summary>White noise over the whole track (a line's hiss).</summary>
    public SyntheticTrack Hiss(double levelDb) => AddNoise(0, seconds, levelDb);

    public SyntheticTrack Tone(double start, double end, double levelDb = -20, double frequency = 440)
    {
        var amplitude = Rms(levelDb) * Math.Sqrt(2);
        for (var i = Index(start); i < Index(end); i++) samples[i] += amplitude * Math.Sin(2 * Math.PI * frequency * i / sampleRate);
        return this;
    }

    public SyntheticTrack AddNoise(double start, double end, double levelDb = -20)
    {
        // Uniform noise on [-a, a] has an RMS of a / √3.
        var amplitude = Rms(levelDb) * Math.Sqrt(3);
        for (var i = Index(start); i < Index(end); i++) samples[i] += amplitude * (2 * random.NextDouble() - 1);
        return this;
    }

    public SyntheticTrack DcOffset(double value)
    {
        for (var i = 0; i < samples.Length; i++) samples[i] += value;
        return this;
    }

    /// <summary>Rounded and clipped to 16 bits, as a too-loud microphone clips.</summary>
    public short[] ToSamples() =>
        samples.Select(s => (short)Math.Clamp(Math.Round(s), short.MinValue, short.MaxValue)).ToArray();

    private int Index(double time) => Math.Min(samples.Length, (int)Math.Round(time * sampleRate));

    private static double Rms(double levelDb) => 32768 * Math.Pow(10, levelDb / 20);
}
