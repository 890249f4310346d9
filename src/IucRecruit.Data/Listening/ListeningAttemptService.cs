using IucRecruit.Core.Listening;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IucRecruit.Data.Listening;

/// <summary>
/// A candidate's listening exercise from start to result: starting it (which exercise they get,
/// by rotation), playing the recording no more than allowed, and handing in the answers, which are
/// marked at once, and with the marks, in one transaction, the funnel's listening stage
/// (docs/decisions/0060). Everything is decided here, on the server; the page only asks.
/// </summary>
public sealed partial class ListeningAttemptService(
    RecruitmentDbContext db, ScenarioLibrary library, ScenarioRotationService rotation, ObservedProgress observed, TimeProvider clock,
    ILogger<ListeningAttemptService> log)
{
    public const int MaxAnswerLength = 500;

    public enum PlayResult { Allowed, NoPlaysLeft, Closed }

    public enum HandInResult { Marked, AlreadyHandedIn, NotStarted, ExerciseUnavailable }

    public Task<ListeningAttempt?> FindAsync(Guid candidateId, CancellationToken cancellationToken = default) =>
        db.ListeningAttempts.Include(a => a.Answers.OrderBy(x => x.Position))
            .SingleOrDefaultAsync(a => a.CandidateId == candidateId, cancellationToken);

    public ListeningExercise? ExerciseOf(ListeningAttempt attempt) =>
        library.ListeningExercises.FirstOrDefault(e => e.Id == attempt.ExerciseId);

    public string RecordingPath(ListeningExercise exercise) => library.PathOf(exercise, exercise.Recording);

    /// <summary>Starts the candidate's attempt, or returns the one they already have. Null when no
    /// active exercise is left for them.</summary>
    public async Task<ListeningAttempt?> StartAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(candidateId, cancellationToken) is { } existing) return existing;
        var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId, cancellationToken);
        // Nothing to pick can also mean that a start in another tab has just recorded its exposure.
        if (await rotation.PickListeningExerciseAsync(candidateId, cancellationToken) is not { } exercise)
            return await FindAsync(candidateId, cancellationToken);

        var attempt = ListeningAttempt.Begin(candidate, exercise, clock.GetUtcNow().UtcDateTime);
        db.ListeningAttempts.Add(attempt);
        rotation.AddExposure(candidateId, exercise, ExposurePurpose.ListeningExercise);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs pressed Start at once and the unique index let the other one in: use it.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(candidateId, cancellationToken);
            if (winner is null) throw;
            return winner;
        }
        return attempt;
    }

    /// <summary>Uses up one play of the recording. The update is conditional, so two requests at
    /// once cannot both take the last play.</summary>
    public async Task<(PlayResult Result, int PlaysLeft)> PlayAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var latest = now - ListeningTimeLimit.Grace;
        var updated = await db.ListeningAttempts
            .Where(a => a.CandidateId == candidateId && a.HandedInUtc == null && a.DeadlineUtc >= latest && a.PlaysUsed < a.PlaysAllowed)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.PlaysUsed, a => a.PlaysUsed + 1), cancellationToken);
        var attempt = await db.ListeningAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.CandidateId == candidateId, cancellationToken);
        if (attempt is null) return (PlayResult.Closed, 0);
        var left = attempt.PlaysAllowed - attempt.PlaysUsed;
        if (updated == 1) return (PlayResult.Allowed, left);
        return (attempt.StatusAt(now) == ListeningStatus.InProgress ? PlayResult.NoPlaysLeft : PlayResult.Closed, left);
    }

    /// <summary>Marks and stores the answers, once. Late answers are marked and flagged.</summary>
    /// <param name="answers">By question id: a choice's option id, a short answer's text.</param>
    public async Task<HandInResult> HandInAsync(Guid candidateId, IReadOnlyDictionary<string, string?> answers, CancellationToken cancellationToken = default)
    {
        var attempt = await FindAsync(candidateId, cancellationToken);
        if (attempt is null) return HandInResult.NotStarted;
        if (attempt.HandedInUtc is not null) return HandInResult.AlreadyHandedIn;
        if (ExerciseOf(attempt) is not { } exercise) return HandInResult.ExerciseUnavailable;
        if (exercise.Version != attempt.ExerciseVersion)
            LogChangedDuringAttempt(log, attempt.Id, attempt.ExerciseVersion, exercise.Version);

        var trimmed = answers.ToDictionary(a => a.Key, a => a.Value is { Length: > MaxAnswerLength } v ? v[..MaxAnswerLength] : a.Value);
        attempt.HandIn(exercise, ListeningScoring.Score(exercise, trimmed), clock.GetUtcNow().UtcDateTime);

        // Only the first hand-in counts (two tabs, a double click): it claims the attempt with a
        // conditional update, and the marks are saved in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var handedIn = attempt.HandedInUtc;
        var claimed = await db.ListeningAttempts.Where(a => a.Id == attempt.Id && a.HandedInUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.HandedInUtc, handedIn), cancellationToken);
        if (claimed == 0) return HandInResult.AlreadyHandedIn;
        db.ListeningAnswers.AddRange(attempt.Answers);
        await db.SaveChangesAsync(cancellationToken);
        // The funnel's rules may refuse (say, the working conditions were never acknowledged): the
        // candidate is not held up, and the refusal is logged; their stage can be put right on their page.
        await observed.RecordAsync(candidateId, Observation.ListeningHandedIn, handedIn!.Value,
            ReasonFor(attempt), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return HandInResult.Marked;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Listening attempt {AttemptId} started on version {StartedVersion} and was marked on version {MarkedVersion}: the exercise changed in between")]
    private static partial void LogChangedDuringAttempt(ILogger logger, Guid attemptId, string startedVersion, string markedVersion);

    /// <summary>The result in the stage log's words: the marks, and whether it came in late.</summary>
    public static string ReasonFor(ListeningAttempt attempt) =>
        $"Handed in the listening exercise: {attempt.Marks} of {attempt.MaxMarks} marks{(attempt.Late ? ", late" : "")}";
}
