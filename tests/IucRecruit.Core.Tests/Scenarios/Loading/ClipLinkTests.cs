using IucRecruit.Core.Scenarios.Loading;

namespace IucRecruit.Core.Tests.Scenarios.Loading;

/// <summary>
/// A clip that is a symbolic link: the folder check follows it. Links cannot live in the corpus
/// (the build copies what they point to), so each test copies the valid control to a temporary
/// folder and makes its link there.
/// </summary>
public sealed class ClipLinkTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("iucrecruit-links-").FullName;
    private readonly string library;
    private readonly string clips;
    private readonly string outside;

    public ClipLinkTests()
    {
        library = Path.Combine(root, "library");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken", "valid-library"), library);
        clips = Path.Combine(library, "minimal", "clips");
        outside = Path.Combine(root, "outside");
        Directory.CreateDirectory(outside);
        File.Move(Path.Combine(clips, "cough.wav"), Path.Combine(outside, "cough.wav"));
    }

    [Fact]
    public void A_clip_linked_to_a_file_outside_the_folder_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(clips, "cough.wav"), Path.Combine(outside, "cough.wav"));

        var library = ScenarioLibraryLoader.Load(this.library, ScenarioLibraryCorpusTests.Limits);

        Assert.Equal(
            ["minimal/scenario.yaml:96: clips[0].file: clips/cough.wav is a symbolic link to a file outside the folder; expected the WAV file itself inside it"],
            library.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_clips_folder_linked_outside_is_refused()
    {
        Directory.Delete(clips, recursive: true);
        Directory.CreateSymbolicLink(clips, outside);

        var library = ScenarioLibraryLoader.Load(this.library, ScenarioLibraryCorpusTests.Limits);

        Assert.Contains("clips/cough.wav is a symbolic link to a file outside the folder", Assert.Single(library.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_link_to_a_file_inside_the_folder_is_allowed()
    {
        File.Move(Path.Combine(outside, "cough.wav"), Path.Combine(clips, "original.wav"));
        File.CreateSymbolicLink(Path.Combine(clips, "cough.wav"), "original.wav");

        var library = ScenarioLibraryLoader.Load(this.library, ScenarioLibraryCorpusTests.Limits);

        Assert.Empty(library.Errors);
    }

    [Fact]
    public void A_loop_of_links_is_not_inside_anything()
    {
        File.CreateSymbolicLink(Path.Combine(clips, "a.wav"), "b.wav");
        File.CreateSymbolicLink(Path.Combine(clips, "b.wav"), "a.wav");

        Assert.False(FolderContainment.IsInside(Path.Combine(clips, "a.wav"), library));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
