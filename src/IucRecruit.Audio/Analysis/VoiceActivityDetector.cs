namespace IucRecruit.Audio.Analysis;

/// <summary>
/// Finds where someone is speaking in one channel of a recording, in 20 ms frames. Energy-based,
/// after L. R. Rabiner and M. R. Sambur, "An algorithm for determining the endpoints of isolated
/// utterances" (Bell System Technical Journal 54(2), 1975): thresholds set relative to the
/// background level, a higher one that a frame must cross to start speech and a lower one that
/// traces the speech back to its soft start and on to its soft end. The background level is not a
/// fixed first stretch of silence but a noise floor that follows the line (a low percentile of
/// the frame energies around each moment, in the spirit of R. Martin's minimum statistics, IEEE
/// Trans. Speech and Audio Processing 9(5), 2001). Short pauses are bridged (the hangover of
/// ITU-T G.729 Annex B and GSM 06.32) and short bursts dropped. Decision 0013 gives the numbers.
/// </summary>
/// <remarks>
/// Each frame's mean is removed before its energy is taken, so a DC offset is not speech. The
/// analysis looks at the whole recording at once (the noise floor window is centred), so it is
/// for recordings after a call, not for live decisions.
/// </remarks>
public sealed class VoiceActivityDetector(VoiceActivityOptions? options = null)
{
    public static readonly TimeSpan FrameLength = TimeSpan.FromMilliseconds(20);

    /// <summary>The energy given to a frame of digital silence, instead of minus infinity.</summary>
    public const double SilenceDb = -100;

    private readonly VoiceActivityOptions options = options ?? new VoiceActivityOptions();

    public IReadOnlyList<SpeechSegment> Detect(ReadOnlySpan<short> samples, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        var frameSamples = (int)(sampleRate * FrameLength.TotalSeconds);
        var energies = FrameEnergies(samples, frameSamples);
        var speech = Classify(energies, NoiseFloors(energies));
        var runs = DropShort(Bridge(Runs(speech), Frames(options.BridgeGap)), Frames(options.MinimumSpeech));
        var length = samples.Length;
        return runs
            .Select(run => new SpeechSegment(
                Time(run.Start * frameSamples, sampleRate),
                Time(Math.Min(run.End * frameSamples, length), sampleRate)))
            .ToList();
    }

    /// <summary>Each frame's energy in dB relative to a full-scale square wave, its mean removed.</summary>
    public static double[] FrameEnergies(ReadOnlySpan<short> samples, int frameSamples)
    {
        var energies = new double[(samples.Length + frameSamples - 1) / frameSamples];
        for (var f = 0; f < energies.Length; f++)
        {
            var frame = samples.Slice(f * frameSamples, Math.Min(frameSamples, samples.Length - f * frameSamples));
            double sum = 0, sumOfSquares = 0;
            foreach (var s in frame)
            {
                sum += s;
                sumOfSquares += (double)s * s;
            }
            var mean = sum / frame.Length;
            var power = sumOfSquares / frame.Length - mean * mean;
            energies[f] = power <= 0 ? SilenceDb : Math.Max(SilenceDb, 10 * Math.Log10(power / (32768.0 * 32768.0)));
        }
        return energies;
    }

    /// <summary>The noise floor under each frame, recomputed every second from the window around it.</summary>
    private double[] NoiseFloors(double[] energies)
    {
        var floors = new double[energies.Length];
        var hop = (int)(1 / FrameLength.TotalSeconds);
        var halfWindow = Frames(options.NoiseFloorWindow) / 2;
        for (var start = 0; start < energies.Length; start += hop)
        {
            var centre = Math.Min(start + hop / 2, energies.Length - 1);
            var from = Math.Max(0, centre - halfWindow);
            var window = energies[from..Math.Min(energies.Length, centre + halfWindow)];
            Array.Sort(window);
            var floor = window[(int)Math.Floor(options.NoiseFloorPercentile / 100 * (window.Length - 1))];
            Array.Fill(floors, floor, start, Math.Min(hop, energies.Length - start));
        }
        return floors;
    }

    /// <summary>Two thresholds: a frame above the onset threshold starts speech, which extends both
    /// ways over the neighbouring frames above the lower continue threshold.</summary>
    private bool[] Classify(double[] energies, double[] floors)
    {
        var hysteresis = options.OnsetMarginDb - options.ContinueMarginDb;
        double Onset(int f) => Math.Max(floors[f] + options.OnsetMarginDb, options.MinimumOnsetLevelDb);
        bool Continues(int f) => energies[f] >= Onset(f) - hysteresis;

        var speech = new bool[energies.Length];
        for (var f = 0; f < energies.Length; f++)
        {
            if (energies[f] < Onset(f)) continue;
            var first = f;
            while (first > 0 && !speech[first - 1] && Continues(first - 1)) first--;
            var end = f;
            while (end < energies.Length && Continues(end)) end++;
            Array.Fill(speech, true, first, end - first);
            f = end;
        }
        return speech;
    }

    private static List<(int Start, int End)> Runs(bool[] speech)
    {
        var runs = new List<(int, int)>();
        for (var f = 0; f < speech.Length; f++)
        {
            if (!speech[f]) continue;
            var start = f;
            while (f < speech.Length && speech[f]) f++;
            runs.Add((start, f));
        }
        return runs;
    }

    private static List<(int Start, int End)> Bridge(List<(int Start, int End)> runs, int shorterThan)
    {
        var bridged = new List<(int Start, int End)>();
        foreach (var run in runs)
        {
            if (bridged.Count > 0 && run.Start - bridged[^1].End < shorterThan) bridged[^1] = (bridged[^1].Start, run.End);
            else bridged.Add(run);
        }
        return bridged;
    }

    private static List<(int Start, int End)> DropShort(List<(int Start, int End)> runs, int shorterThan) =>
        runs.Where(run => run.End - run.Start >= shorterThan).ToList();

    private static int Frames(TimeSpan duration) => (int)Math.Round(duration / FrameLength);

    private static TimeSpan Time(long sample, int sampleRate) => TimeSpan.FromTicks(sample * TimeSpan.TicksPerSecond / sampleRate);
}
