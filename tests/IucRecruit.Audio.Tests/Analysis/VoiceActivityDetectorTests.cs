using IucRecruit.Audio.Analysis;

namespace IucRecruit.Audio.Tests.Analysis;

/// <summary>Synthetic signals whose answers are known to the sample; boundaries within one 20 ms frame.</summary>
public sealed class VoiceActivityDetectorTests
{
    private const double OneFrame = 0.020;
    private readonly VoiceActivityDetector detector = new();

    private IReadOnlyList<SpeechSegment> Detect(SyntheticTrack track) => detector.Detect(track.ToSamples(), track.SampleRate);

    [Fact]
    public void Tone_bursts_in_digital_silence_are_found_at_their_exact_times()
    {
        var track = new SyntheticTrack(6).Tone(1.0, 2.0).Tone(3.51, 4.23, levelDb: -35);

        Expect.Segments(Detect(track), OneFrame, (1.0, 2.0), (3.51, 4.23));
    }

    [Fact]
    public void Noise_bursts_over_a_steady_noise_floor_are_found_and_the_floor_is_not()
    {
        var track = new SyntheticTrack(8).Hiss(-50).AddNoise(2.0, 3.5, levelDb: -25).AddNoise(5.0, 5.6, levelDb: -30);

        Expect.Segments(Detect(track), OneFrame, (2.0, 3.5), (5.0, 5.6));
    }

    [Theory]
    [InlineData(-100)] // digital silence
    [InlineData(-60)]  // a quiet line
    [InlineData(-25)]  // a loud, steady hiss: loud, but not speech
    public void A_constant_background_alone_is_not_speech(double levelDb)
    {
        var track = new SyntheticTrack(10);
        if (levelDb > -100) track.Hiss(levelDb);

        Assert.Empty(Detect(track));
    }

    [Fact]
    public void An_empty_recording_has_no_speech() => Assert.Empty(detector.Detect([], 8000));

    [Fact]
    public void A_DC_offset_is_neither_speech_nor_in_the_way_of_it()
    {
        Assert.Empty(Detect(new SyntheticTrack(5).Hiss(-60).DcOffset(8000)));
        Expect.Segments(Detect(new SyntheticTrack(5).Hiss(-60).Tone(1.0, 2.5).DcOffset(-8000)), OneFrame, (1.0, 2.5));
    }

    [Fact]
    public void Clipped_speech_is_still_found_with_its_boundaries()
    {
        // 12 dB over full scale: the samples are clipped flat, as from a microphone far too close.
        var track = new SyntheticTrack(5).Hiss(-55).Tone(1.0, 3.0, levelDb: 12);

        Assert.Contains(short.MaxValue, track.ToSamples());
        Expect.Segments(Detect(track), OneFrame, (1.0, 3.0));
    }

    [Fact]
    public void A_breath_between_words_is_bridged_but_a_real_pause_splits_the_speech()
    {
        var track = new SyntheticTrack(6).Hiss(-60)
            .Tone(1.0, 1.8).Tone(2.0, 2.6)  // 200 ms gap: one turn
            .Tone(3.4, 4.0);                // 800 ms gap: a new one

        Expect.Segments(Detect(track), OneFrame, (1.0, 2.6), (3.4, 4.0));
    }

    [Fact]
    public void A_click_is_not_speech()
    {
        var track = new SyntheticTrack(4).Hiss(-60).AddNoise(2.0, 2.04, levelDb: -10);

        Assert.Empty(Detect(track));
    }

    [Fact]
    public void Quiet_speech_on_a_quiet_line_counts_but_nothing_below_the_minimum_level_starts_speech()
    {
        Expect.Segments(Detect(new SyntheticTrack(4).Hiss(-75).Tone(1.0, 2.0, levelDb: -45)), OneFrame, (1.0, 2.0));
        Assert.Empty(Detect(new SyntheticTrack(4).Hiss(-75).Tone(1.0, 2.0, levelDb: -55)));
    }

    [Fact]
    public void The_noise_floor_follows_the_line_when_it_gets_noisier()
    {
        // The line's hiss rises 20 dB at 30 s (a fan switched on). Speech in both halves is found;
        // the rise itself may look like speech only until the floor's window (20 s) has half passed it.
        var track = new SyntheticTrack(60).Hiss(-60).AddNoise(30, 60, levelDb: -40)
            .Tone(10, 12, levelDb: -20).Tone(50, 52, levelDb: -20);

        var segments = Detect(track);

        Assert.Contains(segments, s => Math.Abs(s.Start.TotalSeconds - 10) <= OneFrame && Math.Abs(s.End.TotalSeconds - 12) <= OneFrame);
        Assert.Contains(segments, s => Math.Abs(s.Start.TotalSeconds - 50) <= OneFrame && Math.Abs(s.End.TotalSeconds - 52) <= OneFrame);
        Assert.All(segments.Where(s => s.Start.TotalSeconds > 12 && s.Start.TotalSeconds < 50),
            s => Assert.InRange(s.End.TotalSeconds, 30, 40));
    }

    [Fact]
    public void Segment_times_are_from_the_start_of_the_recording_at_any_sample_rate()
    {
        var track = new SyntheticTrack(4, sampleRate: 44100).Hiss(-60).Tone(1.5, 2.5);

        Expect.Segments(Detect(track), OneFrame, (1.5, 2.5));
    }
}
