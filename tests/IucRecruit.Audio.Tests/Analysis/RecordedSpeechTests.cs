using System.Text.Json;
using IucRecruit.Audio.Analysis;
using IucRecruit.Audio.Wav;
using IucRecruit.Testing;

namespace IucRecruit.Audio.Tests.Analysis;

/// <summary>
/// Recorded (synthesised) speech, placed at known offsets by tests/fixtures/audio/make-speech-fixtures.sh,
/// which wrote the offsets to call-8k-stereo.json. Real speech has soft starts and ends, so each
/// boundary is allowed ±60 ms, and a figure made of two boundaries ±120 ms.
/// </summary>
public sealed class RecordedSpeechTests
{
    private const double Boundary = 0.060;
    private static readonly string Fixtures = RepositoryRoot.Combine("tests", "fixtures", "audio");

    private static readonly JsonElement Manifest =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, "call-8k-stereo.json"))).RootElement;

    private static (double Start, double End)[] Placed(string channel) =>
        Manifest.GetProperty(channel).EnumerateArray()
            .Select(s => (s.GetProperty("start").GetDouble(), s.GetProperty("end").GetDouble()))
            .ToArray();

    [Fact]
    public void One_utterance_is_found_where_it_was_placed()
    {
        var (info, channels) = WavReader.ReadSamples(Path.Combine(Fixtures, "speech-8k.wav"));
        var speech = Manifest.GetProperty("speech");

        var segments = new VoiceActivityDetector().Detect(channels[0], info.SampleRate);

        Expect.Segments(segments, Boundary, (speech.GetProperty("start").GetDouble(), speech.GetProperty("end").GetDouble()));
    }

    [Fact]
    public void A_recorded_call_gives_the_turns_interruption_latencies_and_silence_it_was_made_with()
    {
        var caller = Placed("caller");
        var candidate = Placed("candidate");

        var report = SpeechAnalytics.Analyse(Path.Combine(Fixtures, "call-8k-stereo.wav"));

        Expect.Segments(report.CallerSegments, Boundary, caller);
        Expect.Segments(report.CandidateSegments, Boundary, candidate);
        Expect.Near(caller.Sum(s => s.End - s.Start), report.CallerTalkTime, 3 * 2 * Boundary);
        Expect.Near(candidate.Sum(s => s.End - s.Start), report.CandidateTalkTime, 3 * 2 * Boundary);

        // The script: candidate 2 cuts into caller 2; candidates 1 and 3 answer callers 1 and 3.
        Expect.Near(candidate[1].Start, Assert.Single(report.Interruptions).At, Boundary);
        Assert.Equal(2, report.Responses.Count);
        Expect.Near(0.7, report.Responses[0].Latency, 2 * Boundary);
        Expect.Near(1.5, report.Responses[1].Latency, 2 * Boundary);
        Expect.Near(1.1, report.MedianResponseLatency, 2 * Boundary);
        Expect.Near(1.5, report.WorstResponseLatency, 2 * Boundary);
        Expect.Near(caller[2].End, report.LongestSilence?.Start, Boundary);
        Expect.Near(candidate[2].Start, report.LongestSilence?.End, Boundary);
    }
}
