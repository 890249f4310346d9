using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Schema;

/// <summary>
/// The migrations are generated from the model, but each provider's chain is its own code, and the
/// baseline carries SQL that EF Core does not know (the append-only triggers). On each provider, the
/// schema that the migrations build must be, fact for fact, the schema that EF Core creates straight
/// from the model, plus those triggers: this catches a migration edited by hand out of step with its
/// snapshot, and a provider whose SQL drifted.
/// </summary>
public sealed class MigrationsMatchModelTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_build_exactly_the_schema_of_the_model_and_the_append_only_triggers(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var fromModel = await TestDatabase.CreateAsync(provider);

        await using (var db = migrated.CreateContext())
        {
            await db.MigrateAsync(migrated.Options);
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        await using (var db = fromModel.CreateContext())
        {
            Assert.True(await db.Database.EnsureCreatedAsync());
        }

        IReadOnlyList<string> built, expected;
        await using (var db = migrated.CreateContext()) built = await SchemaDescription.ReadAsync(db);
        await using (var db = fromModel.CreateContext()) expected = await SchemaDescription.ReadAsync(db);

        var missing = expected.Except(built).ToList();
        var extra = built.Except(expected).ToList();
        var triggers = extra.Where(line => line.Contains(": trigger ", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0 && extra.Count == triggers.Count,
            $"The migrations do not build the model's schema on {provider}.\n" +
            $"In the model but not built by the migrations:\n  {string.Join("\n  ", missing)}\n" +
            $"Built by the migrations but not in the model:\n  {string.Join("\n  ", extra.Except(triggers))}");
        Assert.NotEmpty(expected);
        // Each append-only table has its triggers, and nothing else has any.
        Assert.Equal(
            ["AccessAuditEntries", "DeletionRecords"],
            triggers.Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)].Trim('"')).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_an_up_to_date_database_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        Assert.NotEmpty(await db.MigrateAsync(database.Options));
        var before = await SchemaDescription.ReadAsync(db);

        Assert.Empty(await db.MigrateAsync(database.Options));

        Assert.Equal(before, await SchemaDescription.ReadAsync(db));
    }
}
