using IucRecruit.Core.Scenarios;

namespace IucRecruit.Web.Features.Scenarios;

/// <summary>
/// Loads the scenario library when the app starts and reports every error in it. In the Production
/// environment an invalid library stops the app, listing all the errors: a broken scenario must not
/// reach candidates. Elsewhere the app starts, logs the errors, and the library page shows them.
/// </summary>
public sealed partial class ScenarioLibraryStartupCheck(
    ScenarioLibrary library, IHostEnvironment environment, ILogger<ScenarioLibraryStartupCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLoaded(log, library.Scenarios.Count, library.ListeningExercises.Count, library.Folder);
        if (library.IsValid) return Task.CompletedTask;

        foreach (var error in library.Errors) LogError(log, error.ToString());
        if (environment.IsProduction())
            throw new InvalidOperationException(
                $"The scenario library in {library.Folder} has {library.Errors.Count} error(s); fix them, or point " +
                $"Scenarios:Folder at a valid library, before starting in production:{Environment.NewLine}" +
                string.Join(Environment.NewLine, library.Errors.Select(e => "  " + e)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scenario library: {Scenarios} scenarios and {Exercises} listening exercises from {Folder}")]
    private static partial void LogLoaded(ILogger logger, int scenarios, int exercises, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scenario library error: {Error}")]
    private static partial void LogError(ILogger logger, string error);
}
