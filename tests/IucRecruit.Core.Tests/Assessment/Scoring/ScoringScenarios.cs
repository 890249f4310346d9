using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Tests.Assessment.Scoring;

/// <summary>A small scenario with the three gates on a 1–4 scale (pass mark 3), a supporting
/// criterion, a red flag and its critical fail, and a call record with an outcome field.</summary>
internal static class ScoringScenarios
{
    public static readonly Rubric Rubric = new(
    [
        Criterion("accuracy", "Accuracy", gate: true),
        Criterion("empathy", "Empathy", gate: true),
        Criterion("call-handling", "Ability to handle the call", gate: true),
        Criterion("listening", "Listening", gate: false),
    ],
    [
        new CriticalFail("chest-pain-missed", "Does not send an ambulance for chest pain.", "chest-pain"),
        new CriticalFail("rude", "Rude to the caller.", null),
    ]);

    public static readonly Scenario Scenario = new()
    {
        Id = "chest-pain-test",
        Title = "Chest pain",
        Difficulty = Difficulty.Advanced,
        Summary = "A test scenario.",
        Folder = "chest-pain-test",
        Version = "v1",
        Clips = [],
        Caller = new CallerPersona("Sam", "son", "Angry", "Shout"),
        Patient = new PatientFacts("Frank Hill", new DateOnly(1950, 3, 2), "1 Road", "LS1 4AP", "07700 900123", "Surgery", "Chest pain", "", ""),
        Script = new RoleplayScript("Hello", [new ScriptStage("opening", "Get help", ["Help"])], []),
        RedFlags = [new RedFlag("chest-pain", "Crushing chest pain", "opening", "Emergency ambulance")],
        Outcome = new ExpectedOutcome("Emergency ambulance (999)", "Possible heart attack."),
        CallRecord =
        [
            new CallRecordField("patient-name", "Patient's name", ExpectedAnswer.Of(MatchRule.Name, "Frank Hill")),
            new CallRecordField("postcode", "Postcode", ExpectedAnswer.Of(MatchRule.Postcode, "LS1 4AP")),
            new CallRecordField("disposition", "Outcome", ExpectedAnswer.OneOf("Emergency ambulance", ["999", "Ambulance"], MatchRule.Exact)),
        ],
        Rubric = Rubric,
    };

    /// <summary>A sheet with the given points for accuracy, empathy, call handling and listening.</summary>
    public static Core.Assessment.Scoring.ScoreSheet Sheet(int accuracy, int empathy, int handling, int listening, params string[] criticalFails) =>
        new([new("accuracy", accuracy), new("empathy", empathy), new("call-handling", handling), new("listening", listening)], criticalFails);

    private static RubricCriterion Criterion(string id, string name, bool gate) => new(id, name, gate, 1, gate ? 3 : null,
        [new ScalePoint(1, "Poor"), new ScalePoint(2, "Weak"), new ScalePoint(3, "Good"), new ScalePoint(4, "Excellent")]);
}
