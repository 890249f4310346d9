using IucRecruit.Core.Privacy;
using IucRecruit.Data.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>Which scenarios and listening exercises the candidate met, so none is given twice.</summary>
public sealed class ScenarioExposureData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Scenarios and exercises met";

    public IReadOnlyList<Type> Tables => [typeof(ScenarioExposure)];

    public string WhenErased => "Kept on the anonymous record: they say only which scenario was used when, and the scenario " +
                                "library counts how widely each has been seen.";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var exposures = await db.ScenarioExposures.AsNoTracking().Where(e => e.CandidateId == candidateId).OrderBy(e => e.OccurredUtc)
            .Select(e => new { e.ScenarioId, e.ScenarioVersion, e.Purpose, e.OccurredUtc }).ToListAsync(cancellationToken);
        await archive.AddJsonAsync("scenarios-met.json", "The mock-call scenarios and listening exercises you were given, so " +
            "that you are never given the same one twice.", exposures, cancellationToken);
    }

    public Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
