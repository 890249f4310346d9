using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;

namespace IucRecruit.Data.Funnel.Reports;

/// <summary>Choices on the dashboard beyond which candidates it describes.</summary>
/// <param name="CompareBy">What the retention curves are split by.</param>
/// <param name="EarlyAttritionWeeks">"Early leaver": left within this many weeks of starting.</param>
/// <param name="Characteristic">The protected characteristic the equality section is by.</param>
public sealed record DashboardOptions(
    RetentionGrouping CompareBy = RetentionGrouping.Cohort,
    int EarlyAttritionWeeks = FunnelSettings.DefaultEarlyAttritionWeeks,
    ProtectedCharacteristic Characteristic = ProtectedCharacteristic.Ethnicity);

/// <summary>The <c>Funnel</c> configuration section.</summary>
public sealed class FunnelSettings
{
    public const string Section = "Funnel";

    /// <summary>The guide worries about leavers "in their first few weeks": twelve by default.</summary>
    public const int DefaultEarlyAttritionWeeks = 12;

    public int EarlyAttritionWeeks { get; set; } = DefaultEarlyAttritionWeeks;
}

/// <summary>Everything the manager's dashboard shows for one filter, computed once; the page, its
/// CSV downloads and the command-line exports all render <see cref="DashboardTables"/> of it.</summary>
public sealed record FunnelDashboard(
    FunnelFilter Filter, DashboardOptions Options, DateTime AsOfUtc, CampaignScope Scope,
    IReadOnlyList<FunnelStageRow> Stages, IReadOnlyList<TimeInStageRow> TimeInStage,
    RetentionReport Retention, LeaversReport Leavers, PredictiveReport Predictive, EqualityReport Equality);

/// <summary>The parts of the dashboard, each shown and built on its own.</summary>
[Flags]
public enum DashboardSections
{
    Funnel = 1,
    Retention = 2,
    Leavers = 4,
    Predictive = 8,
    Equality = 16,
    /// <summary>The practice call (issue 15), built by <see cref="Practice.PracticeReports"/>.</summary>
    Practice = 32,
    All = Funnel | Retention | Leavers | Predictive | Equality | Practice,
}

/// <summary>What the dashboard says first: each stage of the funnel, retention by mock-call score
/// band, and the log-rank test between the bands (starters without scores left out).</summary>
public sealed record FunnelSummary(FunnelFilter Filter, DashboardOptions Options, IReadOnlyList<FunnelStageRow> Stages,
    RetentionReport Retention, LogRankResult? ScoreBandTest);

/// <summary>Of the starters followed at least <see cref="Weeks"/> weeks (or who left sooner), how
/// many left within them.</summary>
public sealed record EarlyAttrition(int Weeks, long Followed, long LeftEarly)
{
    public double? Rate => Followed == 0 ? null : (double)LeftEarly / Followed;
}

public sealed record RetentionGroup(string Key, string Name, SurvivalCurve Curve, EarlyAttrition Early);

public sealed record RetentionReport(
    RetentionGrouping CompareBy, SurvivalCurve Overall, EarlyAttrition Early, IReadOnlyList<RetentionGroup> Groups, LogRankResult? LogRank)
{
    /// <summary>Weeks at which the numbers at risk and the survival estimates are tabled.</summary>
    public static readonly IReadOnlyList<int> Milestones = [0, 4, 13, 26, 52, 104];
}

public sealed record LeaversMonth(int Month, long Positive, long Negative, long Other)
{
    public long Total => Positive + Negative + Other;
}

/// <summary>Leavers with one pair of reasons: ESR's, as ESR words it, and the exit interview's.</summary>
public sealed record LeavingReasonCount(EsrLeavingReason? EsrReason, LeavingReason? Reason, long Leavers)
{
    public LeavingCategory Kind => EsrLeavingReasons.Kind(EsrReason, Reason);
}

public sealed record LeaversReport(IReadOnlyList<LeaversMonth> ByMonth, IReadOnlyList<LeavingReasonCount> ByReason);

public sealed record ScoreBandRetention(ScoreBand Band, long Starters, long InPost);

public sealed record CriterionValidity(string CriterionId, long InPost, long Left, AucResult? Auc, IReadOnlyList<ScoreBandRetention> Bands);

/// <summary>Does each criterion's mark predict being in post <see cref="FollowUpDays"/> days (26
/// weeks, "six months") after starting? Only starters followed that long count.</summary>
public sealed record PredictiveReport(int FollowUpDays, IReadOnlyList<CriterionValidity> Criteria);

public sealed record EqualityStage(FunnelStage Stage, IReadOnlyList<SelectionRow> Groups);

public sealed record EqualityReport(ProtectedCharacteristic Characteristic, IReadOnlyList<EqualityStage> Stages);
