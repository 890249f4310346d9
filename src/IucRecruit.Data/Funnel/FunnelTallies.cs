using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;

namespace IucRecruit.Data.Funnel;

// Pre-aggregated counts that answer the dashboard without filters, or filtered only by role,
// channel and months of application, in a few milliseconds over a million candidates. Each is the
// sum of every candidate's contribution (FunnelProjection.Tallies), kept up to date in the same
// transaction as the change that moves it, and proven equal to a recomputation by a test
// (docs/decisions/0010). Outcome is "" for a candidate still in progress: a key column cannot be null.

/// <summary>How many candidates of a role, channel and month of application share a funnel position.</summary>
public sealed class FunnelPositionTally : ITally
{
    public AdvisorRole Role { get; set; }
    public RecruitmentChannel Channel { get; set; }
    /// <summary>Year and month of application as yyyymm.</summary>
    public int AppliedMonth { get; set; }
    public int ReachedStages { get; set; }
    public int SkippedStages { get; set; }
    public FunnelStage CurrentStage { get; set; }
    public string Outcome { get; set; } = "";
    public long Count { get; set; }
}

/// <summary>How many spent a number of whole days in a stage before moving on.</summary>
public sealed class StageDurationTally : ITally
{
    public AdvisorRole Role { get; set; }
    public RecruitmentChannel Channel { get; set; }
    public int AppliedMonth { get; set; }
    public FunnelStage Stage { get; set; }
    public int Days { get; set; }
    public long Count { get; set; }
}

/// <summary>How many of one group of a protected characteristic share a funnel position. Only
/// counts: nothing here names a person.</summary>
public sealed class EqualityPositionTally : ITally
{
    public string Characteristic { get; set; } = "";
    public string Group { get; set; } = "";
    public AdvisorRole Role { get; set; }
    public RecruitmentChannel Channel { get; set; }
    public int AppliedMonth { get; set; }
    public int ReachedStages { get; set; }
    public FunnelStage CurrentStage { get; set; }
    public string Outcome { get; set; } = "";
    public long Count { get; set; }
}
