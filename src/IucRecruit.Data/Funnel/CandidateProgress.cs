using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// A candidate's funnel position, derived from their stage log (<see cref="JourneyState"/>) and
/// kept in the same transaction as every change, with copies of what the dashboard filters by
/// (a starter's retention facts are in <see cref="Retention.Starter"/>). Never edited directly: <see cref="FunnelProjection"/> computes it, and a test proves
/// it equals a recomputation from the log. It lets the dashboard answer over a million candidates
/// without reading ten million log entries (docs/decisions/0010).
/// </summary>
public sealed class CandidateProgress
{
    public Guid CandidateId { get; set; }
    public Guid CampaignId { get; set; }
    public AdvisorRole Role { get; set; }
    public string Site { get; set; } = "";
    public RecruitmentChannel Channel { get; set; }

    // The journey (JourneyState), column for column.
    public int EventCount { get; set; }
    public FunnelStage CurrentStage { get; set; }
    public DateTime CurrentStageEnteredUtc { get; set; }
    public DateTime LastEventUtc { get; set; }
    public FunnelOutcome? Outcome { get; set; }
    public DateTime? OutcomeUtc { get; set; }
    public int ReachedStages { get; set; }
    public int SkippedStages { get; set; }
    public string StageDays { get; set; } = "";
    public DateTime AppliedUtc { get; set; }
    public DateOnly? AssessmentDay { get; set; }
    public DateTime? StartedUtc { get; set; }
    public DateTime? LeftUtc { get; set; }

    public JourneyState ToJourney() => new()
    {
        EventCount = EventCount,
        CurrentStage = CurrentStage,
        CurrentStageEnteredUtc = CurrentStageEnteredUtc,
        LastEventUtc = LastEventUtc,
        Outcome = Outcome,
        OutcomeUtc = OutcomeUtc,
        Reached = new StageSet(ReachedStages),
        Skipped = new StageSet(SkippedStages),
        DaysInStage = Core.Funnel.StageDays.Parse(StageDays),
        AppliedUtc = AppliedUtc,
        AssessmentDay = AssessmentDay,
        StartedUtc = StartedUtc,
        LeftUtc = LeftUtc,
    };
}
