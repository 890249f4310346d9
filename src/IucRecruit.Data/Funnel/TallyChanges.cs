namespace IucRecruit.Data.Funnel;

/// <summary>A row of a tally: a key, and how many candidates have it.</summary>
public interface ITally
{
    long Count { get; set; }
}

/// <summary>Changes to the tallies, summed per key before they are written, so that a batch of a
/// hundred thousand candidates becomes a few thousand upserts and each key is written once.</summary>
public sealed class TallyChanges
{
    private readonly Dictionary<string, ITally> rows = [];

    public void Add(ITally row, int sign)
    {
        var key = KeyOf(row);
        if (rows.TryGetValue(key, out var existing))
        {
            existing.Count += sign;
        }
        else
        {
            row.Count = sign;
            rows[key] = row;
        }
    }

    /// <summary>The non-zero changes to one tally, each with <see cref="ITally.Count"/> the change.</summary>
    public IReadOnlyList<T> Of<T>() where T : class, ITally => rows.Values.OfType<T>().Where(r => r.Count != 0).ToList();

    internal static string KeyOf(ITally row) => row switch
    {
        FunnelPositionTally p => $"P|{p.Site}|{p.Role}|{p.Channel}|{p.AppliedMonth}|{p.ReachedStages}|{p.SkippedStages}|{p.CurrentStage}|{p.Outcome}",
        StageDurationTally d => $"D|{d.Role}|{d.Channel}|{d.AppliedMonth}|{d.Stage}|{d.Days}",
        EqualityPositionTally e => $"E|{e.Characteristic}|{e.Group}|{e.Role}|{e.Channel}|{e.AppliedMonth}|{e.ReachedStages}|{e.CurrentStage}|{e.Outcome}",
        RetentionTally r => $"R|{r.Site}|{r.Role}|{r.Channel}|{r.AppliedMonth}|{r.ScoreBand}|{r.StartedOn:yyyy-MM-dd}|{r.WeeksInPost}",
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.GetType().Name, "Not a tally."),
    };
}
