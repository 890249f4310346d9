using IucRecruit.Core.Funnel;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Storage;

namespace IucRecruit.Data.Tests.Funnel;

/// <summary>
/// Five applicants whose journeys are known, and the dashboard's funnel tables for them counted by
/// hand and written out as the CSV a manager downloads. Each applied 60 days before the clock:
/// Ana shortlisted after 20 days and waiting there; Ben rejected at the sift; Cal shortlisted after
/// 30 days and then withdrew; Dee still waiting to be sifted; Eve invited to the assessment day after
/// 50 days, skipping the shortlist with a reason.
/// </summary>
public sealed class KnownFunnelTests
{
    [Fact]
    public async Task The_funnel_tables_of_five_known_journeys_download_as_counted_by_hand()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var applied = funnel.Now.AddDays(-60);
        var ana = await funnel.AddApplicantAsync("ana@example.com", applied: applied);
        var ben = await funnel.AddApplicantAsync("ben@example.com", applied: applied);
        var cal = await funnel.AddApplicantAsync("cal@example.com", applied: applied);
        await funnel.AddApplicantAsync("dee@example.com", applied: applied);
        var eve = await funnel.AddApplicantAsync("eve@example.com", applied: applied);
        await RecordAsync(funnel, ana, StageTransition.Enter(FunnelStage.Shortlisted, occurredUtc: applied.AddDays(20)));
        await RecordAsync(funnel, ben, StageTransition.End(FunnelOutcome.Rejected, "Sift", applied.AddDays(10)));
        await RecordAsync(funnel, cal, StageTransition.Enter(FunnelStage.Shortlisted, occurredUtc: applied.AddDays(30)));
        await RecordAsync(funnel, cal, StageTransition.End(FunnelOutcome.Withdrew, "Took another job", applied.AddDays(40)));
        await RecordAsync(funnel, eve, StageTransition.Enter(FunnelStage.InvitedToAssessment, "Internal transfer", applied.AddDays(50),
            skipping: [FunnelStage.Shortlisted]));

        await using var db = funnel.Database.CreateContext();
        var dashboard = await new FunnelReports(new FunnelQueries(db), funnel.Clock).BuildAsync(FunnelFilter.Everyone, new DashboardOptions());

        // Applied: all five reached it; Ana, Cal and Eve moved on, Ben was rejected, Dee waits, so
        // 3 of the 4 decided moved on (75%). Their days there, 20, 30 and 50: median 30, and the 90th
        // percentile 30 + 0.8 × (50 − 30) = 46 (Hyndman and Fan's definition 7, position 0.9 × 2).
        // Shortlisted: Ana and Cal reached it, Eve skipped it; Cal withdrew, Ana waits: 0 of 1 moved on.
        // Invited to assessment day: Eve, waiting, so nobody's fate is decided and there is no rate.
        var notReached = new[]
        {
            "Working conditions acknowledged", "Listening exercise", "Mock call", "Interview", "Offered", "Offer accepted",
            "Pre-employment checks", "Started", "Induction completed", "NHS Pathways training and exam passed", "Supervised practice signed off",
        };
        Assert.Equal(
            "Stage,Reached,Skipped,Moved on,Rejected,Withdrew,Did not attend,Declined offer,Left,In progress,Pass-through (%),Median days in stage,90th percentile days in stage\r\n" +
            "Applied,5,0,3,1,0,0,0,0,1,75.0,30.0,46.0\r\n" +
            "Shortlisted,2,1,0,0,1,0,0,0,1,0.0,,\r\n" +
            "Invited to assessment day,1,0,0,0,0,0,0,0,1,,,\r\n" +
            string.Concat(notReached.Select(stage => $"{stage},0,0,0,0,0,0,0,0,0,,,\r\n")),
            await CsvAsync(dashboard, DashboardTables.Funnel));
        Assert.Equal(
            "Stage,Moved on,Median days,90th percentile days\r\n" +
            "Applied,3,30.0,46.0\r\n" +
            "Shortlisted,0,,\r\n" +
            "Invited to assessment day,0,,\r\n" +
            string.Concat(notReached.Select(stage => $"{stage},0,,\r\n")),
            await CsvAsync(dashboard, DashboardTables.TimeInStage));
    }

    private static async Task RecordAsync(FunnelDatabase funnel, Guid candidateId, StageTransition transition) =>
        Assert.True((await funnel.RecordAsync(candidateId, transition)).Succeeded);

    private static async Task<string> CsvAsync(FunnelDashboard dashboard, string table)
    {
        await using var text = new StringWriter();
        await DashboardTables.Find(dashboard, table)!.WriteCsvAsync(text);
        return text.ToString();
    }
}
