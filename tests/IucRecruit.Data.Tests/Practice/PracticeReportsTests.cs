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

        var report = await new PracticeReports(db, funnel.Clock).BuildAsync(new FunnelFilter(CampaignId: campaign.Id), default);

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
                Assert.Equal(ProductLimit(mine.Select(s => (s.DaysInPost ?? JourneyState.DaysBetween(s.StartedUtc, now), s.DaysInPost is not null)), days),
                    group.Retention.At(days).Survival, 10);
        }
        Assert.True(report.Practised.Invited > 10 && report.NotPractised.Retention.Subjects > 5, "the generated campaign has enough in each group");
        Assert.NotNull(report.RetentionTest);
        Assert.Equal([PracticeReports.PractisedName, PracticeReports.NotPractisedName], report.RetentionTest!.Groups.Select(g => g.Name));
    }

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
