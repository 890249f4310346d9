using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Scenarios;

/// <summary>What the library pages show beside the files: which items are retired (by whom and
/// when), how often each has been used (<see cref="LibraryUses"/>) and in which versions; and retiring and reactivating.</summary>
public sealed class ScenarioLibraryUsage(RecruitmentDbContext db, TimeProvider clock)
{
    public sealed record ItemUsage(bool Retired, DateTime? ChangedUtc, string? ChangedBy, int Exposures);

    public sealed record VersionUsage(string Version, int Exposures, DateTime FirstUtc, DateTime LastUtc);

    /// <summary>Usage of every item that has a state or an exposure, by item id; other items are
    /// active and unused.</summary>
    public async Task<IReadOnlyDictionary<string, ItemUsage>> AllAsync(CancellationToken cancellationToken = default)
    {
        var states = await db.ScenarioStates
            .Select(s => new { s.ScenarioId, s.Retired, s.ChangedUtc, By = db.Users.Where(u => u.Id == s.ChangedByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToDictionaryAsync(s => s.ScenarioId, cancellationToken);
        var counts = await LibraryUses.CountsAsync(db, cancellationToken);
        return states.Keys.Union(counts.Keys).ToDictionary(id => id, id =>
        {
            var state = states.GetValueOrDefault(id);
            return new ItemUsage(state?.Retired ?? false, state?.ChangedUtc, state?.By, counts.GetValueOrDefault(id));
        });
    }

    public async Task<ItemUsage> OfAsync(string itemId, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(itemId) ?? new ItemUsage(false, null, null, 0);

    /// <summary>The versions of an item that candidates have met, newest use first.</summary>
    public async Task<IReadOnlyList<VersionUsage>> VersionsAsync(string itemId, CancellationToken cancellationToken = default) =>
        (await LibraryUses.ListAsync(db, itemId, cancellationToken: cancellationToken))
        .GroupBy(u => u.Version)
        .Select(g => new VersionUsage(g.Key, g.Count(), g.Min(u => u.AtUtc), g.Max(u => u.AtUtc)))
        .OrderByDescending(v => v.LastUtc).ToList();

    public async Task SetRetiredAsync(string itemId, bool retired, Guid? byUserId, CancellationToken cancellationToken = default)
    {
        var state = await db.ScenarioStates.SingleOrDefaultAsync(s => s.ScenarioId == itemId, cancellationToken);
        if (state is null)
        {
            state = new ScenarioState { Id = Guid.CreateVersion7(), ScenarioId = itemId };
            db.ScenarioStates.Add(state);
        }
        state.Retired = retired;
        state.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        state.ChangedByUserId = byUserId;
        await db.SaveChangesAsync(cancellationToken);
    }
}
