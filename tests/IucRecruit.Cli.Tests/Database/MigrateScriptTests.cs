using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Cli.Tests.Database;

/// <summary><c>iucrecruit migrate --script</c>: the SQL a database administrator reviews and runs.
/// No SQL Server engine can be had here, so its script is checked as text; the SQLite and PostgreSQL
/// scripts are run on real databases.</summary>
public sealed class MigrateScriptTests
{
    [Fact]
    public async Task The_sql_server_script_creates_every_table_and_the_append_only_triggers_in_t_sql()
    {
        var run = await CliRun.RunAsync("", "migrate", "--script", "--provider", "SqlServer");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var model = DatabaseRegistration.ConnectionlessContext(DatabaseProvider.SqlServer);
        var tables = model.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct().ToList();
        Assert.Contains("Candidates", tables);
        foreach (var table in tables)
            Assert.Contains($"CREATE TABLE [{table}] (", run.Output, StringComparison.Ordinal);
        Assert.Contains("[Id] uniqueidentifier NOT NULL", run.Output, StringComparison.Ordinal);
        foreach (var table in new[] { "AccessAuditEntries", "DeletionRecords" })
        {
            // CREATE TRIGGER must start a batch, as T-SQL requires: EXEC gives it one of its own.
            Assert.Contains($"EXEC(N'CREATE TRIGGER [{table}_append_only] ON [{table}] AFTER UPDATE, DELETE AS", run.Output, StringComparison.Ordinal);
            Assert.Contains($"THROW 50000, N''{table} is append-only", run.Output, StringComparison.Ordinal);
        }
        Assert.Contains("INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE TABLE \"", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_script_builds_the_same_database_as_migrating(DatabaseProvider provider)
    {
        await using var scripted = await TestDatabase.CreateAsync(provider);
        await using var migrated = await TestDatabase.CreateAsync(provider);

        var run = await CliRun.RunAsync("", "migrate", "--script", "--provider", provider.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("CREATE TRIGGER", run.Output, StringComparison.Ordinal);
        await scripted.ExecuteScriptAsync(run.Output);
        await using (var db = migrated.CreateContext()) await db.MigrateAsync(migrated.Options);

        await using var fromScript = scripted.CreateContext();
        await using var fromMigrate = migrated.CreateContext();
        Assert.Equal(await SchemaDescription.ReadAsync(fromMigrate), await SchemaDescription.ReadAsync(fromScript));
        Assert.Equal(await fromMigrate.Database.GetAppliedMigrationsAsync(), await fromScript.Database.GetAppliedMigrationsAsync());
    }
}
