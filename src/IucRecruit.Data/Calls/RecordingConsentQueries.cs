using IucRecruit.Core.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Calls;

/// <summary>Reads the candidates' answers to the recording question from the calls' logs.</summary>
public static class RecordingConsentQueries
{
    public const string EventType = "consent";

    /// <summary>Each call's latest answer (by log order); calls never asked are absent.</summary>
    public static async Task<IReadOnlyDictionary<Guid, RecordingConsentAnswered>> LatestConsentAsync(
        this RecruitmentDbContext db, IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken = default)
    {
        var answers = await db.MockCallEvents.AsNoTracking()
            .Where(e => callIds.Contains(e.MockCallId) && e.Type == EventType)
            .Select(e => new { e.MockCallId, e.Sequence, e.Payload })
            .ToListAsync(cancellationToken);
        return answers.GroupBy(a => a.MockCallId).ToDictionary(
            g => g.Key,
            g => (RecordingConsentAnswered)CallEventJson.Deserialize(g.MaxBy(a => a.Sequence)!.Payload));
    }
}
