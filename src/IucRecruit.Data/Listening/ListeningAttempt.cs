using IucRecruit.Core.Listening;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Listening;

/// <summary>
/// A candidate's one go at the listening exercise: which exercise and version, the time allowed
/// (their extra time included), how many times they played the recording, and, once handed in,
/// their answers and marks. The result is stored as it was marked, so a later edit of the exercise
/// never changes it.
/// </summary>
public sealed class ListeningAttempt
{
    public Guid Id { get; set; }
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public required string ExerciseId { get; set; }

    /// <summary>The exercise's content hash when it was marked (<see cref="LibraryItem.Version"/>).</summary>
    public required string ExerciseVersion { get; set; }

    public DateTime StartedUtc { get; set; }

    /// <summary>The exercise's limit lengthened by <see cref="ExtraTimePercent"/>.</summary>
    public int TimeLimitSeconds { get; set; }

    /// <summary>The candidate's extra-time adjustment when they started.</summary>
    public int ExtraTimePercent { get; set; }

    public DateTime DeadlineUtc { get; set; }
    public int PlaysAllowed { get; set; }
    public int PlaysUsed { get; set; }
    public DateTime? HandedInUtc { get; set; }

    /// <summary>Handed in after the deadline and its grace period: marked, but flagged.</summary>
    public bool Late { get; set; }

    public int? Marks { get; set; }
    public int MaxMarks { get; set; }
    public List<ListeningAnswer> Answers { get; set; } = [];

    public static ListeningAttempt Begin(Candidate candidate, ListeningExercise exercise, DateTime nowUtc)
    {
        var limit = ListeningTimeLimit.For(exercise.TimeLimitMinutes, candidate.ExtraTimePercent);
        return new ListeningAttempt
        {
            Id = Guid.CreateVersion7(),
            CandidateId = candidate.Id,
            ExerciseId = exercise.Id,
            ExerciseVersion = exercise.Version,
            StartedUtc = nowUtc,
            TimeLimitSeconds = (int)Math.Ceiling(limit.TotalSeconds),
            ExtraTimePercent = candidate.ExtraTimePercent,
            DeadlineUtc = nowUtc + limit,
            PlaysAllowed = exercise.PlaysAllowed,
            MaxMarks = exercise.MaxMarks,
        };
    }

    /// <summary>Records the marked answers. The version is the one that marked them.</summary>
    public void HandIn(ListeningExercise exercise, ListeningScore score, DateTime nowUtc)
    {
        ExerciseVersion = exercise.Version;
        HandedInUtc = nowUtc;
        Late = ListeningTimeLimit.IsLate(DeadlineUtc, nowUtc);
        Marks = score.Marks;
        MaxMarks = score.MaxMarks;
        Answers = score.Questions.Select((q, i) => new ListeningAnswer
        {
            Id = Guid.CreateVersion7(),
            AttemptId = Id,
            Position = i,
            QuestionId = q.QuestionId,
            Answer = q.Answer,
            Marks = q.Marks,
            MaxMarks = q.MaxMarks,
            Explanation = q.Explanation,
        }).ToList();
    }

    public ListeningStatus StatusAt(DateTime nowUtc) =>
        HandedInUtc is not null ? (Late ? ListeningStatus.HandedInLate : ListeningStatus.HandedIn)
        : ListeningTimeLimit.IsLate(DeadlineUtc, nowUtc) ? ListeningStatus.TimeRanOut
        : ListeningStatus.InProgress;
}

public enum ListeningStatus
{
    InProgress,
    HandedIn,
    HandedInLate,
    /// <summary>The time and its grace period passed without answers.</summary>
    TimeRanOut,
}

/// <summary>One marked answer, in the order of the exercise's questions.</summary>
public sealed class ListeningAnswer
{
    public Guid Id { get; set; }
    public Guid AttemptId { get; set; }
    public int Position { get; set; }
    public required string QuestionId { get; set; }
    public required string Answer { get; set; }
    public int Marks { get; set; }
    public int MaxMarks { get; set; }
    public required string Explanation { get; set; }
}
