using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Retention;

namespace IucRecruit.Data.Retention;

/// <summary>
/// A candidate who started, with what retention is measured by: when they started, whether and
/// when they left and why, their contract and their mock-call score band, beside the dashboard's
/// filter columns. Derived from the stage log, the employment record and the scores of record
/// (<see cref="Funnel.FunnelProjection"/>), in a table of its own so that the retention and leavers
/// queries read a fifth of the candidates through one covering index (docs/decisions/0010).
/// </summary>
public sealed class Starter
{
    public Guid CandidateId { get; set; }
    public DateTime StartedUtc { get; set; }

    /// <summary>Year and month of the start as yyyymm: the cohort.</summary>
    public int StartMonth { get; set; }

    /// <summary>Whole days from start to leaving, for those who left.</summary>
    public int? DaysInPost { get; set; }

    public int? LeftMonth { get; set; }
    public EsrLeavingReason? EsrLeavingReason { get; set; }
    public LeavingReason? LeavingReason { get; set; }
    public ContractType? ContractType { get; set; }
    public ScoreBand? ScoreBand { get; set; }
    public Guid CampaignId { get; set; }
    public AdvisorRole Role { get; set; }
    public string Site { get; set; } = "";
    public RecruitmentChannel Channel { get; set; }
    public DateTime AppliedUtc { get; set; }
    public DateOnly? AssessmentDay { get; set; }
}
