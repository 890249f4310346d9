using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Funnel;

public sealed class FunnelReportsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_summary_and_tallies_written_in_bulk_equal_a_recomputation_from_the_log(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        // Enough rows that PostgreSQL receives the larger tables by COPY and the smaller by INSERT.
        await GeneratedFunnel.AddAsync(funnel, 400);

        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
        await using var db = funnel.Database.CreateContext();
        Assert.True(await db.StageEvents.CountAsync() > 1000);
        Assert.True(await db.CandidateProgress.CountAsync(p => p.LeftUtc != null) > 0);
    }

    [Fact]
    public async Task Changes_one_at_a_time_keep_the_summary_equal_to_the_log()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await GeneratedFunnel.AddAsync(funnel, 60);
        // The generated candidates have all been sifted: ten fresh applicants wait at Applied.
        var waiting = new List<Guid>();
        for (var i = 0; i < 10; i++) waiting.Add(await funnel.AddApplicantAsync($"waiting{i}@example.com"));
        var before = await StagesAsync(funnel);
        await using (var db = funnel.Database.CreateContext())
        {
            foreach (var id in waiting.Take(5))
                Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.Shortlisted))).Succeeded);
            foreach (var id in waiting.Skip(5).Take(5))
                Assert.True((await funnel.RecordAsync(id, StageTransition.End(FunnelOutcome.Rejected, "Sift"))).Succeeded);
            // A starter leaving moves them in the retention tally from "in post since" to "left after".
            var inPost = await db.Starters.Where(s => s.DaysInPost == null && s.StartedUtc < funnel.Now.AddDays(-30)).Select(s => s.CandidateId).FirstAsync();
            Assert.True((await funnel.Employment(db).RecordLeavingAsync(inPost, DateOnly.FromDateTime(funnel.Now.AddDays(-3)),
                Core.Retention.LeavingReason.Relocation, null, null)).Succeeded);
        }

        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
        // Counted by hand: ten fewer waiting at Applied, five more moved on from it and five more
        // rejected there; five more reached the shortlist and wait there; one more left after starting.
        var after = await StagesAsync(funnel);
        Assert.Equal((-10, 5, 5), (after[FunnelStage.Applied].InProgress - before[FunnelStage.Applied].InProgress,
            after[FunnelStage.Applied].MovedOn - before[FunnelStage.Applied].MovedOn, after[FunnelStage.Applied].Rejected - before[FunnelStage.Applied].Rejected));
        Assert.Equal((5, 5), (after[FunnelStage.Shortlisted].Reached - before[FunnelStage.Shortlisted].Reached,
            after[FunnelStage.Shortlisted].InProgress - before[FunnelStage.Shortlisted].InProgress));
        Assert.Equal(1, after.Values.Sum(s => s.Left) - before.Values.Sum(s => s.Left));
    }

    private static async Task<Dictionary<FunnelStage, FunnelStageRow>> StagesAsync(FunnelDatabase funnel)
    {
        await using var db = funnel.Database.CreateContext();
        var dashboard = await new FunnelReports(new FunnelQueries(db), funnel.Clock).BuildAsync(FunnelFilter.Everyone, new DashboardOptions());
        return dashboard.Stages.ToDictionary(s => s.Stage);
    }

    /// <summary>A site filter reads candidates' own rows; no filter reads the tallies. With every
    /// campaign at one site they describe the same candidates, so every number must agree.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tallies_and_candidates_own_rows_give_the_same_dashboard(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await GeneratedFunnel.AddAsync(funnel, 200);

        foreach (var (coarse, selective) in new[]
                 {
                     (FunnelFilter.Everyone, new FunnelFilter(Site: GeneratedFunnel.Site)),
                     (new FunnelFilter(Channel: RecruitmentChannel.NhsJobs, FromMonth: new DateOnly(2025, 8, 1), ToMonth: new DateOnly(2026, 1, 1)),
                      new FunnelFilter(Site: GeneratedFunnel.Site, Channel: RecruitmentChannel.NhsJobs, FromMonth: new DateOnly(2025, 8, 1), ToMonth: new DateOnly(2026, 1, 1))),
                     (new FunnelFilter(Role: Core.Campaigns.AdvisorRole.ServiceAdvisor),
                      new FunnelFilter(Site: GeneratedFunnel.Site, Role: Core.Campaigns.AdvisorRole.ServiceAdvisor)),
                 })
        {
            Assert.False(coarse.IsSelective);
            Assert.True(selective.IsSelective);
            var fromTallies = await TablesAsync(funnel, coarse);
            var fromRows = await TablesAsync(funnel, selective);
            Assert.Equal(fromTallies, fromRows);
            Assert.True(fromTallies.Single(t => t.Name == DashboardTables.Funnel).Csv.Split('\n').Length > 10);
        }
    }

    /// <summary>The summary reads the position and retention tallies for any site, role, channel
    /// and months; a campaign reads its candidates' own rows. The generated service-advisor
    /// campaign is every service advisor, so both ways must give the same summary.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_summary_from_the_tallies_equals_the_summary_from_a_campaigns_own_rows(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await GeneratedFunnel.AddAsync(funnel, 300);
        await using var db = funnel.Database.CreateContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Role == Core.Campaigns.AdvisorRole.ServiceAdvisor);
        var reports = new FunnelReports(new FunnelQueries(db), funnel.Clock);

        var fromRows = Describe(await reports.SummaryAsync(new FunnelFilter(CampaignId: campaign.Id), new DashboardOptions()));
        foreach (var filter in new[]
                 {
                     new FunnelFilter(Role: Core.Campaigns.AdvisorRole.ServiceAdvisor),
                     new FunnelFilter(Site: GeneratedFunnel.Site, Role: Core.Campaigns.AdvisorRole.ServiceAdvisor),
                 })
        {
            Assert.False(filter.NamesCampaignOrDay);
            Assert.Equal(fromRows, Describe(await reports.SummaryAsync(filter, new DashboardOptions())));
        }
        Assert.Contains("\"Events\":", fromRows);
        // A site with no candidates has nothing, not everyone's numbers.
        var elsewhere = await reports.SummaryAsync(new FunnelFilter(Site: "Leeds"), new DashboardOptions());
        Assert.Equal(0, elsewhere.Retention.Overall.Subjects);
        Assert.All(elsewhere.Stages, s => Assert.Equal(0, s.Reached));
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json =
        new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Everything but the filter, as JSON: equal text is equal figures.</summary>
    private static string Describe(FunnelSummary summary) =>
        System.Text.Json.JsonSerializer.Serialize(summary with { Filter = FunnelFilter.Everyone }, Json);

    /// <summary>A database from before the tallies counted by site gets them filled from its
    /// candidates' rows when it is migrated.</summary>
    [Fact]
    public async Task The_backfill_rebuilds_the_position_and_retention_tallies_from_the_candidates_rows()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await GeneratedFunnel.AddAsync(funnel, 80);
        await using var db = funnel.Database.CreateContext();
        await db.RetentionTallies.ExecuteDeleteAsync();
        await db.FunnelPositionTallies.Where(t => t.Site != FunnelPositionTally.EverySite).ExecuteDeleteAsync();
        Assert.NotEmpty(await funnel.DifferencesFromTheLogAsync());

        await TallyBackfill.RunAsync(db);

        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
        Assert.True(await db.RetentionTallies.CountAsync(t => t.WeeksInPost != RetentionTally.StillInPost) > 0);
    }

    private static async Task<List<(string Name, string Csv)>> TablesAsync(FunnelDatabase funnel, FunnelFilter filter)
    {
        await using var db = funnel.Database.CreateContext();
        var dashboard = await new FunnelReports(new FunnelQueries(db), funnel.Clock)
            .BuildAsync(filter, new DashboardOptions(Characteristic: ProtectedCharacteristic.Age));
        var tables = new List<(string, string)>();
        foreach (var table in DashboardTables.All(dashboard))
        {
            await using var text = new StringWriter();
            await table.WriteCsvAsync(text);
            tables.Add((table.Name, text.ToString()));
        }
        return tables;
    }
}
