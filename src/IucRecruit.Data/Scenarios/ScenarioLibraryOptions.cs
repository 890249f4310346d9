using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Loading;

namespace IucRecruit.Data.Scenarios;

/// <summary>The <c>Scenarios</c> configuration section, shared by the web app and the CLI.</summary>
public sealed class ScenarioLibraryOptions
{
    public const string Section = "Scenarios";

    /// <summary>The library folder, relative to the working directory (<c>./run.sh</c> runs from
    /// the repository's root, where <c>scenarios/</c> is).</summary>
    public string Folder { get; set; } = "scenarios";

    /// <summary>The longest a scenario's clip may last.</summary>
    public int MaxClipSeconds { get; set; } = (int)ScenarioLibraryLimits.Default.MaxClip.TotalSeconds;

    /// <summary>The longest a listening exercise's recording may last.</summary>
    public int MaxRecordingSeconds { get; set; } = (int)ScenarioLibraryLimits.Default.MaxRecording.TotalSeconds;

    public ScenarioLibraryLimits Limits() =>
        new(TimeSpan.FromSeconds(MaxClipSeconds), TimeSpan.FromSeconds(MaxRecordingSeconds));

    public ScenarioLibrary Load() => ScenarioLibraryLoader.Load(Folder, Limits());
}
