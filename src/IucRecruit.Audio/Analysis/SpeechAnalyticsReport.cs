namespace IucRecruit.Audio.Analysis;

/// <summary>The candidate started speaking while the caller was speaking, and both went on
/// together for <see cref="Overlap"/>.</summary>
public sealed record Interruption(TimeSpan At, TimeSpan Overlap);

/// <summary>The caller stopped and the candidate took the turn. <see cref="Latency"/> is negative
/// when the candidate started a little before the caller finished (too little to be an interruption).</summary>
public sealed record ResponseLatency(TimeSpan CallerStopped, TimeSpan CandidateStarted)
{
    public TimeSpan Latency => CandidateStarted - CallerStopped;
}

/// <summary>
/// Who spoke when in a two-channel call recording, and what follows from it. Every figure is
/// defined for every recording: where there is nothing to measure (nobody spoke, no response) the
/// figure is null, never NaN.
/// </summary>
public sealed record SpeechAnalyticsReport(
    TimeSpan Duration,
    IReadOnlyList<SpeechSegment> CallerSegments,
    IReadOnlyList<SpeechSegment> CandidateSegments,
    IReadOnlyList<Interruption> Interruptions,
    IReadOnlyList<ResponseLatency> Responses,
    SpeechSegment? LongestSilence)
{
    public TimeSpan CallerTalkTime => Total(CallerSegments);

    public TimeSpan CandidateTalkTime => Total(CandidateSegments);

    /// <summary>The candidate's share of all talk time, 0 to 1; null when nobody spoke.</summary>
    public double? CandidateTalkRatio
    {
        get
        {
            var total = CallerTalkTime + CandidateTalkTime;
            return total == TimeSpan.Zero ? null : CandidateTalkTime / total;
        }
    }

    /// <summary>The median response latency (the mean of the middle two for an even count); null
    /// when the candidate never responded.</summary>
    public TimeSpan? MedianResponseLatency
    {
        get
        {
            if (Responses.Count == 0) return null;
            var sorted = Responses.Select(r => r.Latency).Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <summary>The longest response latency; null when the candidate never responded.</summary>
    public TimeSpan? WorstResponseLatency => Responses.Count == 0 ? null : Responses.Max(r => r.Latency);

    private static TimeSpan Total(IEnumerable<SpeechSegment> segments) =>
        segments.Aggregate(TimeSpan.Zero, (sum, segment) => sum + segment.Duration);
}
