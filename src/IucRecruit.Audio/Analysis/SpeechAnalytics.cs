using IucRecruit.Audio.Wav;

namespace IucRecruit.Audio.Analysis;

/// <summary>
/// Speech analytics over a two-channel call recording (left = caller, right = candidate, as the
/// call writes it: DESIGN.md §3). Each channel's speech is judged on that channel alone, so the
/// caller's voice can never count as the candidate's; the two are then compared in time.
/// </summary>
/// <remarks>
/// Definitions (decision 0013):
/// <list type="bullet">
/// <item>An <b>interruption</b>: a candidate segment that starts after a caller segment started and
/// before it ended, and overlaps it by at least <see cref="SpeechAnalyticsOptions.MinimumInterruptionOverlap"/>.</item>
/// <item>A <b>response</b>: a candidate segment that is not an interruption, whose most recent
/// segment to start before it (on either channel) was the caller's, and that goes on after the
/// caller's segment ended (a short "mm" inside the caller's turn is not a response). Its latency is
/// the floor-transfer offset of M. Heldner and J. Edlund, "Pauses, gaps and overlaps in
/// conversations" (Journal of Phonetics 38(4), 2010): candidate start minus caller end, negative
/// for a small overlap.</item>
/// <item>The <b>longest silence</b>: the longest time in which neither spoke, between the first
/// speech and the last (the ringing before and the hang-up after are not the conversation).</item>
/// </list>
/// </remarks>
public static class SpeechAnalytics
{
    public static SpeechAnalyticsReport Analyse(string recordingPath, SpeechAnalyticsOptions? options = null)
    {
        var (info, channels) = WavReader.ReadSamples(recordingPath);
        if (info.Channels != 2)
            throw new WavFormatException($"{recordingPath} has {info.Channels} channel(s); a call recording has two (left = caller, right = candidate).");
        return Analyse(channels[0], channels[1], info.SampleRate, options);
    }

    public static SpeechAnalyticsReport Analyse(ReadOnlySpan<short> caller, ReadOnlySpan<short> candidate, int sampleRate, SpeechAnalyticsOptions? options = null)
    {
        options ??= new SpeechAnalyticsOptions();
        var detector = new VoiceActivityDetector(options.VoiceActivity);
        var callerSegments = detector.Detect(caller, sampleRate);
        var candidateSegments = detector.Detect(candidate, sampleRate);
        var interruptions = new List<Interruption>();
        var responses = new List<ResponseLatency>();
        foreach (var turn in candidateSegments)
        {
            var interrupted = callerSegments.FirstOrDefault(c => c.Start < turn.Start && turn.Start < c.End);
            var overlap = interrupted is null ? TimeSpan.Zero : Min(interrupted.End, turn.End) - turn.Start;
            if (interrupted is not null && overlap >= options.MinimumInterruptionOverlap)
            {
                interruptions.Add(new Interruption(turn.Start, overlap));
            }
            else if (PrecedingCallerTurn(turn, callerSegments, candidateSegments) is { } callerTurn && turn.End > callerTurn.End)
            {
                responses.Add(new ResponseLatency(callerTurn.End, turn.Start));
            }
        }
        return new SpeechAnalyticsReport(
            TimeSpan.FromTicks(Math.Max(caller.Length, candidate.Length) * TimeSpan.TicksPerSecond / sampleRate),
            callerSegments,
            candidateSegments,
            interruptions,
            responses,
            LongestSilence([.. callerSegments, .. candidateSegments]));
    }

    /// <summary>The caller's segment if it is the most recent to start before this turn, on either channel.</summary>
    private static SpeechSegment? PrecedingCallerTurn(SpeechSegment turn, IReadOnlyList<SpeechSegment> caller, IReadOnlyList<SpeechSegment> candidate)
    {
        var callerTurn = caller.LastOrDefault(c => c.Start < turn.Start);
        var ownTurn = candidate.LastOrDefault(c => c.Start < turn.Start);
        return callerTurn is not null && (ownTurn is null || ownTurn.Start < callerTurn.Start) ? callerTurn : null;
    }

    private static SpeechSegment? LongestSilence(List<SpeechSegment> segments)
    {
        SpeechSegment? longest = null;
        var spokenUntil = TimeSpan.MinValue;
        foreach (var segment in segments.OrderBy(s => s.Start))
        {
            if (spokenUntil != TimeSpan.MinValue && segment.Start > spokenUntil &&
                (longest is null || segment.Start - spokenUntil > longest.Duration))
                longest = new SpeechSegment(spokenUntil, segment.Start);
            spokenUntil = Max(spokenUntil, segment.End);
        }
        return longest;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>How speech analytics judges a call; the defaults are decision 0013's.</summary>
public sealed record SpeechAnalyticsOptions
{
    public VoiceActivityOptions VoiceActivity { get; init; } = new();

    /// <summary>A candidate who starts while the caller speaks interrupts only if both then speak
    /// together at least this long; shorter overlaps are ordinary turn-taking.</summary>
    public TimeSpan MinimumInterruptionOverlap { get; init; } = TimeSpan.FromMilliseconds(300);
}
