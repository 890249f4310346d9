using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Cli.Tests.Database;

public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_builds_an_empty_database_and_then_reports_it_up_to_date()
    {
        await using var database = TestDatabase.Sqlite();

        var first = await CliRun.RunAsync("", "migrate", "--data-folder", database.Options.DataFolder);
        var second = await CliRun.RunAsync("", "migrate", "--data-folder", database.Options.DataFolder);

        await using var db = database.CreateContext();
        Assert.Equal(0, first.ExitCode);
        // Every migration the assembly holds, however many features have added one.
        Assert.Contains($"Applied {db.Database.GetMigrations().Count()} migration(s)", first.Output, StringComparison.Ordinal);
        Assert.Equal("The database is up to date.", second.Output.Trim());
        Assert.Equal(5, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task Demo_data_is_refused_on_postgresql_unless_confirmed_not_production()
    {
        var run = await CliRun.RunAsync("", "demo-data", "--provider", "PostgreSql", "--connection-string", "Host=127.0.0.1;Port=1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--not-production", run.Error, StringComparison.Ordinal);
    }
}
