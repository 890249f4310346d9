using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;

namespace IucRecruit.Data.Funnel;

// Pre-aggregated counts that answer the dashboard without filters, or filtered only by role,
// channel and months of application (and, for the summary's positions and retention, site), in a
// few milliseconds over a million candidates. Each is the
// sum of every candidate's contribution (FunnelProjection.Tallies), kept up to date in the same
// transaction as the change that moves it, and proven equal to a recomputation by a test
// (docs/decisions/0010). Outcome is "" for a candidate still in progress: a key column cannot be null.

/// <summary>How many candidates of a site, role, channel and month of application share a funnel
/// position. Each candidate is counted twice: at their site, and under <see cref="EverySite"/>, so
/// that a view of every site reads as few rows as before site was added (docs/decisions/0058).</summary>
public sealed class FunnelPositionTally : ITally
{
    /// <summary>The <see cref="Site"/> of the rows that count every site.</summary>
    public const string EverySite = "";

    public string Site { get; set; } = EverySite;
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

/// <summary>
/// How many starters of a site, role, channel, month of application and mock-call score band are
/// still in post since a date, or left after a number of weeks: what the dashboard's summary
/// estimates retention from. Each starter is counted once under every combination of their site,
/// role and channel with "every" (<see cref="Every"/>), eight rows, so that any filter of site,
/// role and channel reads one slice of rows summed over months only (docs/decisions/0058).
/// </summary>
public sealed class RetentionTally : ITally
{
    /// <summary>The <see cref="Site"/>, <see cref="Role"/> or <see cref="Channel"/> of rows that count every one.</summary>
    public const string Every = "";

    /// <summary>The <see cref="WeeksInPost"/> of starters still in post.</summary>
    public const int StillInPost = -1;

    public string Site { get; set; } = Every;
    /// <summary>The role's name, or <see cref="Every"/>.</summary>
    public string Role { get; set; } = Every;
    /// <summary>The channel's name, or <see cref="Every"/>.</summary>
    public string Channel { get; set; } = Every;
    public int AppliedMonth { get; set; }
    /// <summary>The score band's name; "" for starters without mock-call scores of record.</summary>
    public string ScoreBand { get; set; } = "";
    /// <summary>For those still in post, the day they started (their follow-up runs to today);
    /// <see cref="DateOnly.MinValue"/> for leavers.</summary>
    public DateOnly StartedOn { get; set; }
    /// <summary>For leavers, whole weeks in post rounded up (left on day 1 to 7: week 1); <see cref="StillInPost"/> otherwise.</summary>
    public int WeeksInPost { get; set; }
    public long Count { get; set; }

    /// <summary>Days in post rounded up to whole weeks: a leaver counted in week w left within 7w days.</summary>
    public static int Weeks(int daysInPost) => (daysInPost + 6) / 7;
}
