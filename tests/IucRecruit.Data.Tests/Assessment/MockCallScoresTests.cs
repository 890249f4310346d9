using IucRecruit.Data.Assessment;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Retention;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Assessment;

/// <summary>The seam the mock-call assessment writes through (docs/decisions/0012).</summary>
public sealed class MockCallScoresTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scores_of_record_replace_earlier_ones_and_reach_a_starters_band_and_scores(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var id = await funnel.AddApplicantAsync("sky@example.com", applied: funnel.Now.AddDays(-300));
        await using (var db = funnel.Database.CreateContext())
            await funnel.Conditions(db).AcknowledgeAsync(id, AcknowledgementMethod.OnTheDay, null, null, default);
        foreach (var stage in FunnelStages.InOrder.Where(s => s is > FunnelStage.Applied and <= FunnelStage.MockCall))
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage, occurredUtc: funnel.Now.AddDays(-280)))).Succeeded);

        await using (var db = funnel.Database.CreateContext())
        {
            var scores = new MockCallScores(db, new FunnelWriter(db));
            await scores.RecordAsync(id, [new CriterionScore("accuracy", 2, 5, false), new CriterionScore("empathy", 3, 5, true)], funnel.Now.AddDays(-280));
            // The result is moderated: the final scores replace the first ones.
            await scores.RecordAsync(id, [new CriterionScore("accuracy", 4, 5, true), new CriterionScore("empathy", 9, 10, true)], funnel.Now.AddDays(-279));
            await Assert.ThrowsAsync<ArgumentException>(() => scores.RecordAsync(id, [new CriterionScore("empathy", 6, 5, true)], funnel.Now));
        }
        foreach (var stage in new[] { FunnelStage.Interview, FunnelStage.Offered, FunnelStage.OfferAccepted, FunnelStage.PreEmploymentChecks })
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage, occurredUtc: funnel.Now.AddDays(-250)))).Succeeded);
        await using (var db = funnel.Database.CreateContext())
            Assert.True((await funnel.Employment(db).RecordStartAsync(id, DateOnly.FromDateTime(funnel.Now.AddDays(-240)), ContractType.FullTime, null)).Succeeded);

        await using var check = funnel.Database.CreateContext();
        Assert.Equal(ScoreBand.From80, (await check.Starters.SingleAsync(p => p.CandidateId == id)).ScoreBand); // (0.8 + 0.9) / 2
        Assert.Equal([("accuracy", 4.0), ("empathy", 9.0)],
            (await check.StarterScores.Where(s => s.CandidateId == id).OrderBy(s => s.CriterionId).ToListAsync()).Select(s => (s.CriterionId, s.Score)));
        Assert.Equal(2, await check.MockCallScoresOfRecord.CountAsync(s => s.CandidateId == id));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }
}
