namespace IucRecruit.Core.Assessment.Reliability;

/// <summary>One assessor's score for one item (a recording, a call), or <c>null</c> when the
/// assessor did not score it.</summary>
public sealed record Rating(string Item, string Rater, double? Score);

/// <summary>
/// Scores as a table of items (rows) by raters (columns), with gaps where a rater did not score
/// an item. Items and raters keep the order in which they first appear, so reports follow the
/// order of the input. Every reliability statistic reads this table.
/// </summary>
public sealed class RatingTable
{
    private readonly double?[,] scores;

    private RatingTable(IReadOnlyList<string> items, IReadOnlyList<string> raters, double?[,] scores)
    {
        Items = items;
        Raters = raters;
        this.scores = scores;
    }

    public IReadOnlyList<string> Items { get; }

    public IReadOnlyList<string> Raters { get; }

    /// <summary>The score rater <paramref name="rater"/> gave item <paramref name="item"/>
    /// (indexes into <see cref="Items"/> and <see cref="Raters"/>), or null if none.</summary>
    public double? Score(int item, int rater) => scores[item, rater];

    /// <summary>How many cells hold a score.</summary>
    public int ScoredCount => Enumerable.Range(0, Items.Count).Sum(i => Enumerable.Range(0, Raters.Count).Count(r => scores[i, r] is not null));

    /// <summary>Cells without a score: an empty score, or no row at all for that item and rater.</summary>
    public int MissingCount => (Items.Count * Raters.Count) - ScoredCount;

    /// <summary>The scores present for one item, in rater order.</summary>
    public IEnumerable<double> ScoresOf(int item)
    {
        for (var rater = 0; rater < Raters.Count; rater++)
            if (scores[item, rater] is { } score) yield return score;
    }

    /// <summary>Builds the table. A second rating for the same item and rater is a mistake in the
    /// caller's data, so it is refused rather than silently overwritten.</summary>
    /// <exception cref="ArgumentException">A duplicate (item, rater), a blank name, or a score that
    /// is not a finite number.</exception>
    public static RatingTable From(IEnumerable<Rating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var items = new List<string>();
        var raters = new List<string>();
        var itemIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var raterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new Dictionary<(int Item, int Rater), double?>();
        foreach (var rating in ratings)
        {
            if (string.IsNullOrWhiteSpace(rating.Item) || string.IsNullOrWhiteSpace(rating.Rater))
                throw new ArgumentException("Every rating needs an item and a rater.", nameof(ratings));
            if (rating.Score is { } score && !double.IsFinite(score))
                throw new ArgumentException($"The score of {rating.Rater} for {rating.Item} is not a finite number.", nameof(ratings));
            var item = IndexOf(rating.Item, items, itemIndex);
            var rater = IndexOf(rating.Rater, raters, raterIndex);
            if (!cells.TryAdd((item, rater), rating.Score))
                throw new ArgumentException($"{rating.Rater} rated {rating.Item} more than once.", nameof(ratings));
        }

        var table = new double?[items.Count, raters.Count];
        foreach (var ((item, rater), score) in cells) table[item, rater] = score;
        return new RatingTable(items, raters, table);
    }

    private static int IndexOf(string name, List<string> names, Dictionary<string, int> index)
    {
        if (index.TryGetValue(name, out var found)) return found;
        index[name] = names.Count;
        names.Add(name);
        return names.Count - 1;
    }
}
