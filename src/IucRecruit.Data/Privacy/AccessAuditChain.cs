using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IucRecruit.Data.Privacy;

/// <summary>
/// The access audit as a hash chain (docs/decisions/0056): each entry carries the SHA-256 of its own
/// canonical form and the hash of the entry before it, so changing or removing any entry breaks
/// every link after it, even for someone who can get past the append-only triggers. Appends are
/// serialised by a database lock, so two writers never both extend the same end of the chain.
/// </summary>
public static class AccessAuditChain
{
    /// <summary>What the first entry's "previous hash" is.</summary>
    public static readonly string Start = new('0', 64);

    /// <summary>The key of PostgreSQL's advisory lock for appending to the chain (any fixed number
    /// that nothing else in the database uses; this one spells "AUDITLOG" in ASCII).</summary>
    private const long PostgreSqlLockKey = 0x415544_49544C4F47;

    /// <summary>Stored times keep whole microseconds: PostgreSQL keeps no more, and the hash must
    /// be of exactly what is stored.</summary>
    public static DateTime StoredTime(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    /// <summary>The entry's hash: SHA-256 (lower-case hex) of a JSON array of its fields in a fixed
    /// order, each as invariant text, ending with the previous entry's hash. A format version leads
    /// so that a later change of fields can be told from tampering.</summary>
    public static string HashOf(AccessAuditEntry entry, string previousHash)
    {
        string?[] canonical =
        [
            "v1",
            entry.Sequence?.ToString(CultureInfo.InvariantCulture),
            entry.Id.ToString("D"),
            entry.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.UserId?.ToString("D"),
            entry.UserName,
            entry.Action.ToString(),
            entry.CandidateId?.ToString("D"),
            entry.MockCallId?.ToString("D"),
            entry.StaffUserId?.ToString("D"),
            entry.Detail,
            previousHash,
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical))));
    }

    /// <summary>
    /// Takes the chain's lock for the rest of the current transaction, beginning one (returned, for
    /// the caller to commit) when there is none. PostgreSQL: a transaction-scoped advisory lock.
    /// SQL Server: an application lock owned by the transaction. SQLite: the transaction EF Core
    /// begins is <c>BEGIN IMMEDIATE</c>, which takes the database's single write lock at once, so
    /// the read of the chain's end and the append cannot interleave with another writer's.
    /// </summary>
    private static async Task<IDbContextTransaction?> LockAsync(RecruitmentDbContext db, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgreSqlLockKey})", cancellationToken);
        else if (db.Database.IsSqlServer())
            await db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = N'AccessAuditEntries', @LockMode = N'Exclusive', @LockOwner = N'Transaction'", cancellationToken);
        return own;
    }

    /// <summary>Appends the entries that <paramref name="keep"/> (asked under the lock, so its answer
    /// still holds when they are written) lets through, each in the next place of the chain.</summary>
    internal static async Task AppendAsync(RecruitmentDbContext db, IReadOnlyList<AccessAuditEntry> entries,
        Func<AccessAuditEntry, CancellationToken, Task<bool>> keep, CancellationToken cancellationToken)
    {
        await using var transaction = await LockAsync(db, cancellationToken);
        var kept = new List<AccessAuditEntry>(entries.Count);
        foreach (var entry in entries)
            if (await keep(entry, cancellationToken)) kept.Add(entry);
        Link(kept, await EndAsync(db, cancellationToken));
        db.AccessAuditEntries.AddRange(kept);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The chain's last place and hash (0 and <see cref="Start"/> when it is empty). Call
    /// only under <see cref="LockAsync"/>.</summary>
    private static async Task<(long Sequence, string Hash)> EndAsync(RecruitmentDbContext db, CancellationToken cancellationToken)
    {
        var last = await db.AccessAuditEntries.AsNoTracking().Where(e => e.Sequence != null && e.Hash != null)
            .OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return last is null ? (0, Start) : (last.Sequence!.Value, last.Hash!);
    }

    /// <summary>Gives each entry its place after <paramref name="end"/> and its hash; returns the new end.</summary>
    private static (long Sequence, string Hash) Link(IEnumerable<AccessAuditEntry> entries, (long Sequence, string Hash) end)
    {
        foreach (var entry in entries)
        {
            entry.Sequence = ++end.Sequence;
            entry.Hash = end.Hash = HashOf(entry, end.Hash);
        }
        return end;
    }

    /// <summary>
    /// Chains the entries written before the chain existed, oldest first, as its start. Run after
    /// every migration; it does something only while the chain has no entry yet, so an entry slipped
    /// in later without a hash is never sealed into the chain: checking reports it. The trigger lets
    /// an entry be sealed like this once, changing nothing else; after that it refuses every change.
    /// Returns how many it sealed.
    /// </summary>
    public static async Task<int> SealAsync(RecruitmentDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await db.AccessAuditEntries.AnyAsync(e => e.Hash == null, cancellationToken)) return 0;
        await using var transaction = await LockAsync(db, cancellationToken);
        if (await db.AccessAuditEntries.AnyAsync(e => e.Hash != null, cancellationToken)) return 0;
        var unsealed = await db.AccessAuditEntries
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        Link(unsealed, (0, Start));
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return unsealed.Count;
    }

    /// <summary>What checking the chain found: all <paramref name="Count"/> entries linked, ending
    /// in <paramref name="LastHash"/>; or the first entry that breaks it, and how.</summary>
    public sealed record Verification(long Count, string LastHash, AccessAuditEntry? Broken, string? Problem)
    {
        public bool Intact => Broken is null;
    }

    /// <summary>Walks the whole chain from its start, recomputing every hash. An entry changed in
    /// place fails its own hash; one removed from the middle leaves a gap in the places; one added
    /// without the chain has no hash.</summary>
    public static async Task<Verification> VerifyAsync(RecruitmentDbContext db, CancellationToken cancellationToken = default)
    {
        var previous = Start;
        long count = 0;
        var entries = db.AccessAuditEntries.AsNoTracking()
            .OrderBy(e => e.Sequence == null).ThenBy(e => e.Sequence).ThenBy(e => e.AtUtc).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            var problem =
                entry.Sequence is null || entry.Hash is null ? "has no place in the chain (it was added without a hash)"
                : entry.Sequence != count + 1 ? $"is at place {entry.Sequence} where {count + 1} was expected: an entry before it was removed"
                : HashOf(entry, previous) != entry.Hash ? "does not match its hash: it, or the entry before it, was changed after it was written"
                : null;
            if (problem is not null) return new Verification(count, previous, entry, problem);
            previous = entry.Hash!;
            count++;
        }
        return new Verification(count, previous, null, null);
    }
}
