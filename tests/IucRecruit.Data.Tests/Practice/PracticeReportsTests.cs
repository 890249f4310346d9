using IucRecruit.Core.Funnel;
using IucRecruit.Core.Practice;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Practice;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Practice;

/// <summary>The dashboard's practice figures on each database, against counts and a product-limit
/// estimate worked out here from the candidates' own rows.</summary>
public sealed class PracticeReportsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Attempts_answers_and_the_practised_against_the_rest_match_a_count_by_hand(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await GeneratedFunnel.AddAsync(funnel, 150);
        await using var db = funnel.Database.CreateContext();
        var campaign = await db.Campaigns.Where(c => c.Name == "Generated 0").SingleAsync();
        var invited = await db.CandidateProgress.AsNoTracking()
            .Where(p => p.CampaignId == campaign.Id).ToListAsync();
        invited = invited.Where(p => new StageSet(p.ReachedStages).Contains(FunnelStage.InvitedToAssessment)).OrderBy(p => p.CandidateId).ToList();
        // Every other invited candidate finished a practice call; one more only started one (not "practised").
        var practised = invited.Where((_, i) => i % 2 == 0).Select(p => p.CandidateId).ToHashSet();
        var onlyStarted = invited.First(p => !practised.Contains(p.CandidateId)).CandidateId;
        var now = funnel.Now;
        PracticeAttempt Attempt(Guid? candidate, bool completed, PracticeAnswer? answer = null, string reasons = "") => new()
        {
            Id = Guid.CreateVersion7(), CampaignId = campaign.Id, CandidateId = candidate, PracticeCallId = "practice-x",
            PracticeCallVersion = "v", StartedUtc = now, CompletedUtc = completed ? now : null, Answer = answer, NotForMeReasons = reasons,
        };
        db.PracticeAttempts.AddRange(practised.Select(id => Attempt(id, true, PracticeAnswer.ForMe)));
        db.PracticeAttempts.Add(Attempt(onlyStarted, false));
        db.PracticeAttempts.AddRange(
            Attempt(null, true, PracticeAnswer.NotForMe, "Hours,Pace"),
            Attempt(null, true, PracticeAnswer.NotForMe, "Pace"),
            Attempt(null, true, PracticeAnswer.NotForMe),
            Attempt(null, false));
        // Another campaign's attempt is not counted.
        var elsewhere = Attempt(null, true, PracticeAnswer.NotForMe, "Pay");
        elsewhere.CampaignId = (await db.Campaigns.Where(c => c.Name == "Generated 1").SingleAsync()).Id;
        db.PracticeAttempts.Add(elsewhere);
        await db.SaveChangesAsync();

        var report = await Reports(db, funnel).BuildAsync(new FunnelFilter(CampaignId: campaign.Id), default);

        Assert.Equal((practised.Count + 1 + 4L, 4L, practised.Count + 3L), (report.Attempts, report.AnonymousAttempts, report.Completions));
        Assert.Equal((practised.Count + 3L, 3L), (report.Answered, report.NotForMe));
        Assert.Equal([(NotForMeReason.Pace, 2L), (NotForMeReason.Hours, 1L)], report.Reasons);

        var starters = await db.Starters.AsNoTracking().Where(s => s.CampaignId == campaign.Id).ToListAsync();
        foreach (var (group, inGroup) in new[] { (report.Practised, true), (report.NotPractised, false) })
        {
            var rows = invited.Where(p => practised.Contains(p.CandidateId) == inGroup).ToList();
            Assert.Equal(rows.Count, group.Invited);
            Assert.Equal(rows.Count(p => p.Outcome == FunnelOutcome.Withdrew && p.CurrentStage <= FunnelStage.MockCall), group.WithdrewBeforeMockCall);
            var passed = rows.Count(p => new StageSet(p.ReachedStages).Stages().Any(s => s > FunnelStage.MockCall));
            var failed = rows.Count(p => p.Outcome == FunnelOutcome.Rejected && p.CurrentStage == FunnelStage.MockCall);
            Assert.Equal((passed + failed, passed), (group.MockCallDecided, group.MockCallPassed));
            var mine = starters.Where(s => practised.Contains(s.CandidateId) == inGroup).ToList();
            Assert.Equal(mine.Count, group.Retention.Subjects);
            foreach (var (_, days) in PracticeReport.RetentionPoints)
                Assert.Equal(ProductLimit(mine.Select(s => Followed(s, now)), days), group.Retention.At(days).Survival, 10);
        }
        Assert.True(report.Practised.Invited > 10 && report.NotPractised.Retention.Subjects > 5, "the generated campaign has enough in each group");
        Assert.NotNull(report.RetentionTest);
        Assert.Equal([PracticeReports.PractisedName, PracticeReports.NotPractisedName], report.RetentionTest!.Groups.Select(g => g.Name));
    }

    /// <summary>With no campaign chosen the section reads the tallies for everyone and only those who
    /// practised row by row: its counts are the three campaigns' own (read from their rows) summed,
    /// a role's are its two campaigns' summed, and its retention is the product-limit estimate of all
    /// their starters pooled, worked out here.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_no_campaign_chosen_the_figures_are_the_campaigns_own_combined(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await GeneratedFunnel.AddAsync(funnel, 120);
        await using var db = funnel.Database.CreateContext();
        var campaigns = await db.Campaigns.Where(c => c.Name.StartsWith("Generated ")).OrderBy(c => c.Name).ToListAsync();
        var invited = (await db.CandidateProgress.AsNoTracking().ToListAsync())
            .Where(p => new StageSet(p.ReachedStages).Contains(FunnelStage.InvitedToAssessment)).OrderBy(p => p.CandidateId).ToList();
        // Every third invited candidate finished a practice call, twice for some; one more only started one.
        var practised = invited.Where((_, i) => i % 3 == 0).Select(p => p.CandidateId).ToHashSet();
        db.PracticeAttempts.AddRange(invited.Where(p => practised.Contains(p.CandidateId))
            .SelectMany((p, i) => Enumerable.Range(0, i % 4 == 0 ? 2 : 1).Select(_ => new PracticeAttempt
            {
                Id = Guid.CreateVersion7(), CampaignId = p.CampaignId, CandidateId = p.CandidateId, PracticeCallId = "practice-x",
                PracticeCallVersion = "v", StartedUtc = funnel.Now, CompletedUtc = funnel.Now,
            })));
        var unfinished = invited.First(p => !practised.Contains(p.CandidateId));
        db.PracticeAttempts.Add(new PracticeAttempt
        {
            Id = Guid.CreateVersion7(), CampaignId = unfinished.CampaignId, CandidateId = unfinished.CandidateId, PracticeCallId = "practice-x",
            PracticeCallVersion = "v", StartedUtc = funnel.Now,
        });
        await db.SaveChangesAsync();
        var reports = Reports(db, funnel);
        var byCampaign = new List<(Guid Campaign, PracticeReport Report)>();
        foreach (var campaign in campaigns) byCampaign.Add((campaign.Id, await reports.BuildAsync(new FunnelFilter(CampaignId: campaign.Id), default)));
        var starters = await db.Starters.AsNoTracking().ToListAsync();

        var healthAdvisors = campaigns.Where(c => c.Role == Core.Campaigns.AdvisorRole.HealthAdvisor).Select(c => c.Id).ToHashSet();
        foreach (var (filter, included) in new[] { (FunnelFilter.Everyone, campaigns.Select(c => c.Id).ToHashSet()), (new FunnelFilter(Role: Core.Campaigns.AdvisorRole.HealthAdvisor), healthAdvisors) })
        {
            var combined = await reports.BuildAsync(filter, default);
            var parts = byCampaign.Where(c => included.Contains(c.Campaign)).Select(c => c.Report).ToList();
            foreach (var (group, of, inGroup) in new[] { (combined.Practised, (Func<PracticeReport, PracticeGroup>)(r => r.Practised), true), (combined.NotPractised, r => r.NotPractised, false) })
            {
                Assert.Equal(
                    (parts.Sum(r => of(r).Invited), parts.Sum(r => of(r).WithdrewBeforeMockCall), parts.Sum(r => of(r).MockCallDecided), parts.Sum(r => of(r).MockCallPassed)),
                    (group.Invited, group.WithdrewBeforeMockCall, group.MockCallDecided, group.MockCallPassed));
                Assert.Equal((parts.Sum(r => of(r).Retention.Subjects), parts.Sum(r => of(r).Retention.Events)), (group.Retention.Subjects, group.Retention.Events));
                var pooled = starters.Where(s => included.Contains(s.CampaignId) && practised.Contains(s.CandidateId) == inGroup).Select(s => Followed(s, funnel.Now)).ToList();
                Assert.Equal(pooled.Count, group.Retention.Subjects);
                foreach (var (_, days) in PracticeReport.RetentionPoints)
                    Assert.Equal(ProductLimit(pooled, days), group.Retention.At(days).Survival, 10);
            }
            Assert.Equal(invited.Count(p => included.Contains(p.CampaignId) && practised.Contains(p.CandidateId)), combined.Practised.Invited);
        }
        Assert.True(byCampaign.All(c => c.Report.Practised.Invited > 3 && c.Report.NotPractised.Retention.Events > 0), "each campaign has enough in each group");
    }

    private static PracticeReports Reports(RecruitmentDbContext db, FunnelDatabase funnel) => new(db, new FunnelQueries(db), funnel.Clock);

    /// <summary>A starter as the section follows them: leavers by whole weeks in post (days rounded up
    /// to the next multiple of seven), the rest until today.</summary>
    private static (int Days, bool Left) Followed(Data.Retention.Starter s, DateTime now) =>
        s.DaysInPost is { } days ? ((days + 6) / 7 * 7, true) : (JourneyState.DaysBetween(s.StartedUtc, now), false);

    /// <summary>S(t) = Π over leaving days d ≤ t of (1 − leavers on d / in post just before d), written out.</summary>
    private static double ProductLimit(IEnumerable<(int Days, bool Left)> starters, int at)
    {
        var list = starters.ToList();
        var survival = 1.0;
        foreach (var day in list.Where(s => s.Left && s.Days <= at).Select(s => s.Days).Distinct().Order())
        {
            var atRisk = list.Count(s => s.Days >= day);
            var left = list.Count(s => s.Left && s.Days == day);
            survival *= 1 - (double)left / atRisk;
        }
        return survival;
    }
}
