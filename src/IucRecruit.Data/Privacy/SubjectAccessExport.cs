using IucRecruit.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy;

/// <summary>
/// A subject access export (UK GDPR Article 15): everything held about one candidate, from every
/// entry of <see cref="CandidateDataRegistry"/>, as one ZIP with a README that says what each file
/// is. The export is itself recorded in the access audit, before it is written, so the archive's
/// access log includes it.
/// </summary>
public sealed class SubjectAccessExport(
    RecruitmentDbContext db, IEnumerable<ICandidateData> registry, AccessAudit audit, TimeProvider clock)
{
    public static string FileName(Guid candidateId, DateTime nowUtc) =>
        $"iucrecruit-subject-access-{candidateId.ToString("N")[..8]}-{nowUtc:yyyy-MM-dd}.zip";

    /// <summary>Writes the archive to <paramref name="output"/>; false when there is no such candidate.</summary>
    public async Task<bool> WriteAsync(Guid candidateId, Stream output, Actor actor, CancellationToken cancellationToken = default)
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null) return false;
        await audit.RecordAsync(actor, AccessAction.ExportedData, candidateId, cancellationToken: cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var archive = await SubjectAccessArchive.CreateAsync(output, now, cancellationToken);
        foreach (var data in registry) await data.ExportAsync(candidateId, archive, cancellationToken);
        await archive.FinishAsync($"""
            Everything IucRecruit holds about candidate {candidateId}
            Exported on {UkTime.DateAndClock(now)} (UK time) by {actor.Name}.

            IucRecruit is the recruitment and call-simulation assessment system of the organisation you
            applied to. This archive is your copy of the personal data it holds about you (UK GDPR,
            Article 15). Times are in UTC. JSON files open in any text editor; CSV files open in a
            spreadsheet; recordings are WAV files that any audio player plays.

            What is held, and what happens to it if it is erased:
            {string.Join("\n", registry.Select(d => $"- {d.Title}: {d.WhenErased}"))}

            Statistics (how many candidates passed each stage, how long starters stay) are counted from
            the stages and dates of everyone's applications; they name no one.
            """, cancellationToken);
        return true;
    }
}
