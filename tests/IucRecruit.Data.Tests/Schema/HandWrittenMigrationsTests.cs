using IucRecruit.Data.Organisations;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Schema;

/// <summary>
/// Databases made by the hand-written migrations that came before the generated ones
/// (docs/decisions/0030) keep working. Each fixture is the SQL those migrations ran, exactly as EF
/// Core's migrator generated it from them at commit 9e0d54b (the last with them), history rows
/// included; the only edit is a semicolon after each of their two data statements, which ran as
/// commands of their own, not in one script.
/// </summary>
public sealed class HandWrittenMigrationsTests
{
    private const string LastHandWritten = "20261126090000_DataProtection";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_they_made_is_adopted_with_its_data_and_ends_with_the_schema_of_a_new_one(DatabaseProvider provider)
    {
        await using var old = await HandWrittenDatabaseAsync(provider);
        await using var fresh = await TestDatabase.CreateAsync(provider);
        var organisationId = Guid.CreateVersion7();
        await using (var db = old.CreateContext())
        {
            db.Organisations.Add(new Organisation { Id = organisationId, Name = "North Trust", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        // Two entries as the old schema holds them (it has no place or hash): written in SQL, as
        // the model now has columns that schema lacks. Upper case is how EF Core writes a Guid on SQLite.
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        static string Sql(Guid id) => id.ToString().ToUpperInvariant();
        await old.ExecuteScriptAsync($"""
            INSERT INTO "AccessAuditEntries" ("Id", "AtUtc", "UserId", "UserName", "Action", "CandidateId", "MockCallId")
            VALUES ('{Sql(second)}', '2026-11-20 10:00:00.123456', NULL, 'Ada Assessor', 'ListenedToRecording', '{Sql(Guid.CreateVersion7())}', NULL),
                   ('{Sql(first)}', '2026-11-19 09:00:00', NULL, 'Ben Manager', 'ViewedCandidate', '{Sql(Guid.CreateVersion7())}', NULL);
            """);

        await using (var db = old.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            // The baseline is recorded, not run (it would fail: its tables exist); whatever came after it runs.
            Assert.Equal(migrations.Skip(1), await db.MigrateAsync(old.Options));
            var history = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Contains(migrations[0], history);
            Assert.Contains(LastHandWritten, history);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Empty(await db.MigrateAsync(old.Options));

            Assert.Equal("North Trust", (await db.Organisations.SingleAsync(o => o.Id == organisationId)).Name);
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.AccessAuditEntries.ExecuteDeleteAsync());
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
            // The old entries are chained oldest first, and once chained cannot be changed.
            var chained = await db.AccessAuditEntries.OrderBy(e => e.Sequence).Select(e => new { e.Id, e.Sequence, e.Hash }).ToListAsync();
            Assert.Equal([(first, 1L), (second, 2L)], chained.Select(e => (e.Id, e.Sequence!.Value)));
            Assert.All(chained, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
            var verified = await AccessAuditChain.VerifyAsync(db);
            Assert.True(verified.Intact, verified.Problem);
            Assert.Equal(2, verified.Count);
            refused = await Assert.ThrowsAnyAsync<Exception>(() =>
                db.AccessAuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "Someone else")));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
            refused = await Assert.ThrowsAnyAsync<Exception>(() =>
                db.AccessAuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Hash, (string?)null).SetProperty(e => e.Sequence, (long?)null)));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
        await using (var db = fresh.CreateContext()) await db.MigrateAsync(fresh.Options);

        IReadOnlyList<string> adopted, made;
        await using (var db = old.CreateContext()) adopted = await SchemaDescription.ReadAsync(db);
        await using (var db = fresh.CreateContext()) made = await SchemaDescription.ReadAsync(db);
        Assert.Equal(made, adopted);
    }

    [Fact]
    public async Task A_database_they_left_part_way_is_refused_with_what_to_do()
    {
        await using var old = await HandWrittenDatabaseAsync(DatabaseProvider.Sqlite);
        await old.ExecuteScriptAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '{LastHandWritten}'""");

        await using var db = old.CreateContext();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.MigrateAsync(old.Options));

        Assert.Contains("only up to 20261125090000_Assessment", refused.Message, StringComparison.Ordinal);
        Assert.Contains(LastHandWritten, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<TestDatabase> HandWrittenDatabaseAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var fixture = provider == DatabaseProvider.Sqlite ? "sqlite.sql" : "postgresql.sql";
        await database.ExecuteScriptAsync(await File.ReadAllTextAsync(
            RepositoryRoot.Combine("tests", "IucRecruit.Data.Tests", "Schema", "HandWrittenMigrations", fixture)));
        return database;
    }
}
