using IucRecruit.Core.Scenarios;

namespace IucRecruit.Core.Practice;

/// <summary>
/// A practice call (issue 15): a realistic job preview anyone may take in the browser, with an
/// automated caller. The caller's side is a sequence of recorded turns; the browser plays one,
/// listens to the candidate, and plays the next when they have spoken and paused. The candidate
/// fills in a call record, checked afterwards by the mock call's own accuracy rules
/// (<see cref="Assessment.Scoring.AccuracyEvidence"/>). Kept apart from the mock-call scenarios so
/// that rotation never books one and a practised call is never the assessed one.
/// </summary>
public sealed record PracticeCall : LibraryItem, ICallRecordAnswers
{
    public override LibraryItemKind Kind => LibraryItemKind.PracticeCall;

    public required PracticePace Pace { get; init; }

    /// <summary>Who rings, as the candidate is told before the call.</summary>
    public required string CallerName { get; init; }

    /// <summary>The caller's turns in order: each a recorded clip with its transcript (the captions).
    /// The same clips as <see cref="LibraryItem.Clips"/>.</summary>
    public IReadOnlyList<Clip> Turns => Clips;

    public required IReadOnlyList<RedFlag> RedFlags { get; init; }

    public required ExpectedOutcome Outcome { get; init; }

    public required IReadOnlyList<CallRecordField> CallRecord { get; init; }
}

/// <summary>How quickly the caller comes back after the candidate stops speaking: the silence
/// the browser waits for before it plays the next turn.</summary>
public enum PracticePace
{
    Unhurried,
    Steady,
    Brisk,
}

public static class PracticePaces
{
    public static IReadOnlyCollection<string> FileNames => LowerCaseNames<PracticePace>.All;

    public static bool TryParse(string name, out PracticePace pace) => LowerCaseNames<PracticePace>.TryParse(name, out pace);

    /// <summary>The pause, after speech, that ends the candidate's turn. Conversation analysis puts
    /// the usual gap between turns at about 200 ms and a "long" pause at about a second (Stivers et
    /// al. 2009, PNAS 106:10587): the brisk caller takes the turn back at a short breath, the
    /// unhurried one leaves room to think.</summary>
    public static TimeSpan EndOfTurnSilence(this PracticePace pace) => pace switch
    {
        PracticePace.Brisk => TimeSpan.FromMilliseconds(700),
        PracticePace.Steady => TimeSpan.FromMilliseconds(1200),
        _ => TimeSpan.FromMilliseconds(2000),
    };

    public static string Description(this PracticePace pace) => pace switch
    {
        PracticePace.Brisk => "Brisk: the caller comes back as soon as you pause",
        PracticePace.Steady => "Steady: the caller waits a moment after you stop",
        _ => "Unhurried: the caller gives you time to think",
    };
}
