namespace IucRecruit.Core.Scenarios;

/// <summary>What a candidate's call record is checked against: its fields' true values, the
/// expected outcome, and the red flags that outcome should show escalated. A mock-call scenario
/// and a practice call both have them, and both are checked by the same rules
/// (<see cref="Assessment.Scoring.AccuracyEvidence"/>).</summary>
public interface ICallRecordAnswers
{
    IReadOnlyList<CallRecordField> CallRecord { get; }
    ExpectedOutcome Outcome { get; }
    IReadOnlyList<RedFlag> RedFlags { get; }
}
