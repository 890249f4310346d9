using System.Collections.Immutable;

namespace IucRecruit.Core.Funnel;

/// <summary>
/// Where a candidate's journey stands, derived from their stage log by <see cref="Replay"/> (a
/// fold of <see cref="Apply"/>). Everything the funnel shows comes from this state, so the
/// per-candidate summary the database keeps is exactly <c>Replay(log)</c>.
/// </summary>
public sealed record JourneyState
{
    public static readonly JourneyState Empty = new();

    public int EventCount { get; init; }
    public FunnelStage? CurrentStage { get; init; }
    public DateTime? CurrentStageEnteredUtc { get; init; }
    public DateTime? LastEventUtc { get; init; }
    public FunnelOutcome? Outcome { get; init; }
    public DateTime? OutcomeUtc { get; init; }
    public StageSet Reached { get; init; }
    public StageSet Skipped { get; init; }

    /// <summary>Whole days spent in each stage the candidate moved on from (null where they did not
    /// move on: time in stage counts only those who did).</summary>
    public StageDays DaysInStage { get; init; } = StageDays.None;

    public DateTime? AppliedUtc { get; init; }
    public DateTime? StartedUtc { get; init; }
    public DateTime? LeftUtc { get; init; }

    /// <summary>The day the candidate attended, or failed to attend, their assessment day.</summary>
    public DateOnly? AssessmentDay { get; init; }

    public bool InProgress => CurrentStage is not null && Outcome is null;

    /// <summary>Whole days in post, for a candidate who started and left.</summary>
    public int? DaysInPost => StartedUtc is { } started && LeftUtc is { } left ? DaysBetween(started, left) : null;

    public static JourneyState Replay(IEnumerable<JourneyEvent> log) => log.Aggregate(Empty, (state, e) => state.Apply(e));

    public JourneyState Apply(JourneyEvent e)
    {
        var next = this with { EventCount = EventCount + 1, LastEventUtc = e.OccurredUtc };
        switch (e.Kind)
        {
            case JourneyEventKind.Entered:
                next = next with
                {
                    Reached = Reached.With(e.Stage),
                    CurrentStage = e.Stage,
                    CurrentStageEnteredUtc = e.OccurredUtc,
                    DaysInStage = CurrentStage is { } left && CurrentStageEnteredUtc is { } since
                        ? DaysInStage.With(left, DaysBetween(since, e.OccurredUtc))
                        : DaysInStage,
                    AppliedUtc = e.Stage == FunnelStage.Applied ? e.OccurredUtc : AppliedUtc,
                    StartedUtc = e.Stage == FunnelStage.Started ? e.OccurredUtc : StartedUtc,
                    AssessmentDay = AssessmentDay ?? (FunnelStages.AssessmentDay.Contains(e.Stage) ? DateOnly.FromDateTime(e.OccurredUtc) : null),
                };
                break;
            case JourneyEventKind.Skipped:
                next = next with { Skipped = Skipped.With(e.Stage) };
                break;
            case JourneyEventKind.Ended:
                next = next with
                {
                    Outcome = e.Outcome,
                    OutcomeUtc = e.OccurredUtc,
                    LeftUtc = e.Outcome == FunnelOutcome.Left ? e.OccurredUtc : LeftUtc,
                    // A no-show before the assessment day's first stage missed that day.
                    AssessmentDay = AssessmentDay ?? (e.Outcome == FunnelOutcome.NoShow && e.Stage < FunnelStage.ConditionsAcknowledged
                        ? DateOnly.FromDateTime(e.OccurredUtc) : null),
                };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Kind, null);
        }
        return next;
    }

    /// <summary>Calendar days between two instants (UTC dates), as people count time in a stage.</summary>
    public static int DaysBetween(DateTime from, DateTime to) => (to.Date - from.Date).Days;
}

/// <summary>Days spent in each stage, indexed by stage; stored compactly as comma-separated
/// numbers in stage order, empty where the candidate did not move on.</summary>
public readonly record struct StageDays(ImmutableArray<int?> Days)
{
    public static readonly StageDays None = new(Enumerable.Repeat<int?>(null, FunnelStages.InOrder.Count).ToImmutableArray());

    public int? this[FunnelStage stage] => Days[(int)stage];

    public StageDays With(FunnelStage stage, int days) => new(Days.SetItem((int)stage, days));

    public IEnumerable<(FunnelStage Stage, int Days)> Recorded()
    {
        var days = Days;
        return FunnelStages.InOrder.Where(s => days[(int)s] is not null).Select(s => (s, days[(int)s]!.Value));
    }

    public override string ToString() =>
        string.Join(",", Days.Select(d => d?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));

    public static StageDays Parse(string text)
    {
        var parts = text.Split(',');
        var days = None.Days.ToBuilder();
        for (var i = 0; i < Math.Min(parts.Length, days.Count); i++)
        {
            if (parts[i].Length > 0) days[i] = int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture);
        }
        return new StageDays(days.ToImmutable());
    }

    public bool Equals(StageDays other) => Days.SequenceEqual(other.Days);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
