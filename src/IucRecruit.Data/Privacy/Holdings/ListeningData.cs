using IucRecruit.Core.Privacy;
using IucRecruit.Data.Listening;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>The candidate's listening exercise: times, plays, marks and what they answered.</summary>
public sealed class ListeningData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Listening exercise: answers and marks";

    public IReadOnlyList<Type> Tables => [typeof(ListeningAttempt), typeof(ListeningAnswer)];

    public string WhenErased => "What the candidate wrote, and the marking notes that quote it, are blanked; the marks, " +
                                "times and number of plays stay on the anonymous record.";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var attempts = await db.ListeningAttempts.AsNoTracking().Include(a => a.Answers).Where(a => a.CandidateId == candidateId)
            .ToListAsync(cancellationToken);
        await archive.AddJsonAsync("listening-exercise.json", "Your listening exercise: which exercise, the time you were " +
            "allowed (with any extra time), how many times you played the recording, your answers and their marks.",
            attempts.Select(a => new
            {
                a.ExerciseId, a.ExerciseVersion, a.StartedUtc, a.TimeLimitSeconds, a.ExtraTimePercent, a.DeadlineUtc,
                a.PlaysAllowed, a.PlaysUsed, a.HandedInUtc, a.Late, a.Marks, a.MaxMarks,
                Answers = a.Answers.OrderBy(x => x.Position).Select(x => new { x.QuestionId, x.Answer, x.Marks, x.MaxMarks, x.Explanation }),
            }), cancellationToken);
    }

    public async Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken)
    {
        if (!categories.HasFlag(PersonalDataCategory.Assessment)) return;
        work.Changed("Listening-exercise answers blanked", await db.ListeningAnswers
            .Where(x => db.ListeningAttempts.Any(a => a.Id == x.AttemptId && candidateIds.Contains(a.CandidateId)) &&
                        (x.Answer != PersonalDataMarker.Erased || x.Explanation != PersonalDataMarker.Erased))
            .ExecuteUpdateAsync(set => set
                .SetProperty(x => x.Answer, PersonalDataMarker.Erased)
                .SetProperty(x => x.Explanation, PersonalDataMarker.Erased), cancellationToken));
    }
}
