namespace IucRecruit.Audio.Resampling;

/// <summary>
/// Converts 16-bit audio between sample rates through the telephone-band low-pass filter
/// (<see cref="KaiserLowPass"/>): from a browser's or a file's rate down to 8 kHz, or from 8 kHz up
/// to a sound card's rate. A rational polyphase resampler (R. E. Crochiere and L. R. Rabiner,
/// <i>Multirate Digital Signal Processing</i>, 1983, §4.3): for a ratio of L/M in lowest terms it
/// keeps L sets of coefficients, one per fractional position of an output sample between input
/// samples, so every output is exact and no interpolation between coefficient sets is needed.
/// </summary>
/// <remarks>
/// It streams: feed it blocks of any size and the output is sample for sample the same as
/// converting everything at once, because the last input samples are kept between blocks. The
/// output is not shifted in time (output sample n is the signal at n / outputRate seconds), which
/// costs <see cref="Delay"/> of latency when streaming: an output waits for the input samples after
/// it. Results are rounded half up (as JavaScript's Math.round), so the browser's twin in
/// <c>telephone-dsp.js</c> gives the same samples.
/// </remarks>
public sealed class Resampler
{
    public const int TelephoneRate = 8000;

    /// <summary>Rates whose ratio needs more coefficient sets than this are refused: every
    /// standard rate needs at most 441 (8000 to 44,100 Hz).</summary>
    public const int MaxPhases = 1000;

    private const int MinRate = 8000;
    private const int MaxRate = 384_000;

    private readonly int up;
    private readonly int down;
    private readonly int halfLength;
    private readonly double[] coefficients;
    private readonly double[] history;
    private int count;
    private int position;
    private int phase;

    public Resampler(int inputRate, int outputRate = TelephoneRate)
    {
        CheckRate(inputRate, nameof(inputRate));
        CheckRate(outputRate, nameof(outputRate));
        var divisor = GreatestCommonDivisor(inputRate, outputRate);
        up = outputRate / divisor;
        down = inputRate / divisor;
        if (up > MaxPhases)
            throw new ArgumentException(
                $"Converting {inputRate} Hz to {outputRate} Hz needs {up} filter phases (at most {MaxPhases}): " +
                "use a standard rate such as 8000, 16000, 22050, 32000, 44100 or 48000 Hz.", nameof(outputRate));
        InputRate = inputRate;
        OutputRate = outputRate;
        halfLength = KaiserLowPass.HalfLength(inputRate);
        coefficients = DesignPhases(up, halfLength, KaiserLowPass.CutoffHz / inputRate);
        history = new double[2 * halfLength + 4096];
        // Silence before the first sample, so the first outputs need no special case.
        count = halfLength - 1;
        position = halfLength - 1;
    }

    public int InputRate { get; }
    public int OutputRate { get; }

    /// <summary>How long an input sample waits before the output that needs it can be computed.</summary>
    public TimeSpan Delay => TimeSpan.FromSeconds((double)halfLength / InputRate);

    /// <summary>Taps per output sample (the filter's length in input samples).</summary>
    public int Taps => 2 * halfLength;

    /// <summary>The most outputs one call of <see cref="Process"/> can give for this much input.</summary>
    public int MaxOutputLength(int inputLength) => (int)((long)inputLength * up / down) + 2;

    /// <summary>Converts a whole signal: the output has ⌈length × outputRate / inputRate⌉ samples.</summary>
    public static short[] Convert(ReadOnlySpan<short> input, int inputRate, int outputRate = TelephoneRate)
    {
        var resampler = new Resampler(inputRate, outputRate);
        var output = new short[resampler.MaxOutputLength(input.Length) + resampler.MaxOutputLength(resampler.halfLength)];
        var written = resampler.Process(input, output);
        written += resampler.Flush(output.AsSpan(written));
        return output[..written];
    }

    /// <summary>Takes the next block of input and writes every output it completes.</summary>
    /// <returns>How many samples were written to <paramref name="output"/>.</returns>
    public int Process(ReadOnlySpan<short> input, Span<short> output)
    {
        var written = 0;
        while (!input.IsEmpty)
        {
            var take = Math.Min(input.Length, history.Length - count);
            for (var i = 0; i < take; i++) history[count + i] = input[i];
            count += take;
            input = input[take..];
            written += Drain(output[written..]);
        }
        return written;
    }

    /// <summary>Ends the stream: writes the outputs still waiting for input after the last sample,
    /// as if silence followed.</summary>
    public int Flush(Span<short> output) => Process(new short[halfLength], output);

    private int Drain(Span<short> output)
    {
        var taps = 2 * halfLength;
        var written = 0;
        while (position + halfLength < count)
        {
            if (written == output.Length) throw new ArgumentException("The output buffer is too small: see MaxOutputLength.", nameof(output));
            var start = position - halfLength + 1;
            var offset = phase * taps;
            var sum = 0.0;
            for (var t = 0; t < taps; t++) sum += history[start + t] * coefficients[offset + t];
            output[written++] = ToSample(sum);
            phase += down;
            position += phase / up;
            phase %= up;
        }
        var unneeded = Math.Min(position - halfLength + 1, count);
        if (unneeded > 0)
        {
            Array.Copy(history, unneeded, history, 0, count - unneeded);
            count -= unneeded;
            position -= unneeded;
        }
        return written;
    }

    /// <summary>
    /// Coefficient set p holds the impulse response at the offsets of the 2H input samples around an
    /// output that falls p/L of the way from one input sample to the next, normalised so that each
    /// set passes a constant unchanged (otherwise the sets' tiny gain differences add a whine at
    /// the phase rate).
    /// </summary>
    private static double[] DesignPhases(int phases, int halfLength, double cutoff)
    {
        var taps = 2 * halfLength;
        var result = new double[phases * taps];
        for (var p = 0; p < phases; p++)
        {
            var sum = 0.0;
            for (var t = 0; t < taps; t++)
            {
                var c = KaiserLowPass.ImpulseResponse((double)p / phases + (halfLength - 1 - t), cutoff, halfLength);
                result[p * taps + t] = c;
                sum += c;
            }
            for (var t = 0; t < taps; t++) result[p * taps + t] /= sum;
        }
        return result;
    }

    private static short ToSample(double value) => (short)Math.Clamp(Math.Floor(value + 0.5), short.MinValue, short.MaxValue);

    private static void CheckRate(int rate, string name)
    {
        if (rate is < MinRate or > MaxRate)
            throw new ArgumentOutOfRangeException(name, rate, $"A sample rate between {MinRate} and {MaxRate} Hz is needed.");
    }

    private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);
}
