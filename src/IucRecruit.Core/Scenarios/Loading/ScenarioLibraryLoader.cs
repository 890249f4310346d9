using IucRecruit.Core.Practice;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>
/// Loads and validates the scenario library: each folder holding a <c>scenario.yaml</c> is a
/// scenario, each holding an <c>exercise.yaml</c> a listening exercise, each holding a
/// <c>practice.yaml</c> a practice call; folders holding neither and
/// no YAML at all (the audio tools) are not part of it. Every error in every file is collected;
/// an item with any error is left out of the result.
/// </summary>
public static class ScenarioLibraryLoader
{
    public const string ScenarioFile = "scenario.yaml";
    public const string ExerciseFile = "exercise.yaml";
    public const string PracticeFile = "practice.yaml";
    private static readonly string[] ItemFiles = [ScenarioFile, ExerciseFile, PracticeFile];

    public static ScenarioLibrary Load(string folder, ScenarioLibraryLimits limits)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
            return new ScenarioLibrary(root, [], [], [], [new ScenarioError(".", 0, "", $"the library folder {root} does not exist; expected a folder of scenarios")]);

        var errors = new List<ScenarioError>();
        var loaded = new List<(LibraryItem Item, string File, int IdLine)>();
        foreach (var itemFolder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(itemFolder);
            var present = ItemFiles.Where(f => File.Exists(Path.Combine(itemFolder, f))).ToList();
            if (present.Count > 1)
            {
                errors.Add(new ScenarioError(name, 0, "", $"holds {string.Join(" and ", present)}; expected one of them"));
                continue;
            }
            if (present.Count == 0)
            {
                var yaml = Directory.GetFiles(itemFolder).Select(Path.GetFileName)
                    .FirstOrDefault(f => f!.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
                if (yaml is not null)
                    errors.Add(new ScenarioError($"{name}/{yaml}", 0, "", $"is not read; expected the file to be named {string.Join(", ", ItemFiles[..^1])} or {ItemFiles[^1]}"));
                continue;
            }

            var file = present[0];
            var fileErrors = new ErrorList($"{name}/{file}");
            var item = ReadItem(itemFolder, name, file, fileErrors, limits);
            errors.AddRange(fileErrors.All);
            if (item is { } read) loaded.Add((read.Item, fileErrors.File, read.IdLine));
        }

        var kept = new List<LibraryItem>();
        foreach (var group in loaded.GroupBy(l => l.Item.Id))
        {
            var first = group.First();
            kept.Add(first.Item);
            foreach (var duplicate in group.Skip(1))
                errors.Add(new ScenarioError(duplicate.File, duplicate.IdLine, "id",
                    $"{ErrorQuote.Of(duplicate.Item.Id)} is already the id of {first.File}; expected an id unique in the library"));
        }
        var ordered = errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        return new ScenarioLibrary(root, kept.OfType<Scenario>().ToList(), kept.OfType<ListeningExercise>().ToList(),
            kept.OfType<PracticeCall>().ToList(), ordered);
    }

    private static LoadedItem? ReadItem(string itemFolder, string name, string file, ErrorList errors, ScenarioLibraryLimits limits)
    {
        YamlNode document;
        var path = Path.Combine(itemFolder, file);
        if (YamlSizeGuard.FileTooLarge(path) is { } tooLarge)
        {
            errors.Add(0, "", tooLarge);
            return null;
        }
        if (YamlSizeGuard.NestsTooDeep(path) is var (line, tooDeep))
        {
            errors.Add(line, "", tooDeep);
            return null;
        }
        try
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(path)) stream.Load(reader);
            if (stream.Documents.Count != 1)
            {
                errors.Add(0, "", $"holds {stream.Documents.Count} YAML documents; expected exactly one");
                return null;
            }
            document = stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            errors.Add((int)ex.Start.Line, "", $"is not valid YAML: {ex.Message}");
            return null;
        }
        if (YamlSizeGuard.ExpandsTooFar(document) is { } expands)
        {
            errors.Add(0, "", expands);
            return null;
        }

        return YamlFields.Read(document, "", 1, errors, fields => file switch
        {
            ScenarioFile => ScenarioReader.Read(fields, itemFolder, name, limits),
            ExerciseFile => ListeningExerciseReader.Read(fields, itemFolder, name, limits),
            _ => PracticeCallReader.Read(fields, itemFolder, name, limits),
        });
    }
}

/// <summary>An item read without error, and the line of its id (for reporting a duplicate).</summary>
internal sealed record LoadedItem(LibraryItem Item, int IdLine);
