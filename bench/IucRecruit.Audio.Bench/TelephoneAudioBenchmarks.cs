using BenchmarkDotNet.Attributes;
using IucRecruit.Audio.Analysis;
using IucRecruit.Audio.Resampling;
using IucRecruit.Audio.Telephony;

namespace IucRecruit.Audio.Bench;

/// <summary>
/// What one second of call audio costs the server or a tool: resampling a browser's 44.1 kHz to
/// 8 kHz in 20 ms blocks (the browser does the same in JavaScript), μ-law both ways, and the speech
/// analytics of a ten-minute two-channel recording.
/// </summary>
[MemoryDiagnoser]
public class TelephoneAudioBenchmarks
{
    private readonly short[] oneSecondAt44k = Tone(44100, 44100);
    private readonly short[] oneSecondAt8k = Tone(8000, 8000);
    private readonly byte[] codes = new byte[8000];
    private readonly short[] decoded = new short[8000];
    private readonly short[] output = new short[48000 + 2];
    private readonly short[] tenMinutesCaller = Turns(8000 * 600, offset: 0);
    private readonly short[] tenMinutesCandidate = Turns(8000 * 600, offset: 8000 * 3);

    // One per call, kept between iterations as a live call keeps it between frames.
    private readonly Resampler capture = new(44100);
    private readonly Resampler playback = new(8000, 48000);

    // NAudio's resampler builds its filter on the first block, so set-up is timed with that block.
    [Benchmark(Description = "Set up 44.1 kHz to 8 kHz and resample the first 20 ms (once per call)")]
    public int Design() => new Resampler(44100).Process(oneSecondAt44k.AsSpan(0, 882), output);

    [Benchmark(Description = "Resample 1 s, 44.1 kHz to 8 kHz, in 20 ms blocks")]
    public int Downsample()
    {
        var written = 0;
        for (var start = 0; start < oneSecondAt44k.Length; start += 882)
            written += capture.Process(oneSecondAt44k.AsSpan(start, 882), output);
        return written;
    }

    [Benchmark(Description = "Resample 1 s, 8 kHz to 48 kHz, in 20 ms blocks")]
    public int Upsample()
    {
        var written = 0;
        for (var start = 0; start < oneSecondAt8k.Length; start += 160)
            written += playback.Process(oneSecondAt8k.AsSpan(start, 160), output);
        return written;
    }

    [Benchmark(Description = "μ-law encode and decode 1 s at 8 kHz")]
    public short MuLawRoundTrip()
    {
        MuLaw.Encode(oneSecondAt8k, codes);
        MuLaw.Decode(codes, decoded);
        return decoded[^1];
    }

    [Benchmark(Description = "Speech analytics of a 10-minute two-channel recording")]
    public int Analyse() => SpeechAnalytics.Analyse(tenMinutesCaller, tenMinutesCandidate, 8000).Responses.Count;

    private static short[] Tone(int sampleRate, int length) =>
        Enumerable.Range(0, length).Select(i => (short)(8000 * Math.Sin(2 * Math.PI * 1000 * i / sampleRate))).ToArray();

    // Three seconds of tone in every six, so the channels take turns.
    private static short[] Turns(int length, int offset) =>
        Enumerable.Range(0, length)
            .Select(i => ((i + offset) / 24000) % 2 == 0 ? (short)(6000 * Math.Sin(2 * Math.PI * 440 * i / 8000)) : (short)((i * 7919) % 41 - 20))
            .ToArray();
}
