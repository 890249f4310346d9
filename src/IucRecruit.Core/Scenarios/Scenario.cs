using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Scenarios;

/// <summary>A mock call: who rings, about whom, what the role-player says, what must be noticed and
/// done, what the candidate must write down, and how assessors score it.</summary>
public sealed record Scenario : LibraryItem, ICallRecordAnswers
{
    public override LibraryItemKind Kind => LibraryItemKind.Scenario;

    public required CallerPersona Caller { get; init; }
    public required PatientFacts Patient { get; init; }
    public required RoleplayScript Script { get; init; }

    /// <summary>Signs that must be recognised and escalated; empty for a routine call.</summary>
    public required IReadOnlyList<RedFlag> RedFlags { get; init; }

    public required ExpectedOutcome Outcome { get; init; }

    /// <summary>The fields of the call record the candidate fills in, with their true values.</summary>
    public required IReadOnlyList<CallRecordField> CallRecord { get; init; }

    public required Rubric Rubric { get; init; }
}

/// <summary>The person on the phone, for the role-player.</summary>
/// <param name="Relationship">Who they are to the patient ("the patient", "mother", "son").</param>
public sealed record CallerPersona(string Name, string Relationship, string EmotionalState, string HowToPlay);

/// <summary>The facts the role-player gives when asked.</summary>
public sealed record PatientFacts(
    string Name,
    DateOnly DateOfBirth,
    string Address,
    string Postcode,
    string CallbackNumber,
    string GpPractice,
    string PresentingComplaint,
    string History,
    string Medication);

/// <summary>A sign that must be recognised, where in the script it shows, and what must follow.</summary>
public sealed record RedFlag(string Id, string Sign, string Stage, string ExpectedEscalation);

/// <summary>Where the call should end up, and why.</summary>
public sealed record ExpectedOutcome(string Disposition, string Rationale);

/// <summary>One field of the candidate's call record and its true value.</summary>
public sealed record CallRecordField(string Id, string Label, ExpectedAnswer Expected);
