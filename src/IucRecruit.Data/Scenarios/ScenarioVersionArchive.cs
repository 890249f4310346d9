using System.Collections.Concurrent;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Loading;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Scenarios;

/// <summary>
/// Keeps a copy of every scenario version that a call was booked with (DESIGN.md §5: "a later edit
/// never changes an old result"). The library folder holds only each scenario's current version;
/// when a call is booked, its item folder is copied to <c>scenario-versions/&lt;version&gt;/</c> in the
/// data folder, and a call, its review and its scoring read that copy whenever the library has
/// moved on. The copy's content hash is the version itself, so it is checked on reading.
/// </summary>
public sealed class ScenarioVersionArchive(
    ScenarioLibrary library, IOptions<DatabaseOptions> database, IOptions<ScenarioLibraryOptions> options)
{
    private readonly ConcurrentDictionary<string, Scenario?> archived = new();

    private string ArchiveFolder => Path.Combine(Path.GetFullPath(database.Value.DataFolder), "scenario-versions");

    /// <summary>Copies the item's folder into the archive, once per version.</summary>
    public void Keep(Scenario scenario)
    {
        var target = Path.Combine(ArchiveFolder, scenario.Version);
        if (Directory.Exists(target)) return;
        var staging = target + ".partial-" + Guid.NewGuid().ToString("N");
        var itemFolder = Path.Combine(library.Folder, scenario.Folder);
        CopyFolder(itemFolder, Path.Combine(staging, scenario.Folder), itemFolder);
        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Directory.Delete(staging, recursive: true); // another booking archived it first
        }
    }

    /// <summary>The scenario exactly as it was at <paramref name="version"/>, or null if that version
    /// is neither the library's current one nor archived.</summary>
    public Scenario? Find(string scenarioId, string version)
    {
        if (library.Find(scenarioId) is Scenario current && current.Version == version) return current;
        return archived.GetOrAdd($"{version}/{scenarioId}", _ => LoadArchived(scenarioId, version));
    }

    /// <summary>Where a scenario's clip file is: in the library, or in the archived copy.</summary>
    public string PathOf(Scenario scenario, Clip clip)
    {
        if (library.Find(scenario.Id) is Scenario current && current.Version == scenario.Version) return library.PathOf(scenario, clip);
        return Path.Combine(ArchiveFolder, scenario.Version, scenario.Folder, clip.File);
    }

    private Scenario? LoadArchived(string scenarioId, string version)
    {
        var folder = Path.Combine(ArchiveFolder, version);
        if (!Directory.Exists(folder)) return null;
        var copy = ScenarioLibraryLoader.Load(folder, options.Value.Limits());
        return copy.Find(scenarioId) is Scenario scenario && scenario.Version == version ? scenario : null;
    }

    /// <summary>Copies what really lies inside the item's folder: File.Copy follows symbolic links,
    /// so a link to a file elsewhere on the server would otherwise be copied into the archive.</summary>
    private static void CopyFolder(string from, string to, string itemFolder)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => FolderContainment.IsInside(f, itemFolder)))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from).Where(f => FolderContainment.IsInside(f, itemFolder)))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)), itemFolder);
    }
}
