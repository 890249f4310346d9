using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Scenarios;

/// <summary>
/// Who has used which library item, counted from what happened (issue 14 item 8): a candidate has
/// used an item if a mock call was booked with it or a listening attempt made with it, or an
/// exposure records it (written when a call is booked or an exercise begun). Counting the calls and
/// attempts themselves counts those that wrote no exposure, such as the demo's seeded calls. A
/// candidate never gets an item twice, so each candidate and item is one use, dated by its first record.
/// </summary>
internal static class LibraryUses
{
    public sealed record Use(string ItemId, string Version, Guid CandidateId, DateTime AtUtc);

    /// <summary>Every use, or those of one item or of one candidate.</summary>
    public static async Task<IReadOnlyList<Use>> ListAsync(RecruitmentDbContext db, string? itemId = null, Guid? candidateId = null,
        CancellationToken cancellationToken = default)
    {
        var exposures = db.ScenarioExposures.AsNoTracking();
        var calls = db.MockCalls.AsNoTracking();
        var attempts = db.ListeningAttempts.AsNoTracking();
        if (itemId is not null)
        {
            exposures = exposures.Where(e => e.ScenarioId == itemId);
            calls = calls.Where(c => c.ScenarioId == itemId);
            attempts = attempts.Where(a => a.ExerciseId == itemId);
        }
        if (candidateId is { } candidate)
        {
            exposures = exposures.Where(e => e.CandidateId == candidate);
            calls = calls.Where(c => c.CandidateId == candidate);
            attempts = attempts.Where(a => a.CandidateId == candidate);
        }
        var uses = (await exposures.Select(e => new Use(e.ScenarioId, e.ScenarioVersion, e.CandidateId, e.OccurredUtc)).ToListAsync(cancellationToken))
            .Concat(await calls.Select(c => new Use(c.ScenarioId, c.ScenarioVersion, c.CandidateId, c.CreatedUtc)).ToListAsync(cancellationToken))
            .Concat(await attempts.Select(a => new Use(a.ExerciseId, a.ExerciseVersion, a.CandidateId, a.StartedUtc)).ToListAsync(cancellationToken));
        return uses.GroupBy(u => (u.ItemId, u.CandidateId)).Select(g => g.MinBy(u => u.AtUtc)!).ToList();
    }

    /// <summary>How many candidates have used each item that anyone has.</summary>
    public static async Task<Dictionary<string, int>> CountsAsync(RecruitmentDbContext db, CancellationToken cancellationToken) =>
        (await ListAsync(db, cancellationToken: cancellationToken)).GroupBy(u => u.ItemId).ToDictionary(g => g.Key, g => g.Count());
}
