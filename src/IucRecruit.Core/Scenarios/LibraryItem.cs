namespace IucRecruit.Core.Scenarios;

/// <summary>How demanding a call is; a mock call is booked for a difficulty.</summary>
public enum Difficulty
{
    Foundation,
    Intermediate,
    Advanced,
}

public enum LibraryItemKind
{
    /// <summary>A mock call: a role-player plays the caller from a script.</summary>
    Scenario,
    /// <summary>A recorded call the candidate listens to and answers questions about.</summary>
    ListeningExercise,
    /// <summary>A call with an automated caller that anyone may practise on (issue 15).</summary>
    PracticeCall,
}

/// <summary>A recorded sound, telephone band: 8 kHz, mono, 16-bit PCM or μ-law.</summary>
/// <param name="File">The WAV file, relative to the item's folder (e.g. <c>clips/groan.wav</c>).</param>
/// <param name="Transcript">What can be heard, for reading alongside or instead of listening.</param>
public sealed record Clip(string Id, string File, string Label, string Transcript, TimeSpan Duration);

/// <summary>
/// What every item of the scenario library has: one folder under <c>scenarios/</c> holding a YAML
/// file and its recordings (DESIGN.md §5; docs/scenario-format.md). Ids are unique across the
/// library, whatever the kind.
/// </summary>
public abstract record LibraryItem
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Difficulty Difficulty { get; init; }

    /// <summary>For assessors and managers: what the call tests.</summary>
    public required string Summary { get; init; }

    /// <summary>The item's folder, relative to the library folder.</summary>
    public required string Folder { get; init; }

    /// <summary>SHA-256 of the YAML file and the recordings (<see cref="Loading.ContentVersion"/>):
    /// a session stores it, so that a later edit never changes an old result.</summary>
    public required string Version { get; init; }

    public required IReadOnlyList<Clip> Clips { get; init; }

    public abstract LibraryItemKind Kind { get; }

    /// <summary>The first characters of <see cref="Version"/>, enough to tell versions apart on screen.</summary>
    public string ShortVersion => Shorten(Version);

    public static string Shorten(string version) => version[..Math.Min(10, version.Length)];

    public Clip? FindClip(string clipId) => Clips.FirstOrDefault(c => c.Id == clipId);
}

public static class DifficultyNames
{
    /// <summary>The name in scenario files: <c>foundation</c>, <c>intermediate</c>, <c>advanced</c>.</summary>
    public static string FileName(this Difficulty difficulty) => LowerCaseNames<Difficulty>.Of(difficulty);

    public static IReadOnlyCollection<string> FileNames => LowerCaseNames<Difficulty>.All;

    public static bool TryParse(string name, out Difficulty difficulty) => LowerCaseNames<Difficulty>.TryParse(name, out difficulty);

    public static string DisplayName(this Difficulty difficulty) => difficulty.ToString();
}
