using IucRecruit.Core.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Scenarios;

/// <summary>
/// Picks the library item a candidate gets (<see cref="ScenarioRotation"/>: active, wanted
/// difficulty, never one they have had, least exposed first) and records that they got it. Booking a
/// mock call picks a scenario and records a <see cref="ExposurePurpose.MockCall"/> exposure; starting
/// the listening exercise does the same for an exercise.
/// </summary>
public sealed class ScenarioRotationService(RecruitmentDbContext db, ScenarioLibrary library, TimeProvider clock)
{
    public Task<Scenario?> PickScenarioAsync(Guid candidateId, Difficulty difficulty, CancellationToken cancellationToken = default) =>
        PickAsync(library.Scenarios, candidateId, difficulty, cancellationToken);

    public Task<ListeningExercise?> PickListeningExerciseAsync(Guid candidateId, CancellationToken cancellationToken = default) =>
        PickAsync(library.ListeningExercises, candidateId, difficulty: null, cancellationToken);

    /// <summary>Adds the exposure to the context; it is saved with the caller's next save, so that
    /// it is recorded in the same transaction as what caused it.</summary>
    public ScenarioExposure AddExposure(Guid candidateId, LibraryItem item, ExposurePurpose purpose)
    {
        var exposure = new ScenarioExposure
        {
            Id = Guid.CreateVersion7(),
            ScenarioId = item.Id,
            ScenarioVersion = item.Version,
            CandidateId = candidateId,
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Purpose = purpose,
        };
        db.ScenarioExposures.Add(exposure);
        return exposure;
    }

    public async Task<ScenarioExposure> RecordExposureAsync(Guid candidateId, LibraryItem item, ExposurePurpose purpose, CancellationToken cancellationToken = default)
    {
        var exposure = AddExposure(candidateId, item, purpose);
        await db.SaveChangesAsync(cancellationToken);
        return exposure;
    }

    private async Task<T?> PickAsync<T>(IEnumerable<T> items, Guid candidateId, Difficulty? difficulty, CancellationToken cancellationToken)
        where T : LibraryItem
    {
        var retired = (await db.ScenarioStates.Where(s => s.Retired).Select(s => s.ScenarioId).ToListAsync(cancellationToken)).ToHashSet();
        // Uses counted from the calls and attempts as well as the exposures (LibraryUses), as the library page shows them.
        var exposures = await LibraryUses.CountsAsync(db, cancellationToken);
        var had = (await LibraryUses.ListAsync(db, candidateId: candidateId, cancellationToken: cancellationToken)).Select(u => u.ItemId).ToHashSet();
        return ScenarioRotation.Pick(items, difficulty, retired, exposures, had);
    }
}
