using System.Globalization;
using System.Linq.Expressions;
using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel.Reports;

/// <summary>The stages used by the campaigns a filter covers.</summary>
public sealed record CampaignScope(StageSet Stages);

/// <summary>A starter's group and follow-up: still in post since <see cref="StartedUtc"/>, or
/// left after <see cref="DaysInPost"/>.</summary>
public sealed record StarterCount(string? Group, DateTime? StartedUtc, int? DaysInPost, long Count);

public sealed record LeaverCount(int Month, EsrLeavingReason? EsrReason, LeavingReason? Reason, long Count)
{
    public LeavingCategory Kind => EsrLeavingReasons.Kind(EsrReason, Reason);
}

public sealed record CriterionScoreCount(string CriterionId, double Score, double MaximumScore, bool InPost, long Count);

/// <summary>What the filters offer. <see cref="Campaigns"/> is a page of them, newest first (see
/// <see cref="FunnelQueries.FilterChoicesAsync"/>); <see cref="MoreCampaigns"/> says others exist
/// that a name search finds.</summary>
public sealed record FilterChoices(IReadOnlyList<(Guid Id, string Name)> Campaigns, bool MoreCampaigns, IReadOnlyList<string> Sites)
{
    public static readonly FilterChoices None = new([], false, []);
}

public sealed record EqualityPositionCount(string Group, FunnelPositionCount Position);

