using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Assessment;

/// <summary>
/// A candidate's final mark on one mock-call criterion (accuracy, empathy, call handling, …), as
/// the assessment records it when the result is final. Predictive validity asks whether these
/// marks foretell being in post at six months. Written through <see cref="MockCallScores"/>
/// (docs/decisions/0012).
/// </summary>
public sealed class MockCallScoreOfRecord
{
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }

    /// <summary>A stable identifier of the criterion, such as "accuracy", "empathy" or "call-handling".</summary>
    public string CriterionId { get; set; } = "";

    public double Score { get; set; }

    /// <summary>The top of the criterion's scale (5 for a 1–5 rating), so scores on different scales
    /// can be banded together.</summary>
    public double MaximumScore { get; set; }

    /// <summary>Whether the candidate passed this criterion's gate.</summary>
    public bool Passed { get; set; }

    public DateTime ScoredUtc { get; set; }
}

/// <summary>
/// A starter's criterion score beside their start and (if they left) days in post, derived from
/// <see cref="MockCallScoreOfRecord"/> and the stage log, so that predictive validity reads one
/// small table rather than joining a hundred thousand starters to their scores.
/// </summary>
public sealed class StarterScore
{
    public Guid CandidateId { get; set; }
    public string CriterionId { get; set; } = "";
    public double Score { get; set; }
    public double MaximumScore { get; set; }
    public DateTime StartedUtc { get; set; }
    public int? DaysInPost { get; set; }
    public Guid CampaignId { get; set; }
    public Core.Campaigns.AdvisorRole Role { get; set; }
    public string Site { get; set; } = "";
    public Core.Candidates.RecruitmentChannel Channel { get; set; }
    public DateTime AppliedUtc { get; set; }
    public DateOnly? AssessmentDay { get; set; }
}
