using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Scenarios;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Tests.Scenarios;

/// <summary>A call booked on a scenario keeps that exact version, whatever happens to the file.</summary>
public sealed class ScenarioVersionArchiveTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("iucrecruit-archive-").FullName;

    [Fact]
    public void A_booked_version_is_found_after_the_library_file_is_edited()
    {
        var libraryFolder = CopyOfScenario("back-pain-football");
        var before = Archive(libraryFolder, out var library);
        var booked = (Scenario)library.Find("back-pain-football")!;
        before.Keep(booked);

        File.AppendAllText(Path.Combine(libraryFolder, "back-pain-football", "scenario.yaml"), "\n# edited after booking\n");
        var after = Archive(libraryFolder, out var edited);

        var current = (Scenario)edited.Find("back-pain-football")!;
        Assert.NotEqual(booked.Version, current.Version);
        var found = after.Find("back-pain-football", booked.Version);
        Assert.NotNull(found);
        Assert.Equal(booked.Version, found.Version);
        Assert.Equal(booked.CallRecord.Select(f => f.Id), found.CallRecord.Select(f => f.Id));
        Assert.True(File.Exists(after.PathOf(found, found.Clips[0])));
        Assert.StartsWith(Path.Combine(work, "data", "scenario-versions"), after.PathOf(found, found.Clips[0]), StringComparison.Ordinal);
        Assert.Same(current, after.Find("back-pain-football", current.Version));
    }

    [Fact]
    public void A_version_never_booked_is_not_found()
    {
        var archive = Archive(CopyOfScenario("dental-pain"), out _);

        Assert.Null(archive.Find("dental-pain", new string('0', 64)));
        Assert.Null(archive.Find("no-such-scenario", new string('0', 64)));
    }

    [Fact]
    public void An_archived_copy_that_was_altered_is_not_used()
    {
        var libraryFolder = CopyOfScenario("dental-pain");
        var archive = Archive(libraryFolder, out var library);
        var booked = (Scenario)library.Find("dental-pain")!;
        archive.Keep(booked);
        File.AppendAllText(Path.Combine(work, "data", "scenario-versions", booked.Version, "dental-pain", "scenario.yaml"), "\n# tampered\n");
        File.AppendAllText(Path.Combine(libraryFolder, "dental-pain", "scenario.yaml"), "\n# library edited\n");

        Assert.Null(Archive(libraryFolder, out _).Find("dental-pain", booked.Version));
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    private ScenarioVersionArchive Archive(string libraryFolder, out ScenarioLibrary library)
    {
        var options = new ScenarioLibraryOptions { Folder = libraryFolder };
        library = options.Load();
        return new ScenarioVersionArchive(library,
            Options.Create(new DatabaseOptions { DataFolder = Path.Combine(work, "data") }), Options.Create(options));
    }

    private string CopyOfScenario(string id)
    {
        var library = Path.Combine(work, "library");
        Copy(RepositoryRoot.Combine("scenarios", id), Path.Combine(library, id));
        return library;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
