using System.Globalization;
using System.Linq.Expressions;
using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel.Reports;

/// <summary>The campaigns a filter covers (few: read whole).</summary>
public sealed record CampaignScope(IReadOnlyList<Campaign> Campaigns)
{
    public StageSet Stages => Campaigns.Aggregate(FunnelStages.Mandatory, (set, c) => set.Union(c.Stages));
}

/// <summary>A starter's group and follow-up: still in post since <see cref="StartedUtc"/>, or
/// left after <see cref="DaysInPost"/>.</summary>
public sealed record StarterCount(string? Group, DateTime? StartedUtc, int? DaysInPost, long Count);

public sealed record LeaverCount(int Month, LeavingReason? Reason, long Count);

public sealed record CriterionScoreCount(string CriterionId, double Score, double MaximumScore, bool InPost, long Count);

public sealed record FilterChoices(IReadOnlyList<(Guid Id, string Name)> Campaigns, IReadOnlyList<string> Sites);

public sealed record EqualityPositionCount(string Group, FunnelPositionCount Position);

/// <summary>
/// The dashboard's questions to the database. Without a selective filter (campaign, site or
/// assessment day) the funnel, its durations and the equality counts come from the tallies;
/// with one they come from the chosen candidates' own rows. Both give the same numbers (a test
/// proves it); retention, leavers and scores read the starters' rows either way.
/// </summary>
public sealed class FunnelQueries(RecruitmentDbContext db)
{
    public async Task<CampaignScope> ScopeAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking();
        if (filter.CampaignId is { } id) campaigns = campaigns.Where(c => c.Id == id);
        if (filter.Site is { } site) campaigns = campaigns.Where(c => c.Site == site);
        if (filter.Role is { } role) campaigns = campaigns.Where(c => c.Role == role);
        return new CampaignScope(await campaigns.OrderBy(c => c.Name).ToListAsync(cancellationToken));
    }

    /// <summary>What the filters offer: every campaign (by name) and every site.</summary>
    public async Task<FilterChoices> FilterChoicesAsync(CancellationToken cancellationToken)
    {
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var sites = await db.Campaigns.AsNoTracking().Select(c => c.Site).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
        return new FilterChoices(campaigns.Select(c => (c.Id, c.Name)).ToList(), sites);
    }

    public async Task<IReadOnlyList<FunnelPositionCount>> PositionsAsync(FunnelFilter filter, CampaignScope scope, CancellationToken cancellationToken)
    {
        if (filter.IsSelective)
        {
            return (await Candidates(filter, scope)
                    .GroupBy(p => new { p.ReachedStages, p.SkippedStages, p.CurrentStage, p.Outcome })
                    .Select(g => new { g.Key, Count = g.LongCount() })
                    .ToListAsync(cancellationToken))
                .Select(r => new FunnelPositionCount(new StageSet(r.Key.ReachedStages), new StageSet(r.Key.SkippedStages),
                    r.Key.CurrentStage, r.Key.Outcome, r.Count))
                .ToList();
        }
        return (await Tallies(db.FunnelPositionTallies, filter)
                .GroupBy(t => new { t.ReachedStages, t.SkippedStages, t.CurrentStage, t.Outcome })
                .Select(g => new { g.Key, Count = g.Sum(t => t.Count) })
                .ToListAsync(cancellationToken))
            .Where(r => r.Count != 0)
            .Select(r => new FunnelPositionCount(new StageSet(r.Key.ReachedStages), new StageSet(r.Key.SkippedStages),
                r.Key.CurrentStage, Outcome(r.Key.Outcome), r.Count))
            .ToList();
    }

    public async Task<IReadOnlyList<StageDurationCount>> DurationsAsync(FunnelFilter filter, CampaignScope scope, CancellationToken cancellationToken)
    {
        if (!filter.IsSelective)
        {
            return (await Tallies(db.StageDurationTallies, filter)
                    .GroupBy(t => new { t.Stage, t.Days })
                    .Select(g => new { g.Key.Stage, g.Key.Days, Count = g.Sum(t => t.Count) })
                    .ToListAsync(cancellationToken))
                .Where(r => r.Count != 0).Select(r => new StageDurationCount(r.Stage, r.Days, r.Count)).ToList();
        }
        var days = await Candidates(filter, scope).GroupBy(p => p.StageDays).Select(g => new { g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return days.SelectMany(d => StageDays.Parse(d.Key).Recorded().Select(r => (r.Stage, r.Days, d.Count)))
            .GroupBy(r => (r.Stage, r.Days))
            .Select(g => new StageDurationCount(g.Key.Stage, g.Key.Days, g.Sum(r => r.Count)))
            .ToList();
    }

    public async Task<IReadOnlyList<EqualityPositionCount>> EqualityAsync(FunnelFilter filter, CampaignScope scope,
        ProtectedCharacteristic characteristic, CancellationToken cancellationToken)
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
        var rows = await Candidates(filter, scope)
            .Join(db.EqualityMonitoring, p => p.CandidateId, e => e.CandidateId, (p, e) => new { p, e })
            .GroupBy(x => new
            {
                x.e.Sex, x.e.AgeBand, x.e.Ethnicity, x.e.Disability, x.e.Religion, x.e.SexualOrientation,
                x.p.ReachedStages, x.p.CurrentStage, x.p.Outcome,
            })
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new
            {
                Group = new Equality.EqualityMonitoring
                {
                    Sex = r.Key.Sex, AgeBand = r.Key.AgeBand, Ethnicity = r.Key.Ethnicity, Disability = r.Key.Disability,
                    Religion = r.Key.Religion, SexualOrientation = r.Key.SexualOrientation,
                }.GroupOf(characteristic),
                r.Key.ReachedStages, r.Key.CurrentStage, r.Key.Outcome, r.Count,
            })
            .GroupBy(r => (r.Group, r.ReachedStages, r.CurrentStage, r.Outcome))
            .Select(g => new EqualityPositionCount(g.Key.Group,
                new FunnelPositionCount(new StageSet(g.Key.ReachedStages), StageSet.Empty, g.Key.CurrentStage, g.Key.Outcome, g.Sum(r => r.Count))))
            .ToList();
    }

    /// <summary>Starters grouped by <paramref name="grouping"/>: those in post by start date, those
    /// who left by days in post.</summary>
    public async Task<IReadOnlyList<StarterCount>> StartersAsync(FunnelFilter filter, CampaignScope scope, RetentionGrouping grouping,
        CancellationToken cancellationToken)
    {
        var starters = Candidates(filter, scope).Where(p => p.StartedUtc != null);
        return grouping switch
        {
            RetentionGrouping.Cohort => await StartersByAsync(starters, p => p.StartMonth, m => m?.ToString(CultureInfo.InvariantCulture), cancellationToken),
            RetentionGrouping.Channel => await StartersByAsync(starters, p => p.Channel, c => c.ToString(), cancellationToken),
            RetentionGrouping.ContractType => await StartersByAsync(starters, p => p.ContractType, c => c?.ToString(), cancellationToken),
            RetentionGrouping.ScoreBand => await StartersByAsync(starters, p => p.ScoreBand, b => b?.ToString(), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
        };
    }

    public async Task<IReadOnlyList<LeaverCount>> LeaversAsync(FunnelFilter filter, CampaignScope scope, CancellationToken cancellationToken) =>
        (await Candidates(filter, scope).Where(p => p.StartedUtc != null && p.LeftMonth != null)
            .GroupBy(p => new { p.LeftMonth, p.LeavingReason })
            .Select(g => new { g.Key.LeftMonth, g.Key.LeavingReason, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
        .Select(r => new LeaverCount(r.LeftMonth!.Value, r.LeavingReason, r.Count)).ToList();

    /// <summary>Criterion scores of starters who started at least <paramref name="followUpDays"/>
    /// before <paramref name="asOfUtc"/>, by whether they were still in post after that many days.</summary>
    public async Task<IReadOnlyList<CriterionScoreCount>> ScoresAsync(FunnelFilter filter, CampaignScope scope, DateTime asOfUtc,
        int followUpDays, CancellationToken cancellationToken)
    {
        var startedBy = asOfUtc.Date.AddDays(-followUpDays);
        var scores = db.StarterScores.AsNoTracking().Where(s => s.StartedUtc <= startedBy);
        if (filter.Channel is { } channel) scores = scores.Where(s => s.Channel == channel);
        if (filter.AppliedFromUtc is { } from) scores = scores.Where(s => s.AppliedUtc >= from);
        if (filter.AppliedBeforeUtc is { } before) scores = scores.Where(s => s.AppliedUtc < before);
        if (filter.AssessmentDay is { } day) scores = scores.Where(s => s.AssessmentDay == day);
        if (Campaigns(filter, scope) is { } ids) scores = scores.Where(s => ids.Contains(s.CampaignId));
        return (await scores
                .GroupBy(s => new { s.CriterionId, s.Score, s.MaximumScore, InPost = s.DaysInPost == null || s.DaysInPost >= followUpDays })
                .Select(g => new { g.Key.CriterionId, g.Key.Score, g.Key.MaximumScore, g.Key.InPost, Count = g.LongCount() })
                .ToListAsync(cancellationToken))
            .Select(r => new CriterionScoreCount(r.CriterionId, r.Score, r.MaximumScore, r.InPost, r.Count)).ToList();
    }

    /// <summary>The filtered candidates' own rows.</summary>
    private IQueryable<CandidateProgress> Candidates(FunnelFilter filter, CampaignScope scope)
    {
        var candidates = db.CandidateProgress.AsNoTracking();
        if (Campaigns(filter, scope) is { } ids) candidates = candidates.Where(p => ids.Contains(p.CampaignId));
        if (filter.Channel is { } channel) candidates = candidates.Where(p => p.Channel == channel);
        if (filter.AppliedFromUtc is { } from) candidates = candidates.Where(p => p.AppliedUtc >= from);
        if (filter.AppliedBeforeUtc is { } before) candidates = candidates.Where(p => p.AppliedUtc < before);
        if (filter.AssessmentDay is { } day) candidates = candidates.Where(p => p.AssessmentDay == day);
        return candidates;
    }

    /// <summary>The campaigns to restrict to, or null when the filter names none of campaign, site or role.</summary>
    private static List<Guid>? Campaigns(FunnelFilter filter, CampaignScope scope) =>
        filter.CampaignId is null && filter.Site is null && filter.Role is null ? null : scope.Campaigns.Select(c => c.Id).ToList();

    private static IQueryable<T> Tallies<T>(DbSet<T> tallies, FunnelFilter filter) where T : class, ITally
    {
        IQueryable<T> rows = tallies.AsNoTracking();
        if (filter.Role is { } role) rows = rows.Where(t => EF.Property<Core.Campaigns.AdvisorRole>(t, "Role") == role);
        if (filter.Channel is { } channel) rows = rows.Where(t => EF.Property<Core.Candidates.RecruitmentChannel>(t, "Channel") == channel);
        if (filter.FromYearMonth is { } from) rows = rows.Where(t => EF.Property<int>(t, "AppliedMonth") >= from);
        if (filter.ToYearMonth is { } to) rows = rows.Where(t => EF.Property<int>(t, "AppliedMonth") <= to);
        return rows;
    }

    private static async Task<IReadOnlyList<StarterCount>> StartersByAsync<TKey>(IQueryable<CandidateProgress> starters,
        Expression<Func<CandidateProgress, TKey>> key, Func<TKey, string?> name, CancellationToken cancellationToken)
    {
        var grouped = await starters.GroupBy(KeyWith(key)).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        return grouped.Select(g => new StarterCount(name(g.Key.Group), g.Key.DaysInPost is null ? g.Key.StartedUtc : null, g.Key.DaysInPost, g.Count))
            .GroupBy(s => (s.Group, s.StartedUtc, s.DaysInPost))
            .Select(g => g.First() with { Count = g.Sum(s => s.Count) })
            .ToList();
    }

    /// <summary>p ⇒ new StarterKey { Group = key(p), StartedUtc = p.StartedUtc, DaysInPost = p.DaysInPost }.</summary>
    private static Expression<Func<CandidateProgress, StarterKey<TKey>>> KeyWith<TKey>(Expression<Func<CandidateProgress, TKey>> key)
    {
        var p = key.Parameters[0];
        var type = typeof(StarterKey<TKey>);
        return Expression.Lambda<Func<CandidateProgress, StarterKey<TKey>>>(
            Expression.MemberInit(Expression.New(type),
                Expression.Bind(type.GetProperty(nameof(StarterKey<TKey>.Group))!, key.Body),
                Expression.Bind(type.GetProperty(nameof(StarterKey<TKey>.StartedUtc))!, Expression.Property(p, nameof(CandidateProgress.StartedUtc))),
                Expression.Bind(type.GetProperty(nameof(StarterKey<TKey>.DaysInPost))!, Expression.Property(p, nameof(CandidateProgress.DaysInPost)))),
            p);
    }

    private sealed class StarterKey<TKey>
    {
        public TKey Group { get; init; } = default!;
        public DateTime? StartedUtc { get; init; }
        public int? DaysInPost { get; init; }
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
