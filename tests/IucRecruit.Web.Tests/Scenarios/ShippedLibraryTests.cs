using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Loading;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Scenarios;

/// <summary>The library that ships in <c>scenarios/</c>: valid, and enough of it for the issue's
/// promises (six or more scenarios, two or more with a red flag to escalate, three or more clips
/// each, a listening exercise), with every recording made by the committed script.</summary>
public sealed class ShippedLibraryTests
{
    private static readonly ScenarioLibrary Library = ScenarioLibraryLoader.Load(RepositoryRoot.Combine("scenarios"), ScenarioLibraryLimits.Default);

    [Fact]
    public void The_shipped_library_has_no_errors() =>
        Assert.True(Library.IsValid, string.Join(Environment.NewLine, Library.Errors));

    [Fact]
    public void There_are_six_or_more_scenarios_and_two_or_more_with_a_red_flag_and_a_critical_fail_for_it()
    {
        Assert.True(Library.Scenarios.Count >= 6, $"{Library.Scenarios.Count} scenarios");
        var redFlagged = Library.Scenarios.Where(s => s.RedFlags.Count > 0).ToList();
        Assert.True(redFlagged.Count >= 2, $"{redFlagged.Count} scenarios with a red flag");
        Assert.All(redFlagged, s => Assert.Contains(s.Rubric.CriticalFails, f => f.RedFlag is not null));
        Assert.All(Enum.GetValues<Difficulty>(), d => Assert.Contains(Library.Scenarios, s => s.Difficulty == d));
    }

    [Fact]
    public void Every_scenario_has_three_or_more_clips_each_with_a_transcript() =>
        Assert.All(Library.Scenarios, s =>
        {
            Assert.True(s.Clips.Count >= 3, $"{s.Id} has {s.Clips.Count} clips");
            Assert.All(s.Clips, c => Assert.False(string.IsNullOrWhiteSpace(c.Transcript)));
        });

    [Fact]
    public void There_is_a_listening_exercise_with_both_kinds_of_question()
    {
        var exercise = Assert.Single(Library.ListeningExercises);
        Assert.Contains(exercise.Questions, q => q is ChoiceQuestion);
        Assert.Contains(exercise.Questions, q => q is ShortAnswerQuestion);
    }

    [Fact]
    public void The_committed_script_makes_every_recording()
    {
        var script = File.ReadAllText(RepositoryRoot.Combine("scenarios", "tools", "generate-audio.sh"));
        foreach (var item in Library.Items)
        {
            Assert.Contains($"\n{item.Folder}() {{", script, StringComparison.Ordinal);
            Assert.All(item.Clips, c => Assert.Contains($"$d/{Path.GetFileName(c.File)}", script, StringComparison.Ordinal));
        }
    }
}
