using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;

namespace IucRecruit.Data.Demo;

/// <summary>One demo call: who, which scenario, what the candidate typed (fields not named are
/// typed right), the evidence, and each assessor's ratings (null: not rated yet).</summary>
public sealed record DemoCallPlan(
    string Candidate, string ScenarioId, bool DoubleScored, IReadOnlyDictionary<string, string> Typed, IReadOnlyList<DemoEvidence> Evidence,
    DemoRatings? First, DemoRatings? Second, string[] CriticalFails, (string Strengths, string Development, bool Publish)? Feedback)
{
    /// <summary>The four calls held on the demo's assessment day, in the order they were answered.</summary>
    public static readonly IReadOnlyList<DemoCallPlan> EarlierToday =
    [
        new("Priya", "back-pain-football", true, new Dictionary<string, string> { ["date-of-birth"] = "21/08/1999", ["disposition"] = "Self care" },
            [new(12, true, EvidenceKind.Strength, "empathy", ""), new(25, false, EvidenceKind.Strength, "accuracy", "Reads the number back"),
             new(31, true, EvidenceKind.Concern, "accuracy", "Date of birth not confirmed"), new(34, true, EvidenceKind.Strength, "call-handling", "")],
            new(Accuracy: 2, Empathy: 3, CallHandling: 3, Listening: 3, SafetyNetting: 2),
            new(Accuracy: 4, Empathy: 4, CallHandling: 3, Listening: 3, SafetyNetting: 3),
            [],
            ("You were warm from the start and took his details in a clear order.",
             "Confirm the date of birth back to the caller, as you did the phone number.", true)),
        new("Daniel", "floppy-child", true, new Dictionary<string, string> { ["disposition"] = "GP appointment tomorrow", ["postcode"] = "HU5 2DS" },
            [new(15, true, EvidenceKind.Concern, "call-handling", "Carries on with routine questions"),
             new(28, true, EvidenceKind.CriticalFail, "floppy-child-not-escalated", ""), new(33, false, EvidenceKind.CriticalFail, "floppy-child-not-escalated", "")],
            new(Accuracy: 2, Empathy: 3, CallHandling: 1, Listening: 2, SafetyNetting: 2),
            new(Accuracy: 2, Empathy: 3, CallHandling: 1, Listening: 2, SafetyNetting: 1),
            ["floppy-child-not-escalated"],
            ("You stayed polite with a frightened mother.",
             "A floppy child who is hard to wake needs an ambulance at once, before any routine questions.", false)),
        new("Grace", "dental-pain", false, new Dictionary<string, string>(),
            [new(20, true, EvidenceKind.Note, null, "Asks about swelling and swallowing early")],
            new(Accuracy: 3, Empathy: 3, CallHandling: 4, Listening: 3, SafetyNetting: 3), null, [], null),
        new("Tom", "gp-already-tried", false, new Dictionary<string, string> { ["disposition"] = "Call the GP again" },
            [new(18, true, EvidenceKind.Concern, "empathy", "Sounds impatient")],
            null, null, [], null),
    ];
}

/// <summary>A piece of evidence, <paramref name="Second"/> seconds into the call, by the first
/// assessor or the second, about a criterion or critical fail.</summary>
public sealed record DemoEvidence(int Second, bool ByFirst, EvidenceKind Kind, string? About, string Text);

/// <summary>An assessor's points on each criterion of the demo scenarios' rubric.</summary>
public sealed record DemoRatings(int Accuracy, int Empathy, int CallHandling, int Listening, int SafetyNetting)
{
    public Dictionary<string, int?> ByCriterion() => new()
    {
        ["accuracy"] = Accuracy, ["empathy"] = Empathy, ["call-handling"] = CallHandling, ["listening"] = Listening,
        ["safety-netting"] = SafetyNetting,
    };

    /// <summary>The ratings as the scoring service takes them; a demo scenario whose rubric has
    /// other criteria is a mistake in the demo, said at once.</summary>
    public Dictionary<string, int?> PointsFor(Scenario scenario)
    {
        var points = ByCriterion();
        if (!scenario.Rubric.Criteria.Select(c => c.Id).Order().SequenceEqual(points.Keys.Order()))
            throw new InvalidOperationException($"The demo's ratings do not fit the rubric of scenario '{scenario.Id}'.");
        return points;
    }
}
