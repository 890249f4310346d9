using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Calls;

namespace IucRecruit.Data.Assessment;

/// <summary>Everything about one call's assessment: the call and the exact scenario version it ran
/// on, its log (the events, and the state they replay to), the submitted scorecards, any
/// moderation and result, and where it stands.</summary>
public sealed record AssessmentCase(
    MockCall Call,
    Scenario Scenario,
    IReadOnlyList<CallEvent> Events,
    CallState Log,
    IReadOnlyList<MockCallScorecard> Scorecards,
    MockCallModeration? Moderation,
    MockCallResult? Result,
    AssessmentState State)
{
    /// <summary>The assessors booked on the call, the first one first.</summary>
    public IReadOnlyList<Guid> Assessors => Call.SecondAssessorUserId is { } second ? [Call.AssessorUserId, second] : [Call.AssessorUserId];

    public bool IsAssessor(Guid userId) => Call.IsAssessor(userId);

    public MockCallScorecard? ScorecardOf(Guid assessorId) => Scorecards.FirstOrDefault(s => s.AssessorUserId == assessorId);

    /// <summary>Blind scoring: nobody sees another assessor's ratings or evidence until every
    /// assessor booked on the call has submitted.</summary>
    public bool AllSubmitted => State.Stage != AssessmentStage.AwaitingRatings;

    /// <summary>The candidate's call record as it was left.</summary>
    public AccuracyReport Accuracy => AccuracyEvidence.Check(Scenario, Log.RecordFields);
}
