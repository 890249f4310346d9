using System.Globalization;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;

namespace IucRecruit.Data.Funnel.Reports;

/// <summary>Builds the dashboard: asks <see cref="FunnelQueries"/> for counts and turns them into
/// statistics with the Core rules (funnel arithmetic, Kaplan–Meier, log-rank, AUC, adverse impact).</summary>
public sealed class FunnelReports(FunnelQueries queries, TimeProvider clock)
{
    /// <summary>"Six months" after a start, in days: 26 weeks.</summary>
    public const int SixMonthsInDays = 182;

    public Task<FunnelDashboard> BuildAsync(FunnelFilter filter, DashboardOptions options, CancellationToken cancellationToken = default) =>
        BuildAsync(filter, options, DashboardSections.All, cancellationToken);

    /// <summary>Only the sections asked for (the page builds a section when it is opened); the
    /// others are empty.</summary>
    public async Task<FunnelDashboard> BuildAsync(FunnelFilter filter, DashboardOptions options, DashboardSections sections,
        CancellationToken cancellationToken = default)
    {
        var asOf = clock.GetUtcNow().UtcDateTime;
        var scope = await queries.ScopeAsync(filter, cancellationToken);
        var shown = scope.Stages;
        bool Has(DashboardSections section) => sections.HasFlag(section);
        var positions = Has(DashboardSections.Funnel) ? await queries.PositionsAsync(filter, cancellationToken) : [];
        var durations = Has(DashboardSections.Funnel) ? await queries.DurationsAsync(filter, cancellationToken) : [];
        var equality = Has(DashboardSections.Equality) ? await queries.EqualityAsync(filter, options.Characteristic, cancellationToken) : [];
        var starters = Has(DashboardSections.Retention) ? await queries.StartersAsync(filter, options.CompareBy, cancellationToken) : [];
        var leavers = Has(DashboardSections.Leavers) ? await queries.LeaversAsync(filter, cancellationToken) : [];
        var scores = Has(DashboardSections.Predictive) ? await queries.ScoresAsync(filter, asOf, SixMonthsInDays, cancellationToken) : [];

        return new FunnelDashboard(filter, options, asOf, scope,
            FunnelArithmetic.Stages(positions, shown), TimeInStage.Compute(durations, shown),
            Retention(starters, options, asOf), Leavers(leavers), Predictive(scores),
            Equality(equality, options.Characteristic, shown));
    }

    /// <summary>The answer first (issue 14): the funnel's stages, and retention split by mock-call
    /// score band, which says both how long starters stay and whether the scores predict it. Two
    /// queries, each of a tally unless a campaign or an assessment day is chosen: the funnel
    /// positions and the starters (leavers in whole weeks, docs/decisions/0058).</summary>
    public async Task<FunnelSummary> SummaryAsync(FunnelFilter filter, DashboardOptions options, CancellationToken cancellationToken = default)
    {
        var asOf = clock.GetUtcNow().UtcDateTime;
        var scope = await queries.ScopeAsync(filter, cancellationToken);
        var positions = await queries.PositionsAsync(filter, cancellationToken);
        var starters = await queries.StartersByBandAsync(filter, cancellationToken);
        var byBand = options with { CompareBy = RetentionGrouping.ScoreBand };
        // The scores' test compares the bands alone: starters without scores of record are not a band.
        var scored = Retention(starters.Where(s => s.Group is not null).ToList(), byBand, asOf);
        return new FunnelSummary(filter, options, FunnelArithmetic.Stages(positions, scope.Stages), Retention(starters, byBand, asOf), scored.LogRank);
    }

