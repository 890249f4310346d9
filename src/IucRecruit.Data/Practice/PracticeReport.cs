using IucRecruit.Core.Funnel;
using IucRecruit.Core.Practice;
using IucRecruit.Core.Retention;
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

    /// <summary>The months at which the section reads each group's retention curve.</summary>
    public static readonly IReadOnlyList<(int Months, int Days)> RetentionPoints = [(3, 91), (6, 182), (12, 365)];
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
public sealed class PracticeReports(RecruitmentDbContext db, TimeProvider clock)
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

    private async Task<(PracticeGroup Practised, PracticeGroup NotPractised, LogRankResult? Test)> GroupsAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        var invited = StageSet.Of(FunnelStage.InvitedToAssessment).Bits;
        var positions = await FunnelQueries.Filtered(db.CandidateProgress.AsNoTracking(), filter)
            .Where(p => (p.ReachedStages & invited) != 0)
            .Select(p => new
            {
                Practised = db.PracticeAttempts.Any(a => a.CandidateId == p.CandidateId && a.CompletedUtc != null),
                p.ReachedStages, p.CurrentStage, p.Outcome,
            })
            .GroupBy(p => new { p.Practised, p.ReachedStages, p.CurrentStage, p.Outcome })
            .Select(g => new { g.Key.Practised, g.Key.ReachedStages, g.Key.CurrentStage, g.Key.Outcome, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        // Those in post by the day they started, leavers by days in post: a few thousand rows
        // whatever the number of starters.
        var starters = await FunnelQueries.Filtered(db.Starters.AsNoTracking(), filter)
            .Select(s => new
            {
                Practised = db.PracticeAttempts.Any(a => a.CandidateId == s.CandidateId && a.CompletedUtc != null),
                StartedOn = s.DaysInPost == null ? s.StartedUtc.Date : (DateTime?)null, s.DaysInPost,
            })
            .GroupBy(s => new { s.Practised, s.StartedOn, s.DaysInPost })
            .Select(g => new { g.Key.Practised, g.Key.StartedOn, g.Key.DaysInPost, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var asOf = clock.GetUtcNow().UtcDateTime;
        var later = StageSet.Of([.. FunnelStages.InOrder.Where(s => s > FunnelStage.MockCall)]);

        IReadOnlyList<SurvivalObservation> Observations(bool practised) => starters.Where(s => s.Practised == practised)
            .Select(s => s.DaysInPost is { } days
                ? new SurvivalObservation(days, true, s.Count)
                : new SurvivalObservation(JourneyState.DaysBetween(DateTime.SpecifyKind(s.StartedOn!.Value, DateTimeKind.Utc), asOf), false, s.Count))
            .ToList();
        PracticeGroup Group(bool practised, string name)
        {
            var rows = positions.Where(p => p.Practised == practised).ToList();
            var passed = rows.Where(p => (p.ReachedStages & later.Bits) != 0).Sum(p => p.Count);
            var failed = rows.Where(p => p.Outcome == FunnelOutcome.Rejected && p.CurrentStage == FunnelStage.MockCall).Sum(p => p.Count);
            return new PracticeGroup(name, rows.Sum(p => p.Count),
                rows.Where(p => p.Outcome == FunnelOutcome.Withdrew && p.CurrentStage <= FunnelStage.MockCall).Sum(p => p.Count),
                passed + failed, passed, KaplanMeier.Estimate(Observations(practised)));
        }

        var test = LogRank.Test([(PractisedName, Observations(true)), (NotPractisedName, Observations(false))]);
        return (Group(true, PractisedName), Group(false, NotPractisedName), test);
    }
}
