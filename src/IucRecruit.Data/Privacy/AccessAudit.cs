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

    /// <summary>How long one person's look at one thing counts as the same view (docs/decisions/0055):
    /// the reloads, redirects after a form, byte-range requests of a recording and repeated searches
    /// of one visit add no second entry, and a new visit after this long adds one.</summary>
    public static readonly TimeSpan SameView = TimeSpan.FromMinutes(10);

    public Task RecordAsync(Actor actor, AccessAction action, Guid candidateId, Guid? mockCallId = null,
        CancellationToken cancellationToken = default) =>
        AppendAsync([Entry(actor, action, candidateId, mockCallId)], cancellationToken);

    /// <summary>One entry for each candidate, as one write: a download of a list is a look at everyone on it.</summary>
    public Task RecordAsync(Actor actor, AccessAction action, IReadOnlyCollection<Guid> candidateIds, CancellationToken cancellationToken = default) =>
        AppendAsync(candidateIds.Select(id => Entry(actor, action, id, null)).ToList(), cancellationToken);

    /// <summary>A search over candidates' personal data: who searched for what.</summary>
    public Task RecordSearchAsync(Actor actor, string searchedFor, CancellationToken cancellationToken = default)
    {
        var entry = Entry(actor, AccessAction.SearchedCandidates, null, null);
        entry.Detail = searchedFor;
        return AppendAsync([entry], cancellationToken);
    }

    /// <summary>An administrator's change to a staff account (invitation, roles, lock): who, to whom, what.</summary>
    public Task RecordStaffChangeAsync(Actor actor, AccessAction action, Guid staffUserId, string? detail = null,
        CancellationToken cancellationToken = default)
    {
        var entry = Entry(actor, action, null, null);
        entry.StaffUserId = staffUserId;
        entry.Detail = detail;
        return AppendAsync([entry], cancellationToken);
    }

    /// <summary>Appends to the chain, leaving out a look already recorded within <see cref="SameView"/>.</summary>
    private Task AppendAsync(List<AccessAuditEntry> entries, CancellationToken cancellationToken) =>
        AccessAuditChain.AppendAsync(db, entries,
            async (entry, token) => !entry.Action.IsLook() || !await SeenWithinSameViewAsync(entry, token), cancellationToken);

    private Task<bool> SeenWithinSameViewAsync(AccessAuditEntry entry, CancellationToken cancellationToken)
    {
        var since = entry.AtUtc - SameView;
        return db.AccessAuditEntries.AnyAsync(e =>
            e.UserId == entry.UserId && e.UserName == entry.UserName && e.Action == entry.Action &&
            e.CandidateId == entry.CandidateId && e.MockCallId == entry.MockCallId && e.Detail == entry.Detail &&
            e.AtUtc > since, cancellationToken);
    }

    private AccessAuditEntry Entry(Actor actor, AccessAction action, Guid? candidateId, Guid? mockCallId) => new()
    {
        Id = Guid.CreateVersion7(),
        AtUtc = AccessAuditChain.StoredTime(clock.GetUtcNow().UtcDateTime),
        UserId = actor.UserId,
        UserName = actor.Name,
        Action = action,
        CandidateId = candidateId,
        MockCallId = mockCallId,
    };

    /// <summary>What the administrators' page filters by; every part optional.</summary>
    public sealed record Filter(Guid? CandidateId, Guid? UserId, AccessAction? Action, DateOnly? From, DateOnly? To, int Page = 1);

    /// <summary>An entry with the names it refers to as they are now: the candidate's (empty for
    /// none) and the staff account's an administrator changed.</summary>
    public sealed record Line(AccessAuditEntry Entry, string CandidateName, string StaffName);

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
        var candidateIds = entries.Where(e => e.CandidateId != null).Select(e => e.CandidateId!.Value).Distinct().ToList();
        var names = await db.Candidates.AsNoTracking().Where(c => candidateIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.GivenName + " " + c.FamilyName, cancellationToken);
        var staffIds = entries.Where(e => e.StaffUserId != null).Select(e => e.StaffUserId!.Value).Distinct().ToList();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return (entries.Take(PageSize).Select(e => new Line(e,
                e.CandidateId is { } candidate ? names.GetValueOrDefault(candidate, "(unknown)") : "",
                e.StaffUserId is { } member ? staff.GetValueOrDefault(member, "(unknown)") : "")).ToList(),
            entries.Count > PageSize);
    }

    /// <summary>The people who appear in the log, for the page's filter.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ViewersAsync(CancellationToken cancellationToken = default) =>
        (await db.AccessAuditEntries.AsNoTracking().Where(e => e.UserId != null)
            .GroupBy(e => e.UserId!.Value).Select(g => new { Id = g.Key, Name = g.Max(e => e.UserName) })
            .ToListAsync(cancellationToken))
        .OrderBy(v => v.Name, StringComparer.CurrentCulture).Select(v => (v.Id, v.Name ?? "")).ToList();
}
