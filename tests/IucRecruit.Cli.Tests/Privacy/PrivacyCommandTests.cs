using System.IO.Compression;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Cli.Tests.Privacy;

public sealed class PrivacyCommandTests
{
    [Fact]
    public async Task Purge_with_dry_run_lists_what_would_go_and_changes_nothing_then_purge_removes_it()
    {
        await using var database = TestDatabase.Sqlite();
        var folder = database.Options.DataFolder;
        Assert.Equal(0, (await CliRun.RunAsync("", "demo-data", "--data-folder", folder)).ExitCode);
        var namesBefore = await NamesAsync(database);

        var dryRun = await CliRun.RunAsync("", "purge", "--dry-run", "--data-folder", folder);

        Assert.Equal(0, dryRun.ExitCode);
        Assert.StartsWith("Dry run: nothing was changed.", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("  Candidate records anonymised: ", dryRun.Output, StringComparison.Ordinal);
        var listed = dryRun.Output.Split('\n').Count(l => l.EndsWith(": identity", StringComparison.Ordinal) || l.EndsWith(": assessment and identity", StringComparison.Ordinal));
        var all = dryRun.Output.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^  [0-9a-f-]{36}: "));
        Assert.True(listed > 0 && all > listed, dryRun.Output);
        Assert.Equal(namesBefore, await NamesAsync(database));

        var purge = await CliRun.RunAsync("", "purge", "--data-folder", folder);

        Assert.Equal(0, purge.ExitCode);
        Assert.Equal(dryRun.Output.Split("\n").Skip(2).SkipLast(1), purge.Output.Split("\n").Skip(2).SkipLast(2));
        await using (var db = database.CreateContext())
        {
            var record = await db.DeletionRecords.SingleAsync();
            Assert.Equal((DeletionKind.DataRetentionPurge, all), (record.Kind, record.CandidateCount));
            Assert.StartsWith("Command line (", record.UserName, StringComparison.Ordinal);
            Assert.Equal(listed, await db.Candidates.CountAsync(c => c.IdentityErasedUtc != null));
            // The demo campaign's own candidates applied today: untouched.
            Assert.Equal(8, await db.Candidates.CountAsync(c => c.Campaign!.Name == DemoDataSeeder.CampaignName && c.IdentityErasedUtc == null));
        }
        var again = await CliRun.RunAsync("", "purge", "--data-folder", folder);
        Assert.Contains("Nothing is past its retention period.", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_candidate_writes_the_archive_and_records_the_export()
    {
        await using var database = TestDatabase.Sqlite();
        var folder = database.Options.DataFolder;
        Assert.Equal(0, (await CliRun.RunAsync("", "demo-data", "--data-folder", folder)).ExitCode);
        Guid candidateId;
        await using (var db = database.CreateContext())
            candidateId = await db.Candidates.Where(c => c.Email == "sam.taylor@example.com").Select(c => c.Id).SingleAsync();
        var file = Path.Combine(folder, "sar.zip");

        var run = await CliRun.RunAsync("", "export-candidate", "--candidate", candidateId.ToString(), "--output", file, "--data-folder", folder);
        var unknown = await CliRun.RunAsync("", "export-candidate", "--candidate", Guid.CreateVersion7().ToString(), "--output", Path.Combine(folder, "none.zip"), "--data-folder", folder);

        Assert.Equal(0, run.ExitCode);
        using (var zip = ZipFile.OpenRead(file))
        {
            using var reader = new StreamReader(zip.GetEntry("candidate.json")!.Open());
            Assert.Contains("sam.taylor@example.com", await reader.ReadToEndAsync(), StringComparison.Ordinal);
            Assert.NotNull(zip.GetEntry("README.txt"));
        }
        await using (var db = database.CreateContext())
        {
            var entry = await db.AccessAuditEntries.SingleAsync(e => e.Action == AccessAction.ExportedData);
            Assert.Equal((AccessAction.ExportedData, candidateId, (Guid?)null), (entry.Action, entry.CandidateId, entry.UserId));
            Assert.StartsWith("Command line (", entry.UserName, StringComparison.Ordinal);
        }
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no candidate", unknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "none.zip")));
    }

    private static async Task<List<string>> NamesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Candidates.OrderBy(c => c.Id).Select(c => c.GivenName + c.FamilyName + c.Email).ToListAsync();
    }
}
