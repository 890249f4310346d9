namespace IucRecruit.Core.Funnel;

/// <summary>How many candidates share one funnel position: what they reached and skipped, where
/// they are, and how it ended (null: still in progress).</summary>
public sealed record FunnelPositionCount(StageSet Reached, StageSet Skipped, FunnelStage Current, FunnelOutcome? Outcome, long Count);

/// <summary>One stage of the funnel. Every candidate who reached a stage is counted once in exactly
/// one of <see cref="MovedOn"/>, an ending at this stage, or <see cref="InProgress"/>.</summary>
public sealed record FunnelStageRow(
    FunnelStage Stage,
    long Reached,
    long Skipped,
    long MovedOn,
    long Rejected,
    long Withdrew,
    long NoShow,
    long DeclinedOffer,
    long Left,
    long InProgress)
{
    /// <summary>Of those whose fate at this stage is decided (so not those still waiting), the
    /// share who moved on; null when nobody's fate is decided yet.</summary>
    public double? PassThrough => Decided == 0 ? null : (double)MovedOn / Decided;

    public long Decided => Reached - InProgress;

    public long Ended => Rejected + Withdrew + NoShow + DeclinedOffer + Left;
}

/// <summary>
/// The funnel computed from candidates' positions, avoiding the traps of DOMAIN.md: a candidate
/// rejected at a stage still counts as having reached it; those still waiting are shown apart and
/// do not lower the pass-through rate; a skipped stage is counted as skipped, not as reached.
/// </summary>
public static class FunnelArithmetic
{
    public static IReadOnlyList<FunnelStageRow> Stages(IEnumerable<FunnelPositionCount> positions, StageSet stagesShown)
    {
        var all = positions.ToList();
        return stagesShown.Stages().Select(stage => Row(stage, all)).ToList();
    }

    private static FunnelStageRow Row(FunnelStage stage, List<FunnelPositionCount> positions)
    {
        long reached = 0, skipped = 0, movedOn = 0, inProgress = 0;
        var ended = new Dictionary<FunnelOutcome, long>();
        foreach (var p in positions)
        {
            if (p.Skipped.Contains(stage)) skipped += p.Count;
            if (!p.Reached.Contains(stage)) continue;
            reached += p.Count;
            if (p.Current > stage) movedOn += p.Count;
            else if (p.Outcome is { } outcome) ended[outcome] = ended.GetValueOrDefault(outcome) + p.Count;
            else inProgress += p.Count;
        }
        return new FunnelStageRow(stage, reached, skipped, movedOn,
            ended.GetValueOrDefault(FunnelOutcome.Rejected), ended.GetValueOrDefault(FunnelOutcome.Withdrew),
            ended.GetValueOrDefault(FunnelOutcome.NoShow), ended.GetValueOrDefault(FunnelOutcome.DeclinedOffer),
            ended.GetValueOrDefault(FunnelOutcome.Left), inProgress);
    }
}
