using System.CommandLine;
using IucRecruit.Data.Scenarios;
using Microsoft.Extensions.Configuration;

namespace IucRecruit.Cli.Scenarios;

/// <summary><c>iucrecruit scenarios validate [folder]</c>: checks a scenario library as the web app
/// does at start-up, listing every error (file, line, field, what was expected), so that authors can
/// check their work before a deployment.</summary>
internal static class ScenariosCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "The library folder (default: Scenarios__Folder, or ./scenarios).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var validate = new Command("validate", "Check every scenario and listening exercise; exit code 1 if any is invalid.") { folder };
        validate.SetAction(async (parsed, cancellationToken) =>
        {
            var options = Options();
            if (parsed.GetValue(folder) is { } chosen) options.Folder = chosen;
            var library = options.Load();
            foreach (var error in library.Errors) await output.WriteLineAsync(error.ToString().AsMemory(), cancellationToken);
            await output.WriteLineAsync(library.IsValid
                ? $"Valid: {library.Scenarios.Count} scenario(s), {library.ListeningExercises.Count} listening exercise(s) and {library.PracticeCalls.Count} practice call(s) in {library.Folder}."
                : $"Invalid: {library.Errors.Count} error(s) in {library.Folder}.");
            return library.IsValid ? 0 : 1;
        });
        return new Command("scenarios", "Work with the scenario library.") { validate };
    }

    /// <summary>The <c>Scenarios</c> settings from environment variables (<c>Scenarios__Folder</c>,
    /// <c>Scenarios__MaxClipSeconds</c>, <c>Scenarios__MaxRecordingSeconds</c>), as the web app reads them.</summary>
    public static ScenarioLibraryOptions Options() =>
        new ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(ScenarioLibraryOptions.Section).Get<ScenarioLibraryOptions>() ?? new ScenarioLibraryOptions();
}
