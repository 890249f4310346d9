using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Loading;

namespace IucRecruit.Core.Tests.Scenarios.Loading;

/// <summary>Every case of the broken corpus (Scenarios/Broken/README.md) gives exactly its expected
/// errors, all of them, each naming file, line and field.</summary>
public sealed class ScenarioLibraryCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken");

    /// <summary>Small limits keep the corpus small: its long clip lasts 3 seconds.</summary>
    public static readonly ScenarioLibraryLimits Limits = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));

    public static TheoryData<string> Cases => [.. Directory.GetDirectories(Corpus).Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_exactly_its_expected_errors(string name)
    {
        var folder = Path.Combine(Corpus, name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected-errors.txt")).Where(l => l.Length > 0).ToList();

        var library = ScenarioLibraryLoader.Load(folder, Limits);

        Assert.Equal(expected, library.Errors.Select(e => e.ToString()).ToList());
        Assert.Equal(expected.Count == 0, library.IsValid);
    }

    [Fact]
    public void The_corpus_covers_more_than_its_controls()
    {
        Assert.Contains("valid-library", Cases);
        Assert.True(Cases.Count >= 20, $"{Cases.Count} cases");
    }

    [Fact]
    public void The_valid_control_loads_both_kinds_and_ignores_a_folder_without_yaml()
    {
        var library = ScenarioLibraryLoader.Load(Path.Combine(Corpus, "valid-library"), Limits);

        var scenario = Assert.Single(library.Scenarios);
        var exercise = Assert.Single(library.ListeningExercises);
        Assert.Equal(("minimal", "minimal-listening"), (scenario.Id, exercise.Id));
        Assert.Equal(TimeSpan.FromSeconds(0.25), scenario.Clips[0].Duration);
        Assert.Equal("cough", scenario.Script.Branches[0].Clip);
        Assert.Equal(2, exercise.MaxMarks);
    }

    [Fact]
    public void An_item_with_errors_is_left_out_and_the_others_are_kept()
    {
        var library = ScenarioLibraryLoader.Load(Path.Combine(Corpus, "duplicate-ids"), Limits);

        // a-first is valid; b-second has a duplicate stage; c-listening repeats a-first's id.
        var kept = Assert.Single(library.Items);
        Assert.Equal(("a-first", "minimal"), (kept.Folder, kept.Id));
    }

    [Fact]
    public void A_missing_library_folder_is_an_error_not_an_empty_library()
    {
        var library = ScenarioLibraryLoader.Load(Path.Combine(Corpus, "no-such-folder"), Limits);

        var error = Assert.Single(library.Errors);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(library.Items);
    }
}
