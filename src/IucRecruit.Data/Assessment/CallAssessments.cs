using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Retention;
using IucRecruit.Data.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Assessment;

/// <summary>
/// A mock call's assessment from the ratings to the funnel (docs/decisions/0022): assessors submit
/// their ratings once, blind; a lead assessor settles disagreements; and as soon as the result is
/// decided it is written once, with the scores of record (docs/decisions/0012), and the candidate
/// is moved on to the interview or rejected through the stage log (docs/decisions/0011), with the
/// product as the actor: the result is the rubric's, not a person's (docs/decisions/0060).
/// </summary>
public sealed class CallAssessments(
    RecruitmentDbContext db, ScenarioVersionArchive scenarios, MockCallScores scoresOfRecord, StageLog stageLog, ObservedProgress observed,
    TimeProvider clock, IOptions<AssessmentOptions> options)
{
    /// <summary>Every problem, each naming the form field it is about ("" for the whole form); none
    /// when the change was recorded.</summary>
    public sealed record Outcome(IReadOnlyList<(string Field, string Message)> Problems)
    {
        public static readonly Outcome Done = new([]);

        public bool Succeeded => Problems.Count == 0;

        public static Outcome Refused(string message) => new([("", message)]);
    }

    public async Task<AssessmentCase?> LoadAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var call = await db.MockCalls.AsNoTracking().Include(c => c.Candidate).SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null || scenarios.Find(call.ScenarioId, call.ScenarioVersion) is not { } scenario) return null;
        var payloads = await db.MockCallEvents.AsNoTracking().Where(e => e.MockCallId == callId)
            .OrderBy(e => e.Sequence).Select(e => e.Payload).ToListAsync(cancellationToken);
        var scorecards = await db.MockCallScorecards.AsNoTracking().Where(s => s.MockCallId == callId).ToListAsync(cancellationToken);
        var moderation = await db.MockCallModerations.AsNoTracking().SingleOrDefaultAsync(m => m.MockCallId == callId, cancellationToken);
        var result = await db.MockCallResults.AsNoTracking().SingleOrDefaultAsync(r => r.MockCallId == callId, cancellationToken);

        var assessors = call.SecondAssessorUserId is { } second ? new[] { call.AssessorUserId, second } : [call.AssessorUserId];
        var sheets = assessors.Select(a => scorecards.FirstOrDefault(s => s.AssessorUserId == a)?.Sheet).OfType<ScoreSheet>().ToList();
        var state = CallResultRules.Evaluate(scenario.Rubric, assessors.Length, sheets, options.Value.ModerationTolerance, moderation?.Decision);
        var events = payloads.Select(CallEventJson.Deserialize).ToList();
        return new AssessmentCase(call, scenario, events, CallState.Replay(events),
            scorecards.OrderBy(s => Array.IndexOf(assessors, s.AssessorUserId)).ToList(), moderation, result, state);
    }

    /// <summary>An assessor's ratings of a call they are booked on, once the call has ended. Kept as
    /// submitted: a second submission is refused.</summary>
    public async Task<Outcome> SubmitAsync(Guid callId, Guid assessorId, IReadOnlyDictionary<string, int?> ratings,
        IReadOnlyCollection<string> criticalFails, CancellationToken cancellationToken = default)
    {
        var assessment = await LoadAsync(callId, cancellationToken);
        if (assessment is null || !assessment.IsAssessor(assessorId)) return Outcome.Refused("You are not an assessor of this call.");
        if (assessment.Call.Phase != CallPhase.Ended) return Outcome.Refused("Ratings open when the call has ended.");
        if (assessment.ScorecardOf(assessorId) is not null) return Outcome.Refused("You have already submitted your ratings; they cannot be changed.");
        var (sheet, problems) = ScoreSheet.From(assessment.Scenario.Rubric, ratings, criticalFails);
        if (sheet is null) return new Outcome(problems);

        db.MockCallScorecards.Add(new MockCallScorecard
        {
            Id = Guid.CreateVersion7(), MockCallId = callId, AssessorUserId = assessorId,
            SubmittedUtc = clock.GetUtcNow().UtcDateTime, Sheet = sheet,
        });
        return await SaveThenDecideAsync(callId, "You have already submitted your ratings; they cannot be changed.", cancellationToken);
    }

    /// <summary>The lead assessor's agreed ratings and decisions on a call awaiting moderation, if
    /// <see cref="LeadAssessors"/> lets the moderator lead it.</summary>
    public async Task<Outcome> ModerateAsync(Guid callId, Guid moderatorId, bool holdsALeadRole, ModerationDecision decision,
        CancellationToken cancellationToken = default)
    {
        var assessment = await LoadAsync(callId, cancellationToken);
        if (assessment is null) return Outcome.Refused("There is no such call.");
        if (LeadAssessors.Refusal(assessment.Call, moderatorId, holdsALeadRole) is { } refusal) return Outcome.Refused(refusal);
        if (assessment.State.Stage != AssessmentStage.AwaitingModeration) return Outcome.Refused("This call is not awaiting moderation.");

        db.MockCallModerations.Add(new MockCallModeration
        {
            Id = Guid.CreateVersion7(), MockCallId = callId, ModeratorUserId = moderatorId,
            ModeratedUtc = clock.GetUtcNow().UtcDateTime, Decision = decision,
        });
        return await SaveThenDecideAsync(callId, "Someone else has just moderated this call.", cancellationToken);
    }

    /// <summary>Tries the funnel move again after the candidate's earlier stages were put right.</summary>
    public async Task<Outcome> MoveFunnelAsync(Guid callId, Guid actorId, CancellationToken cancellationToken = default)
    {
        var assessment = await LoadAsync(callId, cancellationToken);
        if (assessment?.Result is not { FunnelMovedUtc: null } result) return Outcome.Refused("There is nothing left to move.");
        var refusal = await MoveAsync(assessment, result.Passed, result.Reason, actorId, cancellationToken);
        await RecordMoveAsync(result.Id, refusal, cancellationToken);
        return refusal is null ? Outcome.Done : Outcome.Refused(refusal);
    }

    /// <summary>Saves what was added (a unique index refuses it done twice at once), then writes the
    /// result if that decided it.</summary>
    private async Task<Outcome> SaveThenDecideAsync(Guid callId, string doneTwice, CancellationToken cancellationToken)
    {
        if (!await TrySaveAsync(cancellationToken)) return Outcome.Refused(doneTwice);
        await DecideAsync(callId, cancellationToken);
        return Outcome.Done;
    }

    /// <summary>Once the result is decided, writes it once: the result, the scores of record and the
    /// funnel move, in one transaction. A move the stage rules refuse is kept with its reason.</summary>
    private async Task DecideAsync(Guid callId, CancellationToken cancellationToken)
    {
        var assessment = await LoadAsync(callId, cancellationToken);
        if (assessment is not { State.Outcome: { } outcome, Result: null }) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var result = new MockCallResult
        {
            Id = Guid.CreateVersion7(), MockCallId = callId, CandidateId = assessment.Call.CandidateId, Passed = outcome.Passed,
            Reason = outcome.Reason, DecidedUtc = now, Accuracy = assessment.Accuracy,
            Scores = outcome.Criteria.Select(c => new FinalScore(c.Criterion.Id, c.Score, c.Criterion.Highest, c.Passed, c.Basis)).ToList(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MockCallResults.Add(result);
        if (!await TrySaveAsync(cancellationToken)) return; // decided at the same moment by the other assessor
        await scoresOfRecord.RecordAsync(assessment.Call.CandidateId,
            result.Scores.Select(s => new CriterionScore(s.CriterionId, s.Score, s.Maximum, s.Passed)).ToList(), now, cancellationToken);
        var refusal = await MoveAsync(assessment, outcome.Passed, outcome.Reason, StageEvent.ProductActorId, cancellationToken);
        await RecordMoveAsync(result.Id, refusal, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Moves the candidate on or ends their journey. "No mock-call result without a mock call": a
    /// candidate not yet at the mock-call stage is first entered into it by the product, dated when
    /// their call was answered (<see cref="Observation.MockCallAnswered"/>), if the stage rules allow
    /// (docs/decisions/0022); otherwise the refusal says what the manager must record first. Returns
    /// null when moved, or why not.
    /// </summary>
    private async Task<string?> MoveAsync(AssessmentCase assessment, bool passed, string reason, Guid actorId, CancellationToken cancellationToken)
    {
        var candidateId = assessment.Call.CandidateId;
        var answered = assessment.Log.AnsweredUtc ?? clock.GetUtcNow().UtcDateTime;
        var entered = await observed.RecordAsync(candidateId, Observation.MockCallAnswered, answered, CallEventStore.AnsweredReason, cancellationToken);
        if (entered is { Succeeded: false }) return $"The candidate could not be entered into the mock-call stage: {entered.Refusal}";
        var moved = await stageLog.RecordAsync(candidateId,
            passed ? StageTransition.Enter(FunnelStage.Interview) : StageTransition.End(FunnelOutcome.Rejected, reason), actorId, cancellationToken);
        return moved.Succeeded ? null : moved.Refusal;
    }

    private async Task RecordMoveAsync(Guid resultId, string? refusal, CancellationToken cancellationToken)
    {
        DateTime? moved = refusal is null ? clock.GetUtcNow().UtcDateTime : null;
        await db.MockCallResults.Where(r => r.Id == resultId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.FunnelMovedUtc, moved)
            .SetProperty(r => r.FunnelRefusal, refusal), cancellationToken);
    }

    /// <summary>Saves, or reports that a unique index refused it (the same thing done twice at once).</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
