using System.Text.RegularExpressions;
using IucRecruit.Core.Scenarios.Loading;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Scenarios;

/// <summary>The annotated examples in docs/scenario-format.md are real: all three load without an error.</summary>
public sealed partial class ScenarioFormatDocumentTests : IDisposable
{
    private readonly string library = Path.Combine(Path.GetTempPath(), "iucrecruit-format-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_documented_scenario_listening_exercise_and_practice_call_are_valid()
    {
        var examples = YamlBlock().Matches(File.ReadAllText(RepositoryRoot.Combine("docs", "scenario-format.md")))
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, examples.Count);
        var clip = RepositoryRoot.Combine("scenarios", "back-pain-football", "clips", "groan.wav");
        var call = RepositoryRoot.Combine("scenarios", "listening-inhaler-call", "clips", "call.wav");
        Write("scenario-example", "scenario.yaml", examples[0], ("clips/groan.wav", clip));
        Write("exercise-example", "exercise.yaml", examples[1], ("clips/call.wav", call));
        var practice = RepositoryRoot.Combine("scenarios", "practice-chest-pain-husband", "clips");
        Write("practice-example", "practice.yaml", examples[2],
            ("clips/opening.wav", Path.Combine(practice, "opening.wav")), ("clips/arm.wav", Path.Combine(practice, "arm.wav")));

        var loaded = ScenarioLibraryLoader.Load(library, ScenarioLibraryLimits.Default);

        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Errors));
        Assert.Equal("back-pain-example", Assert.Single(loaded.Scenarios).Id);
        Assert.Single(loaded.ListeningExercises);
        Assert.Equal(["opening", "arm"], Assert.Single(loaded.PracticeCalls).Turns.Select(t => t.Id));
    }

    private void Write(string folder, string file, string yaml, params (string Path, string Source)[] clips)
    {
        var target = Path.Combine(library, folder);
        Directory.CreateDirectory(Path.Combine(target, "clips"));
        File.WriteAllText(Path.Combine(target, file), yaml);
        foreach (var clip in clips) File.Copy(clip.Source, Path.Combine(target, clip.Path));
    }

    public void Dispose()
    {
        if (Directory.Exists(library)) Directory.Delete(library, recursive: true);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
