using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Cli.Tests.Privacy;

public sealed class AuditCommandTests
{
    [Fact]
    public async Task Verify_says_OK_with_the_count_then_names_the_entry_changed_past_the_triggers_and_fails()
    {
        await using var database = TestDatabase.Sqlite();
        var folder = database.Options.DataFolder;
        Assert.Equal(0, (await CliRun.RunAsync("", "demo-data", "--data-folder", folder)).ExitCode);
        int count;
        Guid first;
        await using (var db = database.CreateContext())
        {
            count = await db.AccessAuditEntries.CountAsync();
            first = await db.AccessAuditEntries.Where(e => e.Sequence == 1).Select(e => e.Id).SingleAsync();
        }

        var intact = await CliRun.RunAsync("", "audit", "verify", "--data-folder", folder);
        await database.ExecuteScriptAsync("""
            DROP TRIGGER "AccessAuditEntries_no_update";
            UPDATE "AccessAuditEntries" SET "UserName" = 'Someone else' WHERE "Sequence" = 1;
            """);
        var broken = await CliRun.RunAsync("", "audit", "verify", "--data-folder", folder);

        Assert.Equal(0, intact.ExitCode);
        Assert.True(count > 0);
        Assert.Matches($"^OK: all {count} access-audit entries are linked\\. Last hash: [0-9a-f]{{64}}\n$", intact.Output);
        Assert.Equal(1, broken.ExitCode);
        Assert.StartsWith($"BROKEN: the access audit's entry {first}, written ", broken.Error, StringComparison.Ordinal);
        Assert.Contains("at place 1, does not match its hash", broken.Error, StringComparison.Ordinal);
    }
}
