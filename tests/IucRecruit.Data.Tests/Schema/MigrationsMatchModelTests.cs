using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Schema;

/// <summary>
/// The migrations are written by hand, so nothing but this test keeps them honest: on each
/// provider, the schema that the migrations build must be, fact for fact, the schema that EF Core
/// creates straight from the model.
/// </summary>
public sealed class MigrationsMatchModelTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_build_exactly_the_schema_of_the_model(DatabaseProvider provider)
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
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The migrations do not build the model's schema on {provider}.\n" +
            $"In the model but not built by the migrations:\n  {string.Join("\n  ", missing)}\n" +
            $"Built by the migrations but not in the model:\n  {string.Join("\n  ", extra)}");
        Assert.NotEmpty(expected);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_an_up_to_date_database_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await db.MigrateAsync(database.Options);
        var before = await SchemaDescription.ReadAsync(db);

        await db.MigrateAsync(database.Options);

        Assert.Equal(before, await SchemaDescription.ReadAsync(db));
    }
}
