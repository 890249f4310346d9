using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy;

/// <summary>Who did something: a signed-in person, or the command-line tool and its operating-system
/// user, or the scheduled purge.</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    public static Actor CommandLine => new(null, $"Command line ({Environment.UserName})");

    public static readonly Actor ScheduledPurge = new(null, "Scheduled retention purge");
}

/// <summary>
/// The access audit (docs/decisions/0026): each view of a candidate's record or recording and each
/// export, appended as it happens. There is deliberately no method to change or remove an entry.
/// </summary>
public sealed class AccessAudit(RecruitmentDbContext db, TimeProvider clock)
{
    public const int PageSize = 100;

    public async Task RecordAsync(Actor actor, AccessAction action, Guid candidateId, Guid? mockCallId = null,
        CancellationToken cancellationToken = default)
    {
        db.AccessAuditEntries.Add(Entry(actor, action, candidateId, mockCallId));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One entry for each candidate, as one write: a download of a list is a look at everyone on it.</summary>
    public async Task RecordAsync(Actor actor, AccessAction action, IReadOnlyCollection<Guid> candidateIds, CancellationToken cancellationToken = default)
    {
        db.AccessAuditEntries.AddRange(candidateIds.Select(id => Entry(actor, action, id, null)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private AccessAuditEntry Entry(Actor actor, AccessAction action, Guid candidateId, Guid? mockCallId) => new()
    {
        Id = Guid.CreateVersion7(),
        AtUtc = clock.GetUtcNow().UtcDateTime,
        UserId = actor.UserId,
        UserName = actor.Name,
        Action = action,
        CandidateId = candidateId,
        MockCallId = mockCallId,
    };

    /// <summary>What the administrators' page filters by; every part optional.</summary>
    public sealed record Filter(Guid? CandidateId, Guid? UserId, AccessAction? Action, DateOnly? From, DateOnly? To, int Page = 1);

    public sealed record Line(AccessAuditEntry Entry, string CandidateName);

    /// <summary>The newest entries first, a page at a time, with the candidate's name as it is now
    /// (an erased candidate's record says so).</summary>
    public async Task<(IReadOnlyList<Line> Lines, bool More)> SearchAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var query = db.AccessAuditEntries.AsNoTracking();
        if (filter.CandidateId is { } candidate) query = query.Where(e => e.CandidateId == candidate);
        if (filter.UserId is { } user) query = query.Where(e => e.UserId == user);
        if (filter.Action is { } action) query = query.Where(e => e.Action == action);
        if (filter.From is { } from) query = query.Where(e => e.AtUtc >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        if (filter.To is { } to) query = query.Where(e => e.AtUtc < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var page = Math.Max(1, filter.Page);
        var entries = await query.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var candidateIds = entries.Select(e => e.CandidateId).Distinct().ToList();
        var names = await db.Candidates.AsNoTracking().Where(c => candidateIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.GivenName + " " + c.FamilyName, cancellationToken);
        return (entries.Take(PageSize).Select(e => new Line(e, names.GetValueOrDefault(e.CandidateId, "(unknown)"))).ToList(),
            entries.Count > PageSize);
    }

    /// <summary>The people who appear in the log, for the page's filter.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ViewersAsync(CancellationToken cancellationToken = default) =>
        (await db.AccessAuditEntries.AsNoTracking().Where(e => e.UserId != null)
            .GroupBy(e => e.UserId!.Value).Select(g => new { Id = g.Key, Name = g.Max(e => e.UserName) })
            .ToListAsync(cancellationToken))
        .OrderBy(v => v.Name, StringComparer.CurrentCulture).Select(v => (v.Id, v.Name ?? "")).ToList();
}
