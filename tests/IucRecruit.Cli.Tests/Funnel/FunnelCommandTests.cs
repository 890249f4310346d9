using IucRecruit.Data.Demo;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Cli.Tests.Funnel;

public sealed class FunnelCommandTests
{
    private static async Task<Guid> DemoCampaignAsync(TestDatabase database)
    {
        Assert.Equal(0, (await CliRun.RunAsync("", "demo-data", "--data-folder", database.Options.DataFolder)).ExitCode);
        await using var db = database.CreateContext();
        return await db.Campaigns.Where(c => c.Name == DemoDataSeeder.CampaignName).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task The_backfill_records_an_acknowledgement_already_on_record_once_and_reports_the_funnel_consistent()
    {
        await using var database = TestDatabase.Sqlite();
        var campaign = await DemoCampaignAsync(database);
        Guid candidate;
        await using (var db = database.CreateContext())
        {
            candidate = await db.Candidates.Where(c => c.CampaignId == campaign).OrderBy(c => c.Email).Select(c => c.Id).FirstAsync();
            var stageLog = new StageLog(db, new FunnelWriter(db), TimeProvider.System);
            foreach (var stage in new[] { Core.Funnel.FunnelStage.Shortlisted, Core.Funnel.FunnelStage.InvitedToAssessment })
                Assert.True((await stageLog.RecordAsync(candidate, Core.Funnel.StageTransition.Enter(stage), null)).Succeeded);
            // As a database from before decision 0060 holds it: the acknowledgement, and no stage for it.
            db.ConditionsAcknowledgements.Add(new Data.Campaigns.ConditionsAcknowledgement
            {
                Id = Guid.CreateVersion7(), CandidateId = candidate, CampaignId = campaign, Version = 1,
                Method = Data.Campaigns.AcknowledgementMethod.InWriting, AcknowledgedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var first = await CliRun.RunAsync("", "backfill-funnel", "--data-folder", database.Options.DataFolder);
        var second = await CliRun.RunAsync("", "backfill-funnel", "--data-folder", database.Options.DataFolder);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains(": 1 recorded,", first.Output, StringComparison.Ordinal);
        Assert.Contains("The funnel is consistent with the stage log.", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(": 0 recorded,", second.Output, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.Equal(Core.Funnel.FunnelStage.ConditionsAcknowledged, (await check.CandidateProgress.SingleAsync(p => p.CandidateId == candidate)).CurrentStage);
    }

    [Fact]
    public async Task Importing_applicants_twice_adds_them_once_and_a_bad_file_imports_nothing()
    {
        await using var database = TestDatabase.Sqlite();
        var campaign = (await DemoCampaignAsync(database)).ToString();
        var file = Path.Combine(database.Options.DataFolder, "ats.csv");
        await File.WriteAllTextAsync(file, "email,given_name,family_name,channel,applied_on\nzoe@example.com,Zoe,Zed,Agency,2026-01-10\n");
        var bad = Path.Combine(database.Options.DataFolder, "bad.csv");
        await File.WriteAllTextAsync(bad, "email,given_name,family_name,channel,applied_on\nyan@example.com,Yan,Yu,Fax,2026-01-10\n");

        var first = await CliRun.RunAsync("", "import", "applicants", file, "--campaign", campaign, "--data-folder", database.Options.DataFolder);
        var again = await CliRun.RunAsync("", "import", "applicants", file, "--campaign", campaign, "--data-folder", database.Options.DataFolder);
        var refused = await CliRun.RunAsync("", "import", "applicants", bad, "--campaign", campaign, "--data-folder", database.Options.DataFolder);
        var missing = await CliRun.RunAsync("", "import", "leavers", Path.Combine(database.Options.DataFolder, "none.csv"), "--data-folder", database.Options.DataFolder);

        Assert.Equal((0, "ats.csv: 1 row read: 1 added, 0 updated, 0 already up to date."), (first.ExitCode, first.Output.Trim()));
        Assert.Equal((0, "ats.csv: 1 row read: 0 added, 0 updated, 1 already up to date."), (again.ExitCode, again.Output.Trim()));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("row 2, column channel: found \"Fax\"; expected one of: NHS Jobs", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Candidates.CountAsync(c => c.Email == "zoe@example.com"));
        Assert.False(await db.Candidates.AnyAsync(c => c.Email == "yan@example.com"));
    }

    [Fact]
    public async Task Importing_from_a_named_sheet_of_a_workbook_reports_problems_by_Excels_row()
    {
        await using var database = TestDatabase.Sqlite();
        var campaign = (await DemoCampaignAsync(database)).ToString();
        var file = Path.Combine(database.Options.DataFolder, "nhs-jobs.xlsx");
        await using (var workbook = Workbooks.Build(
                         new Workbooks.SheetRows("Notes", [(1, ["Weekly export"])]),
                         new Workbooks.SheetRows("Applicants",
                         [
                             (1, ["First name", "Last name", "Email address", "Application date", "Source"]),
                             (2, ["Kit", "King", "kit.king@example.com", new DateOnly(2026, 1, 12), "NHS Jobs"]),
                             (5, ["Lou", "Lam", "lou.lam@example.com", new DateOnly(2026, 1, 13), "Newspaper"]),
                         ])))
            await File.WriteAllBytesAsync(file, workbook.ToArray());

        var refused = await CliRun.RunAsync("", "import", "applicants", file, "--campaign", campaign, "--sheet", "Applicants",
            "--data-folder", database.Options.DataFolder);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("row 5, column channel: found \"Newspaper\"; expected one of: NHS Jobs", refused.Error, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.False(await db.Candidates.AnyAsync(c => c.Email == "kit.king@example.com"));
    }

    [Fact]
    public async Task Export_writes_the_filtered_table_as_csv()
    {
        await using var database = TestDatabase.Sqlite();
        var campaign = (await DemoCampaignAsync(database)).ToString();
        var output = Path.Combine(database.Options.DataFolder, "funnel.csv");

        var run = await CliRun.RunAsync("", "export", "funnel", "--campaign", campaign, "--channel", "NhsJobs", "--output", output,
            "--data-folder", database.Options.DataFolder);
        var wrong = await CliRun.RunAsync("", "export", "leavers", "--from", "spring", "--output", output, "--data-folder", database.Options.DataFolder);

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.StartsWith("Stage,Reached,Skipped,Moved on,", lines[0], StringComparison.Ordinal);
        // The demo campaign's three NHS Jobs applicants: Sam Taylor, whom the banner invites, shortlisted the day he
        // applied (1 moved on, pass-through 1 of 1 decided, 0 days), the other two waiting.
        Assert.Equal("Applied,3,0,1,0,0,0,0,0,2,100.0,0.0,0.0", lines[1]);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("\"spring\" is not a month", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_bench_adds_generated_candidates_whose_summary_equals_their_log()
    {
        await using var database = TestDatabase.Sqlite();

        var run = await CliRun.RunAsync("", "seed-bench", "--candidates", "400", "--data-folder", database.Options.DataFolder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Added 400 candidates", run.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(400, await db.CandidateProgress.CountAsync());
        Assert.True(await db.CandidateProgress.AnyAsync(p => p.LeftUtc != null));
        Assert.Empty(await FunnelConsistency.DifferencesAsync(db));
    }
}
