using IucRecruit.Core.Funnel;
using IucRecruit.Core.Practice;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Funnel.Reports;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Practice;

/// <summary>The dashboard's "practice call" section: how many practise and what they answer, and
/// how invited candidates who practised fared against those who did not.</summary>
public sealed record PracticeReport(
    long Attempts, long AnonymousAttempts, long Completions, long Answered, long NotForMe,
    IReadOnlyList<(NotForMeReason Reason, long Count)> Reasons,
    PracticeGroup Practised, PracticeGroup NotPractised, LogRankResult? RetentionTest)
{
    /// <summary>"Not for me" among those who answered; null before anyone has.</summary>
    public double? NotForMeShare => Answered == 0 ? null : (double)NotForMe / Answered;

    /// <summary>The months at which the section reads each group's retention curve, as 13, 26 and 52
    /// whole weeks: leavers are counted by weeks in post (decision 0076), as in the summary.</summary>
    public static readonly IReadOnlyList<(int Months, int Days)> RetentionPoints = [(3, 13 * 7), (6, 26 * 7), (12, 52 * 7)];
}

/// <summary>Invited candidates who finished a practice call, or who did not: how many withdrew
/// before the mock call, how many of those with a mock-call result passed, and how long the
/// starters among them stayed.</summary>
public sealed record PracticeGroup(string Name, long Invited, long WithdrewBeforeMockCall, long MockCallDecided, long MockCallPassed, SurvivalCurve Retention)
{
    public double? WithdrawalShare => Invited == 0 ? null : (double)WithdrewBeforeMockCall / Invited;
    public double? PassRate => MockCallDecided == 0 ? null : (double)MockCallPassed / MockCallDecided;
}

/// <summary>Builds <see cref="PracticeReport"/> for the dashboard's filter. Attempts are counted by
/// campaign (and its site and role); anonymous ones have no channel or application month, so those
/// filters apply only to the comparison of candidates.</summary>
public sealed class PracticeReports(RecruitmentDbContext db, FunnelQueries queries, TimeProvider clock)
{
    public const string PractisedName = "Practised";
    public const string NotPractisedName = "Did not practise";

