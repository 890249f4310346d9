using IucRecruit.Audio.Analysis;
using IucRecruit.Audio.Wav;

namespace IucRecruit.Audio.Tests.Analysis;

/// <summary>Two-channel calls built from tone bursts at exact times, so every figure has a known answer
/// (within one 20 ms frame per boundary).</summary>
public sealed class SpeechAnalyticsTests
{
    private const double OneFrame = 0.020;

    private static SpeechAnalyticsReport Analyse(SyntheticTrack caller, SyntheticTrack candidate) =>
        SpeechAnalytics.Analyse(caller.ToSamples(), candidate.ToSamples(), 8000);

    [Fact]
    public void A_call_with_responses_an_interruption_and_a_long_silence()
    {
        var caller = new SyntheticTrack(13).Hiss(-60).Tone(1.0, 3.0).Tone(4.0, 6.0).Tone(9.0, 10.0);
        var candidate = new SyntheticTrack(13).Hiss(-60)
            .Tone(3.5, 3.9, frequency: 700)   // answers the first turn after 0.5 s
            .Tone(5.0, 7.0, frequency: 700)   // cuts in 1 s before the caller stops
            .Tone(11.5, 12.0, frequency: 700); // answers the third turn after 1.5 s

        var report = Analyse(caller, candidate);

        Expect.Segments(report.CallerSegments, OneFrame, (1.0, 3.0), (4.0, 6.0), (9.0, 10.0));
        Expect.Segments(report.CandidateSegments, OneFrame, (3.5, 3.9), (5.0, 7.0), (11.5, 12.0));
        Expect.Near(5.0, report.CallerTalkTime, 3 * 2 * OneFrame);
        Expect.Near(2.9, report.CandidateTalkTime, 3 * 2 * OneFrame);
        Assert.InRange(report.CandidateTalkRatio!.Value, 2.9 / 7.9 - 0.01, 2.9 / 7.9 + 0.01);
        var interruption = Assert.Single(report.Interruptions);
        Expect.Near(5.0, interruption.At, OneFrame);
        Expect.Near(1.0, interruption.Overlap, 2 * OneFrame);
        Assert.Equal(2, report.Responses.Count);
        Expect.Near(0.5, report.Responses[0].Latency, 2 * OneFrame);
        Expect.Near(1.5, report.Responses[1].Latency, 2 * OneFrame);
        Expect.Near(1.0, report.MedianResponseLatency, 2 * OneFrame);
        Expect.Near(1.5, report.WorstResponseLatency, 2 * OneFrame);
        Expect.Near(7.0, report.LongestSilence?.Start, OneFrame);
        Expect.Near(9.0, report.LongestSilence?.End, OneFrame);
        Expect.Near(13.0, report.Duration, 0.001);
    }

    [Fact]
    public void An_empty_recording_has_defined_results_and_no_NaN()
    {
        var report = SpeechAnalytics.Analyse([], [], 8000);

        Assert.Equal(TimeSpan.Zero, report.Duration);
        Assert.Equal(TimeSpan.Zero, report.CallerTalkTime);
        Assert.Equal(TimeSpan.Zero, report.CandidateTalkTime);
        Assert.Null(report.CandidateTalkRatio);
        Assert.Empty(report.Interruptions);
        Assert.Empty(report.Responses);
        Assert.Null(report.MedianResponseLatency);
        Assert.Null(report.WorstResponseLatency);
        Assert.Null(report.LongestSilence);
    }

    [Fact]
    public void When_the_candidate_never_speaks_their_share_is_zero_and_latency_is_undefined()
    {
        var report = Analyse(new SyntheticTrack(8).Hiss(-60).Tone(1.0, 2.0).Tone(5.0, 6.0), new SyntheticTrack(8));

        Assert.Equal(0, report.CandidateTalkRatio);
        Assert.Empty(report.Responses);
        Assert.Null(report.MedianResponseLatency);
        Assert.Null(report.WorstResponseLatency);
        Expect.Near(2.0, report.LongestSilence?.Start, OneFrame);
        Expect.Near(5.0, report.LongestSilence?.End, OneFrame);
    }

    [Fact]
    public void When_only_the_candidate_speaks_nothing_is_a_response_or_an_interruption()
    {
        var report = Analyse(new SyntheticTrack(5).Hiss(-60), new SyntheticTrack(5).Hiss(-60).Tone(1.0, 2.0));

        Assert.Equal(1, report.CandidateTalkRatio);
        Assert.Empty(report.Responses);
        Assert.Empty(report.Interruptions);
        Assert.Null(report.LongestSilence); // one stretch of speech: no silence inside the conversation
    }

    [Fact]
    public void Each_channel_is_judged_on_its_own_signal()
    {
        // A loud caller and a silent candidate line: none of the caller's speech is the candidate's.
        var report = Analyse(new SyntheticTrack(5).Hiss(-60).Tone(1.0, 4.0, levelDb: -6), new SyntheticTrack(5).Hiss(-70));

        Assert.Equal(TimeSpan.Zero, report.CandidateTalkTime);
        Expect.Near(3.0, report.CallerTalkTime, 2 * OneFrame);
    }

    [Fact]
    public void Starting_a_moment_before_the_caller_finishes_is_a_response_with_a_negative_latency()
    {
        var report = Analyse(
            new SyntheticTrack(6).Hiss(-60).Tone(1.0, 3.0),
            new SyntheticTrack(6).Hiss(-60).Tone(2.8, 4.0, frequency: 700)); // 200 ms overlap: turn-taking

        Assert.Empty(report.Interruptions);
        Expect.Near(-0.2, Assert.Single(report.Responses).Latency, 2 * OneFrame);
    }

    [Fact]
    public void A_short_acknowledgement_inside_the_callers_turn_is_neither_an_interruption_nor_a_response()
    {
        var report = Analyse(
            new SyntheticTrack(6).Hiss(-60).Tone(1.0, 4.0),
            new SyntheticTrack(6).Hiss(-60).Tone(2.0, 2.2, frequency: 700)); // "mm"

        Assert.Single(report.CandidateSegments);
        Assert.Empty(report.Interruptions);
        Assert.Empty(report.Responses);
    }

    [Fact]
    public void The_minimum_interruption_overlap_is_a_setting()
    {
        var caller = new SyntheticTrack(6).Hiss(-60).Tone(1.0, 3.0);
        var candidate = new SyntheticTrack(6).Hiss(-60).Tone(2.8, 4.0, frequency: 700);
        var strict = new SpeechAnalyticsOptions { MinimumInterruptionOverlap = TimeSpan.FromMilliseconds(100) };

        var report = SpeechAnalytics.Analyse(caller.ToSamples(), candidate.ToSamples(), 8000, strict);

        Assert.Single(report.Interruptions);
        Assert.Empty(report.Responses);
    }

    [Fact]
    public void A_recording_that_is_not_two_channels_is_refused_with_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"iucrecruit-mono-{Guid.NewGuid():N}.wav");
        try
        {
            using (var writer = WavWriter.Create(path, 8000, 1)) writer.Write(new short[800]);

            var error = Assert.Throws<WavFormatException>(() => SpeechAnalytics.Analyse(path));

            Assert.Contains("has 1 channel(s); a call recording has two", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
