using NAudio.Dsp;

namespace IucRecruit.Audio.Resampling;

/// <summary>
/// Converts 16-bit mono audio between sample rates with NAudio's <see cref="WdlResampler"/> (Cockos
/// WDL's resampler): from a file's or a tool's rate down to 8 kHz, or from 8 kHz up to a sound
/// card's rate. It is set up for the telephone band: a Blackman–Harris windowed sinc spanning
/// <see cref="HalfFilterSeconds"/> of input each side of an output, whose cut-off WDL puts at 97%
/// of the lower rate's Nyquist frequency (3880 Hz at 8 kHz). So 3400 Hz, the top of the G.712
/// telephone band, passes within 0.01 dB, and everything from 4350 Hz up (what would alias into
/// the band) is more than 90 dB down (ResamplerTests measure both).
/// </summary>
/// <remarks>
/// It streams: blocks of any size give, sample for sample, what converting everything at once
/// gives, and <see cref="Flush"/> ends the stream with exactly ⌈length × outputRate / inputRate⌉
/// outputs in all. WDL compensates its filter's delay, so output sample n is the signal at
/// n / outputRate seconds. The browser's resampler (telephone-dsp.js) is its own design (a Kaiser
/// window with a 3400–4000 Hz transition): the two are not twins.
/// </remarks>
public sealed class Resampler
{
    public const int TelephoneRate = 8000;

    /// <summary>Half the filter's length: long enough for the band edges above, short enough that
    /// streaming waits only a few milliseconds for the input an output needs.</summary>
    public const double HalfFilterSeconds = 0.004;

    private const int MinRate = 8000;
    private const int MaxRate = 384_000;

    /// <summary>WDL's default: the filter is tabulated at 32 fractional positions per input sample
    /// and interpolated between them, which is what lets it take any ratio of rates.</summary>
    private const int FilterOversampling = 32;

    private readonly WdlResampler wdl = new();
    private readonly int halfLength;
    private float[] scratch = [];
    private long consumed;
    private long produced;

    public Resampler(int inputRate, int outputRate = TelephoneRate)
    {
        CheckRate(inputRate, nameof(inputRate));
        CheckRate(outputRate, nameof(outputRate));
        InputRate = inputRate;
        OutputRate = outputRate;
        halfLength = (int)Math.Round(inputRate * HalfFilterSeconds);
        wdl.SetMode(interp: true, filtercnt: 0, sinc: true, sinc_size: Taps, sinc_interpsize: FilterOversampling);
        wdl.SetRates(inputRate, outputRate);
        // Each call hands over the input it has rather than asking for the output it wants.
        wdl.SetFeedMode(true);
    }

    public int InputRate { get; }
    public int OutputRate { get; }

    /// <summary>How long an input sample waits before the output that needs it can be computed.</summary>
    public TimeSpan Delay => TimeSpan.FromSeconds((double)halfLength / InputRate);

    /// <summary>Taps per output sample (the filter's length in input samples).</summary>
    public int Taps => 2 * halfLength;

    /// <summary>The most outputs one call of <see cref="Process"/> can give for this much input.</summary>
    public int MaxOutputLength(int inputLength) => (int)((long)inputLength * OutputRate / InputRate) + 2;

    /// <summary>Converts a whole signal: the output has ⌈length × outputRate / inputRate⌉ samples.</summary>
    public static short[] Convert(ReadOnlySpan<short> input, int inputRate, int outputRate = TelephoneRate)
    {
        var resampler = new Resampler(inputRate, outputRate);
        var output = new short[resampler.MaxOutputLength(input.Length) + resampler.MaxOutputLength(resampler.Taps)];
        var written = resampler.Process(input, output);
        written += resampler.Flush(output.AsSpan(written));
        return output[..written];
    }

    /// <summary>Takes the next block of input and writes every output it completes.</summary>
    /// <returns>How many samples were written to <paramref name="output"/>.</returns>
    public int Process(ReadOnlySpan<short> input, Span<short> output)
    {
        if (input.IsEmpty) return 0;
        wdl.ResamplePrepare(input.Length, 1, out var buffer);
        for (var i = 0; i < input.Length; i++) buffer[i] = input[i];
        consumed += input.Length;
        return Resample(input.Length, output);
    }

    /// <summary>Ends the stream: writes the outputs still waiting for input after the last sample,
    /// as if silence followed.</summary>
    public int Flush(Span<short> output)
    {
        var written = 0;
        while (produced < Expected)
        {
            wdl.ResamplePrepare(Taps, 1, out var silence);
            silence.Clear();
            written += Resample(Taps, output[written..]);
        }
        return written;
    }

    /// <summary>All the outputs the input so far stands for.</summary>
    private long Expected => (consumed * OutputRate + InputRate - 1) / InputRate;

    private int Resample(int fed, Span<short> output)
    {
        var room = MaxOutputLength(fed);
        if (scratch.Length < room) scratch = new float[room];
        // Never more than the input stands for: the silence that Flush feeds would add a tail.
        var made = (int)Math.Min(wdl.ResampleOut(scratch, fed, room, 1), Expected - produced);
        if (made > output.Length) throw new ArgumentException("The output buffer is too small: see MaxOutputLength.", nameof(output));
        for (var i = 0; i < made; i++) output[i] = ToSample(scratch[i]);
        produced += made;
        return made;
    }

    /// <summary>Rounded half up, and clipped: a filtered full-scale signal rings past full scale.</summary>
    private static short ToSample(float value) => (short)Math.Clamp(Math.Floor(value + 0.5), short.MinValue, short.MaxValue);

    private static void CheckRate(int rate, string name)
    {
        if (rate is < MinRate or > MaxRate)
            throw new ArgumentOutOfRangeException(name, rate, $"A sample rate between {MinRate} and {MaxRate} Hz is needed.");
    }
}