/// <summary>
/// The dashboard's questions to the database. Without a selective filter (campaign, site or
/// assessment day) the funnel, its durations and the equality counts come from the tallies;
/// with one they come from the chosen candidates' own rows; the funnel positions and the summary's
/// retention come from tallies that also count by site, so only a campaign or an assessment day
/// reads rows for them. Both give the same numbers (tests prove it); the retention section, leavers
/// and scores read the starters' rows.
/// </summary>
public sealed class FunnelQueries(RecruitmentDbContext db)
{
    public async Task<CampaignScope> ScopeAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking();
        if (filter.CampaignId is { } id) campaigns = campaigns.Where(c => c.Id == id);
        if (filter.Site is { } site) campaigns = campaigns.Where(c => c.Site == site);
        if (filter.Role is { } role) campaigns = campaigns.Where(c => c.Role == role);
        var stageSets = await campaigns.Select(c => c.Stages).Distinct().ToListAsync(cancellationToken);
        return new CampaignScope(stageSets.Aggregate(FunnelStages.Mandatory, (all, stages) => all.Union(stages)));
    }

    /// <summary>How many campaigns the filter lists at once.</summary>
    public const int CampaignChoices = 100;

    /// <summary>What the filters offer: every site, and the newest <see cref="CampaignChoices"/>
    /// campaigns, or those whose name contains <paramref name="nameContains"/> (any case), with the
    /// <paramref name="chosen"/> one always among them. A page of campaigns rather than all of them,
    /// because the first view must cost the same however many campaigns an organisation has run
    /// (issue 14), and a list of thousands is no use to pick from anyway.</summary>
    public async Task<FilterChoices> FilterChoicesAsync(Guid? chosen, string? nameContains, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(nameContains))
        {
            var search = nameContains.Trim().ToLowerInvariant();
            // ToLower() here is SQL's lower(), on every provider (PostgreSQL compares case-sensitively).
#pragma warning disable CA1304, CA1311, CA1862
            campaigns = campaigns.Where(c => c.Name.ToLower().Contains(search));
#pragma warning restore CA1304, CA1311, CA1862
        }
        var page = await campaigns.OrderByDescending(c => c.CreatedUtc).ThenBy(c => c.Name).Take(CampaignChoices + 1)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var listed = page.Take(CampaignChoices).Select(c => (c.Id, c.Name)).ToList();
        if (chosen is { } id && listed.All(c => c.Id != id)
            && await db.Campaigns.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) is { } name)
        {
            listed.Insert(0, (id, name));
        }
        var sites = await db.Campaigns.AsNoTracking().Select(c => c.Site).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
        return new FilterChoices(listed, page.Count > CampaignChoices, sites);
    }

    public async Task<IReadOnlyList<FunnelPositionCount>> PositionsAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        if (filter.NamesCampaignOrDay)
        {
            return (await Candidates(filter)
                    .GroupBy(p => new { p.ReachedStages, p.SkippedStages, p.CurrentStage, p.Outcome })
                    .Select(g => new { g.Key, Count = g.LongCount() })
                    .ToListAsync(cancellationToken))
                .Select(r => new FunnelPositionCount(new StageSet(r.Key.ReachedStages), new StageSet(r.Key.SkippedStages),
                    r.Key.CurrentStage, r.Key.Outcome, r.Count))
                .ToList();
        }
        var site = filter.Site ?? FunnelPositionTally.EverySite;
        return (await Tallies(db.FunnelPositionTallies, filter).Where(t => t.Site == site)
                .GroupBy(t => new { t.ReachedStages, t.SkippedStages, t.CurrentStage, t.Outcome })
                .Select(g => new { g.Key, Count = g.Sum(t => t.Count) })
                .ToListAsync(cancellationToken))
            .Where(r => r.Count != 0)
            .Select(r => new FunnelPositionCount(new StageSet(r.Key.ReachedStages), new StageSet(r.Key.SkippedStages),
                r.Key.CurrentStage, Outcome(r.Key.Outcome), r.Count))
            .ToList();
    }

    public async Task<IReadOnlyList<StageDurationCount>> DurationsAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        if (!filter.IsSelective)
        {
            return (await Tallies(db.StageDurationTallies, filter)
                    .GroupBy(t => new { t.Stage, t.Days })
                    .Select(g => new { g.Key.Stage, g.Key.Days, Count = g.Sum(t => t.Count) })
                    .ToListAsync(cancellationToken))
                .Where(r => r.Count != 0).Select(r => new StageDurationCount(r.Stage, r.Days, r.Count)).ToList();
        }
        var days = await Candidates(filter).GroupBy(p => p.StageDays).Select(g => new { g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return days.SelectMany(d => StageDays.Parse(d.Key).Recorded().Select(r => (r.Stage, r.Days, d.Count)))
            .GroupBy(r => (r.Stage, r.Days))
            .Select(g => new StageDurationCount(g.Key.Stage, g.Key.Days, g.Sum(r => r.Count)))
            .ToList();
    }

    public async Task<IReadOnlyList<EqualityPositionCount>> EqualityAsync(FunnelFilter filter, ProtectedCharacteristic characteristic,
        CancellationToken cancellationToken)
    {
        if (!filter.IsSelective)
        {
            var name = characteristic.ToString();
            return (await Tallies(db.EqualityPositionTallies, filter).Where(t => t.Characteristic == name)
                    .GroupBy(t => new { t.Group, t.ReachedStages, t.CurrentStage, t.Outcome })
                    .Select(g => new { g.Key.Group, g.Key.ReachedStages, g.Key.CurrentStage, g.Key.Outcome, Count = g.Sum(t => t.Count) })
                    .ToListAsync(cancellationToken))
                .Where(r => r.Count != 0)
                .Select(r => new EqualityPositionCount(r.Group,
                    new FunnelPositionCount(new StageSet(r.ReachedStages), StageSet.Empty, r.CurrentStage, Outcome(r.Outcome), r.Count)))
                .ToList();
        }
        var answers = Filtered(db.EqualityMonitoring.AsNoTracking(), filter);
        return characteristic switch
        {
            ProtectedCharacteristic.Sex => await EqualityByAsync(answers, e => e.Sex, cancellationToken),
            ProtectedCharacteristic.Age => await EqualityByAsync(answers, e => e.AgeBand, cancellationToken),
            ProtectedCharacteristic.Ethnicity => await EqualityByAsync(answers, e => e.Ethnicity, cancellationToken),
            ProtectedCharacteristic.Disability => await EqualityByAsync(answers, e => e.Disability, cancellationToken),
            ProtectedCharacteristic.Religion => await EqualityByAsync(answers, e => e.Religion, cancellationToken),
            ProtectedCharacteristic.SexualOrientation => await EqualityByAsync(answers, e => e.SexualOrientation, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(characteristic), characteristic, null),
        };
    }

    /// <summary>Starters grouped by <paramref name="grouping"/>: those in post by start date, those
    /// who left by days in post.</summary>
    public async Task<IReadOnlyList<StarterCount>> StartersAsync(FunnelFilter filter, RetentionGrouping grouping,
        CancellationToken cancellationToken)
    {
        var starters = Filtered(db.Starters.AsNoTracking(), filter);
        return grouping switch
        {
            RetentionGrouping.Cohort => await StartersByAsync(starters, p => p.StartMonth, m => m.ToString(CultureInfo.InvariantCulture), cancellationToken),
            RetentionGrouping.Channel => await StartersByAsync(starters, p => p.Channel, c => c.ToString(), cancellationToken),
            RetentionGrouping.ContractType => await StartersByAsync(starters, p => p.ContractType, c => c?.ToString(), cancellationToken),
            RetentionGrouping.ScoreBand => await StartersByAsync(starters, p => p.ScoreBand, b => b?.ToString(), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
        };
    }

    /// <summary>Starters by mock-call score band for the summary: those in post by the day they
    /// started, leavers by whole weeks in post (as <see cref="StarterCount.DaysInPost"/>, seven days
    /// a week), from the retention tally unless a campaign or an assessment day is chosen; both ways
    /// give the same counts.</summary>
    public async Task<IReadOnlyList<StarterCount>> StartersByBandAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        if (filter.NamesCampaignOrDay)
        {
            return (await StartersAsync(filter, RetentionGrouping.ScoreBand, cancellationToken))
                .GroupBy(s => (s.Group, StartedOn: s.StartedUtc?.Date, Weeks: s.DaysInPost is { } days ? RetentionTally.Weeks(days) : (int?)null))
                .Select(g => new StarterCount(g.Key.Group, g.Key.StartedOn, g.Key.Weeks * 7, g.Sum(s => s.Count)))
                .ToList();
        }
        var (site, role, channel) = (filter.Site ?? RetentionTally.Every, filter.Role?.ToString() ?? RetentionTally.Every,
            filter.Channel?.ToString() ?? RetentionTally.Every);
        var rows = db.RetentionTallies.AsNoTracking().Where(t => t.Site == site && t.Role == role && t.Channel == channel);
        if (filter.FromYearMonth is { } from) rows = rows.Where(t => t.AppliedMonth >= from);
        if (filter.ToYearMonth is { } to) rows = rows.Where(t => t.AppliedMonth <= to);
        return (await rows.GroupBy(t => new { t.ScoreBand, t.WeeksInPost, t.StartedOn })
                .Select(g => new { g.Key, Count = g.Sum(t => t.Count) })
                .ToListAsync(cancellationToken))
            .Where(r => r.Count != 0)
            .Select(r => new StarterCount(r.Key.ScoreBand.Length == 0 ? null : r.Key.ScoreBand,
                r.Key.WeeksInPost == RetentionTally.StillInPost ? r.Key.StartedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null,
                r.Key.WeeksInPost == RetentionTally.StillInPost ? null : r.Key.WeeksInPost * 7, r.Count))
            .ToList();
    }

    public async Task<IReadOnlyList<LeaverCount>> LeaversAsync(FunnelFilter filter, CancellationToken cancellationToken) =>
        (await Filtered(db.Starters.AsNoTracking(), filter).Where(p => p.LeftMonth != null)
            .GroupBy(p => new { p.LeftMonth, p.EsrLeavingReason, p.LeavingReason })
            .Select(g => new { g.Key.LeftMonth, g.Key.EsrLeavingReason, g.Key.LeavingReason, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
        .Select(r => new LeaverCount(r.LeftMonth!.Value, r.EsrLeavingReason, r.LeavingReason, r.Count)).ToList();

    /// <summary>Criterion scores of starters who started at least <paramref name="followUpDays"/>
    /// before <paramref name="asOfUtc"/>, by whether they were still in post after that many days.</summary>
    public async Task<IReadOnlyList<CriterionScoreCount>> ScoresAsync(FunnelFilter filter, DateTime asOfUtc,
        int followUpDays, CancellationToken cancellationToken)
    {
        var startedBy = asOfUtc.Date.AddDays(-followUpDays);
        var scores = Filtered(db.StarterScores.AsNoTracking(), filter).Where(s => s.StartedUtc <= startedBy);
        // Grouped in the covering index's order (by days in post, not by the outcome computed from
        // it), so the database groups as it reads.
        return (await scores
                .GroupBy(s => new { s.CriterionId, s.Score, s.MaximumScore, s.DaysInPost })
                .Select(g => new { g.Key, Count = g.LongCount() })
                .ToListAsync(cancellationToken))
            .GroupBy(r => (r.Key.CriterionId, r.Key.Score, r.Key.MaximumScore, InPost: r.Key.DaysInPost is null || r.Key.DaysInPost >= followUpDays))
            .Select(g => new CriterionScoreCount(g.Key.CriterionId, g.Key.Score, g.Key.MaximumScore, g.Key.InPost, g.Sum(r => r.Count)))
            .ToList();
    }

    /// <summary>The filtered candidates' own rows.</summary>
    private IQueryable<CandidateProgress> Candidates(FunnelFilter filter) => Filtered(db.CandidateProgress.AsNoTracking(), filter);

    /// <summary>Applies the filter to any derived table with the copied filter columns.</summary>
    internal static IQueryable<T> Filtered<T>(IQueryable<T> rows, FunnelFilter filter) where T : class
    {
        if (filter.CampaignId is { } id) rows = rows.Where(r => EF.Property<Guid>(r, "CampaignId") == id);
        if (filter.Site is { } site) rows = rows.Where(r => EF.Property<string>(r, "Site") == site);
        if (filter.Role is { } role) rows = rows.Where(r => EF.Property<Core.Campaigns.AdvisorRole>(r, "Role") == role);
        if (filter.Channel is { } channel) rows = rows.Where(r => EF.Property<Core.Candidates.RecruitmentChannel>(r, "Channel") == channel);
        if (filter.AppliedFromUtc is { } from) rows = rows.Where(r => EF.Property<DateTime>(r, "AppliedUtc") >= from);
        if (filter.AppliedBeforeUtc is { } before) rows = rows.Where(r => EF.Property<DateTime>(r, "AppliedUtc") < before);
        if (filter.AssessmentDay is { } day) rows = rows.Where(r => EF.Property<DateOnly?>(r, "AssessmentDay") == day);
        return rows;
    }

    private static IQueryable<T> Tallies<T>(DbSet<T> tallies, FunnelFilter filter) where T : class, ITally
    {
        IQueryable<T> rows = tallies.AsNoTracking();
        if (filter.Role is { } role) rows = rows.Where(t => EF.Property<Core.Campaigns.AdvisorRole>(t, "Role") == role);
        if (filter.Channel is { } channel) rows = rows.Where(t => EF.Property<Core.Candidates.RecruitmentChannel>(t, "Channel") == channel);
        if (filter.FromYearMonth is { } from) rows = rows.Where(t => EF.Property<int>(t, "AppliedMonth") >= from);
        if (filter.ToYearMonth is { } to) rows = rows.Where(t => EF.Property<int>(t, "AppliedMonth") <= to);
        return rows;
    }

    /// <summary>Those in post grouped by start date, and leavers by days in post: a few thousand
    /// rows whatever the number of starters.</summary>
    private static async Task<IReadOnlyList<StarterCount>> StartersByAsync<TKey>(IQueryable<Retention.Starter> starters,
        Expression<Func<Retention.Starter, TKey>> group, Func<TKey, string?> name, CancellationToken cancellationToken)
    {
        var inPost = await CountByAsync(starters.Where(s => s.DaysInPost == null), s => s.StartedUtc, group, cancellationToken);
        var left = await CountByAsync(starters.Where(s => s.DaysInPost != null), s => s.DaysInPost, group, cancellationToken);
        return inPost.Select(r => new StarterCount(name(r.Group), r.First, null, r.Count))
            .Concat(left.Select(r => new StarterCount(name(r.Group), null, r.First, r.Count)))
            .ToList();
    }

    /// <summary>Counts rows by two columns given as expressions (s ⇒ new Key { First = first(s), Group = group(s) }).</summary>
    private static async Task<List<(TFirst First, TGroup Group, long Count)>> CountByAsync<TFirst, TGroup>(IQueryable<Retention.Starter> rows,
        Expression<Func<Retention.Starter, TFirst>> first, Expression<Func<Retention.Starter, TGroup>> group, CancellationToken cancellationToken)
    {
        var s = first.Parameters[0];
        var type = typeof(PairKey<TFirst, TGroup>);
        var key = Expression.Lambda<Func<Retention.Starter, PairKey<TFirst, TGroup>>>(
            Expression.MemberInit(Expression.New(type),
                Expression.Bind(type.GetProperty(nameof(PairKey<TFirst, TGroup>.First))!, first.Body),
                Expression.Bind(type.GetProperty(nameof(PairKey<TFirst, TGroup>.Group))!, new ParameterReplacer(group.Parameters[0], s).Visit(group.Body))),
            s);
        return (await rows.GroupBy(key).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .Select(r => (r.Key.First, r.Key.Group, r.Count)).ToList();
    }

    private sealed class PairKey<TFirst, TGroup>
    {
        public TFirst First { get; init; } = default!;
        public TGroup Group { get; init; } = default!;
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private static async Task<IReadOnlyList<EqualityPositionCount>> EqualityByAsync<TGroup>(IQueryable<Equality.EqualityMonitoring> answers,
        Expression<Func<Equality.EqualityMonitoring, TGroup?>> group, CancellationToken cancellationToken) where TGroup : struct, Enum
    {
        var e = group.Parameters[0];
        var type = typeof(EqualityKey<TGroup>);
        var key = Expression.Lambda<Func<Equality.EqualityMonitoring, EqualityKey<TGroup>>>(
            Expression.MemberInit(Expression.New(type),
                Expression.Bind(type.GetProperty(nameof(EqualityKey<TGroup>.Group))!, group.Body),
                Expression.Bind(type.GetProperty(nameof(EqualityKey<TGroup>.ReachedStages))!, Expression.Property(e, nameof(Equality.EqualityMonitoring.ReachedStages))),
                Expression.Bind(type.GetProperty(nameof(EqualityKey<TGroup>.CurrentStage))!, Expression.Property(e, nameof(Equality.EqualityMonitoring.CurrentStage))),
                Expression.Bind(type.GetProperty(nameof(EqualityKey<TGroup>.Outcome))!, Expression.Property(e, nameof(Equality.EqualityMonitoring.Outcome)))),
            e);
        return (await answers.GroupBy(key).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .Select(r => new EqualityPositionCount(r.Key.Group?.ToString() ?? ProtectedCharacteristics.NotRecorded,
                new FunnelPositionCount(new StageSet(r.Key.ReachedStages), StageSet.Empty, r.Key.CurrentStage, r.Key.Outcome, r.Count)))
            .ToList();
    }

    private sealed class EqualityKey<TGroup> where TGroup : struct
    {
        public TGroup? Group { get; init; }
        public int ReachedStages { get; init; }
        public FunnelStage CurrentStage { get; init; }
        public FunnelOutcome? Outcome { get; init; }
    }

    private static FunnelOutcome? Outcome(string? stored) => string.IsNullOrEmpty(stored) ? null : Enum.Parse<FunnelOutcome>(stored);
}

public enum RetentionGrouping
{
    Cohort,
    Channel,
    ContractType,
    ScoreBand,
}
