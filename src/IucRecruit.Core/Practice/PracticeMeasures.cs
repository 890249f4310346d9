namespace IucRecruit.Core.Practice;

/// <summary>
/// What the browser measured during a practice call with its voice activity detection: nothing of
/// the voice itself, only times. Checked before it is stored, since anyone can post it.
/// </summary>
/// <param name="DurationMs">From the first turn starting to the candidate ending the call.</param>
/// <param name="CandidateSpeechMs">How long the candidate's voice was heard, in total.</param>
/// <param name="CallerSpeechMs">How long the caller's turns played, in total.</param>
/// <param name="ResponseTimesMs">For each caller turn the candidate answered by voice, the time
/// from the turn ending to the candidate starting to speak.</param>
/// <param name="TurnsHeard">How many of the caller's turns were played.</param>
public sealed record PracticeMeasures(long DurationMs, long CandidateSpeechMs, long CallerSpeechMs, IReadOnlyList<long> ResponseTimesMs, int TurnsHeard)
{
    /// <summary>Longer than any practice call could take, even with more time and pauses.</summary>
    public static readonly TimeSpan LongestCall = TimeSpan.FromHours(2);

    /// <summary>Null when the measures are possible; otherwise why not, in words.</summary>
    public string? Problem(int turnCount)
    {
        var longest = (long)LongestCall.TotalMilliseconds;
        if (DurationMs is <= 0 || DurationMs > longest) return $"The call's length must be between 0 and {LongestCall.TotalHours:0} hours.";
        if (CandidateSpeechMs < 0 || CallerSpeechMs < 0 || CandidateSpeechMs + CallerSpeechMs > 2 * DurationMs)
            return "The talk times must be positive and within the call.";
        if (TurnsHeard < 1 || TurnsHeard > turnCount) return $"Between 1 and {turnCount} turns can have been heard.";
        if (ResponseTimesMs.Count > TurnsHeard || ResponseTimesMs.Any(r => r < 0 || r > DurationMs))
            return "Each response time must be within the call, one at most for each turn heard.";
        return null;
    }

    /// <summary>The candidate's share of the talk, 0 to 1; null when nobody spoke.</summary>
    public double? TalkShare => CandidateSpeechMs + CallerSpeechMs == 0 ? null : (double)CandidateSpeechMs / (CandidateSpeechMs + CallerSpeechMs);

    public long? MedianResponseMs
    {
        get
        {
            if (ResponseTimesMs.Count == 0) return null;
            var sorted = ResponseTimesMs.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public long? LongestResponseMs => ResponseTimesMs.Count == 0 ? null : ResponseTimesMs.Max();
}
