using IucRecruit.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>Who looked at the candidate's data: the access audit's entries about them.</summary>
public sealed class AccessAuditData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Access log: who viewed, listened to or exported this candidate's data";

    public IReadOnlyList<Type> Tables => [typeof(AccessAuditEntry)];

    public string WhenErased => "Kept: it is the organisation's evidence of who saw the data, holds only ids and the " +
                                "viewers' names, and cannot be changed (docs/decisions/0026).";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var entries = await db.AccessAuditEntries.AsNoTracking().Where(e => e.CandidateId == candidateId)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        await archive.AddCsvAsync("access-log.csv", "Every time a member of staff viewed your record, opened your call, " +
            "listened to or downloaded your recording, or exported your data (this export included): who and when.",
            ["When (UTC)", "Who", "What", "Call"],
            entries.Select(e => (IReadOnlyList<object?>)[e.AtUtc, e.UserName, e.Action.DisplayName(), e.MockCallId]), cancellationToken);
    }

    public Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
