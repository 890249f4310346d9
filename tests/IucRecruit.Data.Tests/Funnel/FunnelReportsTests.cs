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
        await using (var db = funnel.Database.CreateContext())
        {
            var waiting = await db.CandidateProgress.Where(p => p.Outcome == null && p.CurrentStage == FunnelStage.Applied).Select(p => p.CandidateId).ToListAsync();
            foreach (var id in waiting.Take(5))
                Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(FunnelStage.Shortlisted))).Succeeded);
            foreach (var id in waiting.Skip(5).Take(5))
                Assert.True((await funnel.RecordAsync(id, StageTransition.End(FunnelOutcome.Rejected, "Sift"))).Succeeded);
        }

        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
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
