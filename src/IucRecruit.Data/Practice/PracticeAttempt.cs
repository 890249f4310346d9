using IucRecruit.Core.Practice;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Practice;

/// <summary>
/// One go at a practice call (issue 15): started from a campaign's practice page, by anyone
/// (<see cref="CandidateId"/> null) or by a candidate signed in with their invitation. The call
/// itself runs in the browser; the server stores its start, then once, at the end, the call record
/// as typed with how it matched, the times the browser measured (never the voice), and later the
/// answer to "Is this job for you?".
/// </summary>
public sealed class PracticeAttempt
{
    /// <summary>Room for a call record's fields as JSON, each at its longest.</summary>
    public const int RecordJsonLength = 4000;

    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public Campaign? Campaign { get; set; }

    /// <summary>The invited candidate who practised, or null for anyone else.</summary>
    public Guid? CandidateId { get; set; }
    public Candidate? Candidate { get; set; }

    public required string PracticeCallId { get; set; }

    /// <summary>The practice call's content hash when it started (<see cref="Core.Scenarios.LibraryItem.Version"/>).</summary>
    public required string PracticeCallVersion { get; set; }

    public DateTime StartedUtc { get; set; }

    /// <summary>When the result was posted; null while the call is under way or was abandoned.</summary>
    public DateTime? CompletedUtc { get; set; }

    /// <summary>The call record as typed, field id → text, as JSON (the practice caller's invented
    /// details, nothing about the person practising).</summary>
    public string? RecordJson { get; set; }

    public int? FieldsMatched { get; set; }
    public int? FieldCount { get; set; }

    public long? DurationMs { get; set; }
    public long? CandidateSpeechMs { get; set; }
    public long? CallerSpeechMs { get; set; }
    public long? MedianResponseMs { get; set; }
    public long? LongestResponseMs { get; set; }
    public int? TurnsHeard { get; set; }

    public PracticeAnswer? Answer { get; set; }

    /// <summary>The "not for me" reasons chosen (<see cref="NotForMeReasons.Store"/>); empty for none.</summary>
    public string NotForMeReasons { get; set; } = "";

    public DateTime? AnsweredUtc { get; set; }
}
