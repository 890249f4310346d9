using System.Security.Cryptography;
using System.Text;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Privacy;

/// <summary>The access audit's hash chain (docs/decisions/0056): appends from many writers at once
/// still make one unbroken chain, a change made past the triggers is found and named, and repeated
/// looks at one thing within the same-view window are one entry (docs/decisions/0055).</summary>
public sealed class AccessAuditChainTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Writers_appending_at_once_make_one_unbroken_chain(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var clock = new TestClock();
        const int writers = 24;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            await new AccessAudit(db, clock).RecordAsync(new Actor(null, $"Writer {i}"), AccessAction.ExportedData, Guid.CreateVersion7());
        })));

        await using var check = database.CreateContext();
        var places = await check.AccessAuditEntries.Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, writers).Select(i => (long?)i), places.Order());
        var verified = await AccessAuditChain.VerifyAsync(check);
        Assert.True(verified.Intact, verified.Problem);
        Assert.Equal(writers, verified.Count);
    }

    [Fact]
    public void The_hash_is_sha256_of_the_documented_canonical_form()
    {
        var entry = new AccessAuditEntry
        {
            Id = Guid.Parse("0192f0c1-0000-7000-8000-000000000001"), Sequence = 7,
            AtUtc = new DateTime(2026, 12, 1, 16, 5, 3, DateTimeKind.Utc).AddTicks(1234560),
            UserId = null, UserName = "Morgan “M” Manager", Action = AccessAction.SearchedCandidates, Detail = "smi",
        };
        const string previous = "ab";
        // Written out by hand from decision 0056: a JSON array of strings, nulls as null.
        const string canonical = "[\"v1\",\"7\",\"0192f0c1-0000-7000-8000-000000000001\",\"2026-12-01T16:05:03.123456Z\",null," +
            "\"Morgan \\u201CM\\u201D Manager\",\"SearchedCandidates\",null,null,null,\"smi\",\"ab\"]";

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), AccessAuditChain.HashOf(entry, previous));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_changed_entry_is_named_as_the_first_broken_link(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ids = await AppendAsync(database, 5);
        await database.ExecuteScriptAsync(provider == DatabaseProvider.Sqlite
            ? $"""DROP TRIGGER "AccessAuditEntries_no_update"; UPDATE "AccessAuditEntries" SET "UserName" = 'Nobody' WHERE "Sequence" = 3;"""
            : $"""DROP TRIGGER "AccessAuditEntries_sealed_once" ON "AccessAuditEntries"; UPDATE "AccessAuditEntries" SET "UserName" = 'Nobody' WHERE "Sequence" = 3;""");

        await using var db = database.CreateContext();
        var verified = await AccessAuditChain.VerifyAsync(db);

        Assert.False(verified.Intact);
        Assert.Equal((ids[2], 2L), (verified.Broken!.Id, verified.Count));
        Assert.Contains("does not match its hash", verified.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_removed_entry_is_found_at_the_one_after_it(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ids = await AppendAsync(database, 4);
        await database.ExecuteScriptAsync(provider == DatabaseProvider.Sqlite
            ? $"""DROP TRIGGER "AccessAuditEntries_no_delete"; DELETE FROM "AccessAuditEntries" WHERE "Sequence" = 2;"""
            : $"""ALTER TABLE "AccessAuditEntries" DISABLE TRIGGER USER; DELETE FROM "AccessAuditEntries" WHERE "Sequence" = 2;""");

        await using var db = database.CreateContext();
        var verified = await AccessAuditChain.VerifyAsync(db);

        Assert.Equal(ids[2], verified.Broken?.Id);
        Assert.Contains("where 2 was expected", verified.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_look_again_within_the_window_is_one_entry_and_after_it_another(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var clock = new TestClock();
        var (candidate, call) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var manager = new Actor(Guid.CreateVersion7(), "Morgan Manager");
        async Task LookAsync(Actor who, AccessAction what)
        {
            await using var db = database.CreateContext();
            await new AccessAudit(db, clock).RecordAsync(who, what, candidate, call);
        }

        await LookAsync(manager, AccessAction.ListenedToRecording);
        clock.Advance(TimeSpan.FromMinutes(9));
        await LookAsync(manager, AccessAction.ListenedToRecording); // the same view: a range request, a reload
        await LookAsync(manager, AccessAction.ViewedRecording); // another thing looked at
        await LookAsync(new Actor(Guid.CreateVersion7(), "Ada Assessor"), AccessAction.ListenedToRecording); // someone else
        await LookAsync(manager, AccessAction.DownloadedRecording);
        await LookAsync(manager, AccessAction.DownloadedRecording); // every copy that leaves is recorded
        clock.Advance(TimeSpan.FromMinutes(2));
        await LookAsync(manager, AccessAction.ListenedToRecording); // eleven minutes after the first: a new view

        await using var check = database.CreateContext();
        var recorded = await check.AccessAuditEntries.OrderBy(e => e.Sequence).Select(e => new { e.UserName, e.Action }).ToListAsync();
        Assert.Equal(
            [
                ("Morgan Manager", AccessAction.ListenedToRecording), ("Morgan Manager", AccessAction.ViewedRecording),
                ("Ada Assessor", AccessAction.ListenedToRecording), ("Morgan Manager", AccessAction.DownloadedRecording),
                ("Morgan Manager", AccessAction.DownloadedRecording), ("Morgan Manager", AccessAction.ListenedToRecording),
            ],
            recorded.Select(e => (e.UserName, e.Action)));
    }

    private static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await db.MigrateAsync(database.Options);
        return database;
    }

    /// <summary>Appends <paramref name="count"/> exports, one a second; returns their ids in chain order.</summary>
    private static async Task<List<Guid>> AppendAsync(TestDatabase database, int count)
    {
        var clock = new TestClock();
        await using var db = database.CreateContext();
        var audit = new AccessAudit(db, clock);
        for (var i = 0; i < count; i++)
        {
            await audit.RecordAsync(new Actor(null, $"Operator {i}"), AccessAction.ExportedData, Guid.CreateVersion7());
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        return await db.AccessAuditEntries.OrderBy(e => e.Sequence).Select(e => e.Id).ToListAsync();
    }
}
