using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Data.Tests.Listening;

/// <summary>A library of two small listening exercises, made in code so that the tests do not
/// depend on the shipped content.</summary>
internal static class TestExercises
{
    public static ListeningExercise Make(string id, string version = "v1") => new()
    {
        Id = id, Title = id, Difficulty = Difficulty.Foundation, Summary = "", Folder = id, Version = version,
        Clips = [new Clip("recording", "clips/call.wav", "The call", "", TimeSpan.FromSeconds(30))],
        PlaysAllowed = 2,
        TimeLimitMinutes = 10,
        Questions =
        [
            new ShortAnswerQuestion("name", "Name?", 2, ExpectedAnswer.Of(MatchRule.Name, "Margaret Fenwick")),
            new ChoiceQuestion("advice", "Advice?", 1, [new ChoiceOption("a", "Call 111"), new ChoiceOption("b", "Call 999")], "b"),
        ],
    };

    public static ScenarioLibrary Library(params ListeningExercise[] exercises) => new("/nowhere", [], exercises, [], []);
}
