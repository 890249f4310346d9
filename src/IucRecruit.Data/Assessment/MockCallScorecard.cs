using IucRecruit.Core.Assessment.Scoring;

namespace IucRecruit.Data.Assessment;

/// <summary>
/// One assessor's ratings of one mock call, as submitted. Never changed and never deleted while the
/// call exists: a moderation records an agreed score beside it (<see cref="MockCallModeration"/>),
/// so the raw ratings stay for calibration and audit.
/// </summary>
public sealed class MockCallScorecard
{
    public Guid Id { get; set; }
    public Guid MockCallId { get; set; }
    public Guid AssessorUserId { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public required ScoreSheet Sheet { get; set; }
}

/// <summary>What a lead assessor agreed for a call the two assessors disagreed on, and why.</summary>
public sealed class MockCallModeration
{
    public Guid Id { get; set; }
    public Guid MockCallId { get; set; }
    public Guid ModeratorUserId { get; set; }
    public DateTime ModeratedUtc { get; set; }
    public required ModerationDecision Decision { get; set; }
}

/// <summary>A criterion's final score as the result records it.</summary>
public sealed record FinalScore(string CriterionId, double Score, double Maximum, bool Passed, string Basis);

/// <summary>
/// A mock call's final result, written once when it is decided: pass or fail with the reason, the
/// final score of each criterion, and the automatic accuracy evidence as it stood (the assessors'
/// ratings decided; both are kept). Whether the candidate could be moved on in the funnel is kept
/// too, so a manager sees what is left to do.
/// </summary>
public sealed class MockCallResult
{
    public Guid Id { get; set; }
    public Guid MockCallId { get; set; }
    public Guid CandidateId { get; set; }
    public bool Passed { get; set; }
    public required string Reason { get; set; }
    public DateTime DecidedUtc { get; set; }
    public required IReadOnlyList<FinalScore> Scores { get; set; }
    public required AccuracyReport Accuracy { get; set; }

    /// <summary>When the funnel was moved (on to the interview, or rejected); null while it could not be.</summary>
    public DateTime? FunnelMovedUtc { get; set; }

    /// <summary>Why the funnel could not be moved, in words a manager can act on.</summary>
    public string? FunnelRefusal { get; set; }
}

/// <summary>Strengths and development points for the candidate, written by an assessor or a lead
/// and published by a recruiting manager. The candidate sees it only once published; it is never
/// the assessors' own notes.</summary>
public sealed class CandidateFeedback
{
    public const int MaxLength = 2000;

    public Guid Id { get; set; }
    public Guid MockCallId { get; set; }
    public Guid CandidateId { get; set; }
    public string Strengths { get; set; } = "";
    public string DevelopmentPoints { get; set; } = "";
    public Guid WrittenByUserId { get; set; }
    public DateTime WrittenUtc { get; set; }
    public Guid? PublishedByUserId { get; set; }
    public DateTime? PublishedUtc { get; set; }
}

/// <summary>The speech analytics of a call's recording (docs/decisions/0013), worked out once and
/// kept, with the recording's hash so that it is clear which file they describe.</summary>
public sealed class CallSpeechAnalytics
{
    public Guid Id { get; set; }
    public Guid MockCallId { get; set; }
    public long DurationMs { get; set; }
    public long CallerTalkMs { get; set; }
    public long CandidateTalkMs { get; set; }
    public double? CandidateTalkRatio { get; set; }
    public int Interruptions { get; set; }
    public int Responses { get; set; }
    public long? MedianResponseLatencyMs { get; set; }
    public long? WorstResponseLatencyMs { get; set; }
    public long? LongestSilenceMs { get; set; }
    public long? LongestSilenceAtMs { get; set; }
    public required string RecordingSha256 { get; set; }
    public DateTime AnalysedUtc { get; set; }
}
