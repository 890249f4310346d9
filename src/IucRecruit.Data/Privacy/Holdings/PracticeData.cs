using IucRecruit.Core.Privacy;
using IucRecruit.Data.Practice;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>An invited candidate's practice calls: when, which, how the call record matched, the
/// times their browser measured, and their answer to "Is this job for you?".</summary>
public sealed class PracticeData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Practice calls";

    public IReadOnlyList<Type> Tables => [typeof(PracticeAttempt)];

    public string WhenErased => "Kept on the anonymous record: the call record holds the practice caller's invented details, " +
                                "the rest is times, counts and answers chosen from a list, and the dashboard counts them.";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var attempts = await db.PracticeAttempts.AsNoTracking().Where(a => a.CandidateId == candidateId).OrderBy(a => a.StartedUtc)
            .Select(a => new
            {
                a.PracticeCallId, a.PracticeCallVersion, a.StartedUtc, a.CompletedUtc, a.RecordJson, a.FieldsMatched, a.FieldCount,
                a.DurationMs, a.CandidateSpeechMs, a.CallerSpeechMs, a.MedianResponseMs, a.LongestResponseMs, a.TurnsHeard,
                a.Answer, a.NotForMeReasons, a.AnsweredUtc,
            })
            .ToListAsync(cancellationToken);
        await archive.AddJsonAsync("practice-calls.json", "The practice calls you took: which call, when, what you typed in the " +
            "call record and how much of it matched, how long you spoke and took to answer (measured in your browser; your voice " +
            "never left it), and your answer to \"Is this job for you?\".", attempts, cancellationToken);
    }

    public Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