    public async Task<PracticeReport> BuildAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        var attempts = db.PracticeAttempts.AsNoTracking();
        if (filter.CampaignId is { } campaign) attempts = attempts.Where(a => a.CampaignId == campaign);
        if (filter.Site is { } site) attempts = attempts.Where(a => a.Campaign!.Site == site);
        if (filter.Role is { } role) attempts = attempts.Where(a => a.Campaign!.Role == role);
        var counts = await attempts.GroupBy(a => new { Anonymous = a.CandidateId == null, Completed = a.CompletedUtc != null, a.Answer })
            .Select(g => new { g.Key.Anonymous, g.Key.Completed, g.Key.Answer, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var reasons = (await attempts.Where(a => a.Answer == PracticeAnswer.NotForMe && a.NotForMeReasons != "")
                .GroupBy(a => a.NotForMeReasons).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .SelectMany(r => NotForMeReasons.Parse(r.Key).Select(reason => (reason, r.Count)))
            .GroupBy(r => r.reason).Select(g => (g.Key, g.Sum(r => r.Count)))
            .OrderByDescending(r => r.Item2).ThenBy(r => r.Key).ToList();

        var groups = await GroupsAsync(filter, cancellationToken);
        return new PracticeReport(
            counts.Sum(c => c.Count), counts.Where(c => c.Anonymous).Sum(c => c.Count), counts.Where(c => c.Completed).Sum(c => c.Count),
            counts.Where(c => c.Answer != null).Sum(c => c.Count), counts.Where(c => c.Answer == PracticeAnswer.NotForMe).Sum(c => c.Count),
            reasons, groups.Practised, groups.NotPractised, groups.Test);
    }

    /// <summary>
    /// Everyone's positions and starters come from <see cref="FunnelQueries"/>, which reads the
    /// tallies unless a campaign or an assessment day is chosen (decision 0058); only those who
    /// practised are read row by row, found from their attempts, and the rest are everyone less them
    /// (decision 0076). Leavers are counted in whole weeks in post, as the tallies count them.
    /// </summary>
    private async Task<(PracticeGroup Practised, PracticeGroup NotPractised, LogRankResult? Test)> GroupsAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        var invited = StageSet.Of(FunnelStage.InvitedToAssessment).Bits;
        var everyone = (await queries.PositionsAsync(filter, cancellationToken)).Where(p => p.Reached.Contains(FunnelStage.InvitedToAssessment)).ToList();
        var practisedIds = db.PracticeAttempts.Where(a => a.CandidateId != null && a.CompletedUtc != null).Select(a => a.CandidateId!.Value);
        var practised = (await FunnelQueries.Filtered(db.CandidateProgress.AsNoTracking(), filter)
                .Where(p => practisedIds.Contains(p.CandidateId) && (p.ReachedStages & invited) != 0)
                .GroupBy(p => new { p.ReachedStages, p.SkippedStages, p.CurrentStage, p.Outcome })
                .Select(g => new { g.Key, Count = g.LongCount() })
                .ToListAsync(cancellationToken))
            .Select(r => new FunnelPositionCount(new StageSet(r.Key.ReachedStages), new StageSet(r.Key.SkippedStages), r.Key.CurrentStage, r.Key.Outcome, r.Count))
            .ToList();

        var allStarters = (await queries.StartersByBandAsync(filter, cancellationToken)).Select(s => s with { Group = null }).ToList();
        var practisedStarters = (await FunnelQueries.Filtered(db.Starters.AsNoTracking(), filter)
                .Where(s => practisedIds.Contains(s.CandidateId))
                .GroupBy(s => new { StartedOn = s.DaysInPost == null ? s.StartedUtc.Date : (DateTime?)null, s.DaysInPost })
                .Select(g => new { g.Key, Count = g.LongCount() })
                .ToListAsync(cancellationToken))
            .Select(r => new StarterCount(null, r.Key.StartedOn, r.Key.DaysInPost is { } days ? RetentionTally.Weeks(days) * 7 : null, r.Count))
            .ToList();

        var asOf = clock.GetUtcNow().UtcDateTime;
        var later = StageSet.Of([.. FunnelStages.InOrder.Where(s => s > FunnelStage.MockCall)]);
        IReadOnlyList<SurvivalObservation> Observations(IEnumerable<StarterCount> starters) => starters
            .Select(s => s.DaysInPost is { } days
                ? new SurvivalObservation(days, true, s.Count)
                : new SurvivalObservation(JourneyState.DaysBetween(DateTime.SpecifyKind(s.StartedUtc!.Value, DateTimeKind.Utc), asOf), false, s.Count))
            .ToList();
        PracticeGroup Group(string name, IReadOnlyList<FunnelPositionCount> rows, IReadOnlyList<SurvivalObservation> starters)
        {
            var passed = rows.Where(p => (p.Reached.Bits & later.Bits) != 0).Sum(p => p.Count);
            var failed = rows.Where(p => p.Outcome == FunnelOutcome.Rejected && p.Current == FunnelStage.MockCall).Sum(p => p.Count);
            return new PracticeGroup(name, rows.Sum(p => p.Count),
                rows.Where(p => p.Outcome == FunnelOutcome.Withdrew && p.Current <= FunnelStage.MockCall).Sum(p => p.Count),
                passed + failed, passed, KaplanMeier.Estimate(starters));
        }

        var rest = Less(everyone, practised, p => (p.Reached.Bits, p.Skipped.Bits, p.Current, p.Outcome), (p, count) => p with { Count = count }, p => p.Count);
        var (practisedObservations, restObservations) =
            (Observations(practisedStarters), Observations(Less(allStarters, practisedStarters, s => (s.StartedUtc, s.DaysInPost), (s, count) => s with { Count = count }, s => s.Count)));
        var test = LogRank.Test([(PractisedName, practisedObservations), (NotPractisedName, restObservations)]);
        return (Group(PractisedName, practised, practisedObservations), Group(NotPractisedName, rest, restObservations), test);
    }

    /// <summary>Counts of <paramref name="all"/> less those of <paramref name="part"/> (a subset), by key; keys left at zero dropped.</summary>
    private static List<T> Less<T, TKey>(IEnumerable<T> all, IEnumerable<T> part, Func<T, TKey> key, Func<T, long, T> withCount, Func<T, long> count)
        where TKey : notnull
    {
        var taken = part.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(count));
        return all.GroupBy(key)
            .Select(g => withCount(g.First(), g.Sum(count) - taken.GetValueOrDefault(g.Key)))
            .Where(r => count(r) != 0)
            .ToList();
    }
}
