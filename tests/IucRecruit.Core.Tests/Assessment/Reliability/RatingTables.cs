using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

/// <summary>Builds rating tables for the tests from rows of scores (one row an item, one column a
/// rater; null where the rater did not score the item).</summary>
internal static class RatingTables
{
    public static RatingTable FromRows(params double?[][] rows) =>
        RatingTable.From(rows.SelectMany((row, item) =>
            row.Select((score, rater) => new Rating($"item {item + 1}", $"rater {(char)('A' + rater)}", score))));

    /// <summary>Shrout &amp; Fleiss (1979), Table 2: six targets rated by four judges.</summary>
    public static RatingTable ShroutFleiss() => FromRows(
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7]);
}
