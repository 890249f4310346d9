namespace IucRecruit.Core.Funnel;

public enum JourneyEventKind
{
    /// <summary>The candidate reached <see cref="JourneyEvent.Stage"/>.</summary>
    Entered,
    /// <summary>The candidate passed over <see cref="JourneyEvent.Stage"/> without doing it
    /// (explicitly, with a reason), on the way to a later stage.</summary>
    Skipped,
    /// <summary>The journey ended at <see cref="JourneyEvent.Stage"/> with
    /// <see cref="JourneyEvent.Outcome"/>.</summary>
    Ended,
}

/// <summary>One entry of a candidate's stage log, as far as the funnel rules and statistics need
/// it (who recorded it and why live beside it in the database).</summary>
public sealed record JourneyEvent(JourneyEventKind Kind, FunnelStage Stage, FunnelOutcome? Outcome, DateTime OccurredUtc)
{
    public static JourneyEvent Entered(FunnelStage stage, DateTime occurredUtc) => new(JourneyEventKind.Entered, stage, null, occurredUtc);

    public static JourneyEvent Skipped(FunnelStage stage, DateTime occurredUtc) => new(JourneyEventKind.Skipped, stage, null, occurredUtc);

    public static JourneyEvent Ended(FunnelStage atStage, FunnelOutcome outcome, DateTime occurredUtc) =>
        new(JourneyEventKind.Ended, atStage, outcome, occurredUtc);
}
