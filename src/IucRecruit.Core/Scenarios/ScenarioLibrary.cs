using IucRecruit.Core.Practice;
using IucRecruit.Core.Scenarios.Loading;

namespace IucRecruit.Core.Scenarios;

/// <summary>
/// The scenario library as loaded from its folder: every valid item, and every error found. An item
/// with an error is left out, so what is here can be used as it is; the errors say what to fix.
/// </summary>
public sealed class ScenarioLibrary(
    string folder, IReadOnlyList<Scenario> scenarios, IReadOnlyList<ListeningExercise> listeningExercises,
    IReadOnlyList<PracticeCall> practiceCalls, IReadOnlyList<ScenarioError> errors)
{
    /// <summary>The library folder, as a full path.</summary>
    public string Folder { get; } = folder;

    public IReadOnlyList<Scenario> Scenarios { get; } = scenarios;

    public IReadOnlyList<ListeningExercise> ListeningExercises { get; } = listeningExercises;

    /// <summary>The practice calls (issue 15): open to anyone, never booked as a mock call, so not
    /// among <see cref="Items"/> (what the library page manages and bookings archive).</summary>
    public IReadOnlyList<PracticeCall> PracticeCalls { get; } = practiceCalls;

    public IReadOnlyList<ScenarioError> Errors { get; } = errors;

    public bool IsValid => Errors.Count == 0;

    public IEnumerable<LibraryItem> Items => Scenarios.Cast<LibraryItem>().Concat(ListeningExercises);

    public LibraryItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>The full path of one of an item's recordings.</summary>
    public string PathOf(LibraryItem item, Clip clip) => Path.Combine(Folder, item.Folder, clip.File);
}
