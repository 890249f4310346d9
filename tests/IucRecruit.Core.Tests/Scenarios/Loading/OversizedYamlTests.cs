using System.Text;
using IucRecruit.Core.Scenarios.Loading;

namespace IucRecruit.Core.Tests.Scenarios.Loading;

/// <summary>
/// Files that would cost far more to read than any scenario needs: too large, an alias bomb, a
/// huge bad value. Each is refused (or quoted) in a line of words. The files are made at test
/// time from the valid control, as they are too big to keep in the corpus.
/// </summary>
public sealed class OversizedYamlTests : IDisposable
{
    private readonly string library = Directory.CreateTempSubdirectory("iucrecruit-yaml-").FullName;
    private readonly string scenarioFile;
    private readonly string original;

    public OversizedYamlTests()
    {
        var control = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken", "valid-library", "minimal");
        var folder = Path.Combine(library, "minimal");
        Directory.CreateDirectory(Path.Combine(folder, "clips"));
        foreach (var clip in Directory.GetFiles(Path.Combine(control, "clips")))
            File.Copy(clip, Path.Combine(folder, "clips", Path.GetFileName(clip)));
        scenarioFile = Path.Combine(folder, "scenario.yaml");
        original = File.ReadAllText(Path.Combine(control, "scenario.yaml"));
    }

    [Fact]
    public void A_file_over_256_KB_is_refused_before_it_is_parsed()
    {
        File.WriteAllText(scenarioFile, original + "# " + new string('x', 300 * 1024) + "\n");

        var errors = ScenarioLibraryLoader.Load(library, ScenarioLibraryCorpusTests.Limits).Errors.Select(e => e.ToString());

        Assert.Equal([$"minimal/scenario.yaml: is {original.Length + 2 + (300 * 1024) + 1:N0} bytes; expected at most 262,144 bytes (a scenario file is a few kilobytes)"], errors);
    }

    [Fact]
    public void Lists_nested_thousands_deep_are_refused_with_the_line_where_they_pass_the_cap()
    {
        // Ten thousand nested flow lists in 20 KB: read into nodes, it would overflow the stack.
        File.WriteAllText(scenarioFile, original + "padding:\n  -\n    " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        var paddingLine = original.Split('\n').Length + 1;

        var errors = ScenarioLibraryLoader.Load(library, ScenarioLibraryCorpusTests.Limits).Errors.Select(e => e.ToString());

        Assert.Equal([$"minimal/scenario.yaml:{paddingLine + 1}: nests lists and mappings more than 32 deep here; expected a scenario's few levels"], errors);
    }

    [Fact]
    public void Aliases_that_expand_a_block_hundreds_of_times_are_refused()
    {
        // A 100 KB anchor and 40 aliases to it: a 100 KB file that reads as 4 MB.
        var yaml = new StringBuilder(original.Replace("summary: A test scenario with one of everything.", "summary: &big " + new string('a', 100 * 1024), StringComparison.Ordinal));
        yaml.Append("padding:\n");
        for (var i = 0; i < 40; i++) yaml.Append("  - *big\n");
        File.WriteAllText(scenarioFile, yaml.ToString());

        var errors = ScenarioLibraryLoader.Load(library, ScenarioLibraryCorpusTests.Limits).Errors.Select(e => e.ToString());

        Assert.Equal(["minimal/scenario.yaml: expands to more than 1,048,576 characters through YAML aliases (*name); expected each block written out at most a few times"], errors);
    }

    [Fact]
    public void A_few_aliases_of_a_small_block_still_load()
    {
        File.WriteAllText(scenarioFile, original.Replace("postcode: LS1 4AP", "postcode: &pc LS1 4AP", StringComparison.Ordinal));

        Assert.Empty(ScenarioLibraryLoader.Load(library, ScenarioLibraryCorpusTests.Limits).Errors);
    }

    [Fact]
    public void A_huge_bad_value_is_quoted_by_its_first_100_characters_and_its_length()
    {
        File.WriteAllText(scenarioFile, original.Replace("postcode: LS1 4AP", "postcode: " + new string('Z', 50_000), StringComparison.Ordinal));

        var error = Assert.Single(ScenarioLibraryLoader.Load(library, ScenarioLibraryCorpusTests.Limits).Errors).ToString();

        Assert.Contains($"\"{new string('Z', 100)}… (50,000 characters)\" is not a UK postcode", error, StringComparison.Ordinal);
        Assert.True(error.Length < 400, $"{error.Length} characters");
    }

    public void Dispose() => Directory.Delete(library, recursive: true);
}