    private static RetentionReport Retention(IReadOnlyList<StarterCount> starters, DashboardOptions options, DateTime asOf)
    {
        var observations = starters
            .Select(s => (s.Group, Observation: s.DaysInPost is { } days
                ? new SurvivalObservation(days, true, s.Count)
                : new SurvivalObservation(JourneyState.DaysBetween(s.StartedUtc!.Value, asOf), false, s.Count)))
            .ToList();
        var groups = observations.GroupBy(o => o.Group)
            .Select(g => (Key: g.Key ?? "", Observations: g.Select(o => o.Observation).ToList()))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RetentionGroup(g.Key, GroupName(options.CompareBy, g.Key), KaplanMeier.Estimate(g.Observations),
                Early(g.Observations, options.EarlyAttritionWeeks)))
            .ToList();
        var all = observations.Select(o => o.Observation).ToList();
        // Groups in a fixed order: the database returns rows in any order it likes.
        var logRank = LogRank.Test(observations.GroupBy(o => o.Group ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<SurvivalObservation>)g.Select(o => o.Observation).ToList())).ToList());
        return new RetentionReport(options.CompareBy, KaplanMeier.Estimate(all), Early(all, options.EarlyAttritionWeeks), groups, logRank);
    }

    private static EarlyAttrition Early(IReadOnlyList<SurvivalObservation> observations, int weeks)
    {
        var days = weeks * 7;
        var followed = observations.Where(o => o.Event || o.Time >= days).Sum(o => o.Count);
        var leftEarly = observations.Where(o => o.Event && o.Time < days).Sum(o => o.Count);
        return new EarlyAttrition(weeks, followed, leftEarly);
    }

    private static LeaversReport Leavers(IReadOnlyList<LeaverCount> leavers)
    {
        long Count(IEnumerable<LeaverCount> rows, LeavingCategory category) =>
            rows.Where(r => r.Kind == category).Sum(r => r.Count);
        var byMonth = leavers.GroupBy(l => l.Month).OrderBy(g => g.Key)
            .Select(g => new LeaversMonth(g.Key, Count(g, LeavingCategory.Positive), Count(g, LeavingCategory.Negative), Count(g, LeavingCategory.Other)))
            .ToList();
        var byReason = leavers.GroupBy(l => (l.EsrReason, l.Reason))
            .Select(g => new LeavingReasonCount(g.Key.EsrReason, g.Key.Reason, g.Sum(l => l.Count)))
            // Ties in the count in a fixed order: the database returns groups in any order it likes.
            .OrderBy(r => r.Kind).ThenByDescending(r => r.Leavers)
            .ThenBy(r => r.EsrReason?.Wording(), StringComparer.Ordinal).ThenBy(r => r.Reason?.DisplayName(), StringComparer.Ordinal).ToList();
        return new LeaversReport(byMonth, byReason);
    }

    private static PredictiveReport Predictive(IReadOnlyList<CriterionScoreCount> scores) =>
        new(SixMonthsInDays, scores.GroupBy(s => s.CriterionId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CriterionValidity(
                g.Key,
                g.Where(s => s.InPost).Sum(s => s.Count),
                g.Where(s => !s.InPost).Sum(s => s.Count),
                RocAuc.Compute(g.GroupBy(s => s.Score).Select(s => new ScoreOutcomeCount(s.Key,
                    s.Where(x => x.InPost).Sum(x => x.Count), s.Where(x => !x.InPost).Sum(x => x.Count)))),
                g.GroupBy(s => ScoreBands.Of([(s.Score, s.MaximumScore)])!.Value).OrderBy(b => b.Key)
                    .Select(b => new ScoreBandRetention(b.Key, b.Sum(s => s.Count), b.Where(s => s.InPost).Sum(s => s.Count)))
                    .ToList()))
            .ToList());

    private static EqualityReport Equality(IReadOnlyList<EqualityPositionCount> positions, ProtectedCharacteristic characteristic, StageSet shown)
    {
        var groups = characteristic.Groups().Append(ProtectedCharacteristics.NotRecorded)
            .Select(group => (group, Rows: FunnelArithmetic.Stages(positions.Where(p => p.Group == group).Select(p => p.Position), shown)))
            .ToList();
        var stages = shown.Stages()
            .Select(stage => new EqualityStage(stage, AdverseImpact.Compute(groups
                .Select(g => g.Rows.Single(r => r.Stage == stage))
                .Select((row, i) => new SelectionCount(groups[i].group, row.Decided, row.MovedOn))
                .Where(c => c.Considered > 0)
                .ToList())))
            .Where(s => s.Groups.Count > 0)
            .ToList();
        return new EqualityReport(characteristic, stages);
    }

    /// <summary>What a person reads for a retention group's stored key.</summary>
    public static string GroupName(RetentionGrouping grouping, string key) => grouping switch
    {
        _ when key.Length == 0 => grouping switch
        {
            RetentionGrouping.ContractType => "Contract not recorded",
            RetentionGrouping.ScoreBand => "No mock-call scores of record",
            _ => "Not recorded",
        },
        RetentionGrouping.Cohort => MonthName(int.Parse(key, CultureInfo.InvariantCulture)),
        RetentionGrouping.Channel => Enum.Parse<RecruitmentChannel>(key).DisplayName(),
        RetentionGrouping.ContractType => Enum.Parse<ContractType>(key).DisplayName(),
        RetentionGrouping.ScoreBand => "Mock call " + Enum.Parse<ScoreBand>(key).DisplayName(),
        _ => key,
    };

    /// <summary>yyyymm as "March 2026".</summary>
    public static string MonthName(int yearMonth) =>
        new DateTime(yearMonth / 100, yearMonth % 100, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
