using IucRecruit.Core.Scenarios.Loading;

namespace IucRecruit.Core.Tests.Scenarios.Loading;

/// <summary>A scenario's version is the hash of its words and its sounds: the same content always
/// gives the same version, and any change to either gives a new one.</summary>
public sealed class ContentVersionTests : IDisposable
{
    private readonly string library = Path.Combine(Path.GetTempPath(), "iucrecruit-version-" + Guid.NewGuid().ToString("N"));

    public ContentVersionTests()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken", "valid-library", "minimal");
        var target = Path.Combine(library, "minimal");
        Directory.CreateDirectory(Path.Combine(target, "clips"));
        File.Copy(Path.Combine(source, "scenario.yaml"), Path.Combine(target, "scenario.yaml"));
        File.Copy(Path.Combine(source, "clips", "cough.wav"), Path.Combine(target, "clips", "cough.wav"));
    }

    private string Version() => Assert.Single(ScenarioLibraryLoader.Load(library, ScenarioLibraryCorpusTests.Limits).Scenarios).Version;

    [Fact]
    public void The_version_is_a_SHA256_that_does_not_change_when_nothing_changes()
    {
        var first = Version();

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, Version());
    }

    [Fact]
    public void Changing_a_word_of_the_YAML_changes_the_version()
    {
        var before = Version();
        var yaml = Path.Combine(library, "minimal", "scenario.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("A sore throat.", "A very sore throat.", StringComparison.Ordinal));

        Assert.NotEqual(before, Version());
    }

    [Fact]
    public void Changing_one_sample_of_a_clip_changes_the_version()
    {
        var before = Version();
        var clip = Path.Combine(library, "minimal", "clips", "cough.wav");
        var bytes = File.ReadAllBytes(clip);
        bytes[^1] ^= 1;
        File.WriteAllBytes(clip, bytes);

        Assert.NotEqual(before, Version());
    }

    public void Dispose() => Directory.Delete(library, recursive: true);
}
