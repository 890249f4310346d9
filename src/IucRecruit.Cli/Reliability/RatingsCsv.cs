using System.Globalization;
using CsvHelper;
using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Cli.Reliability;

/// <summary>The ratings of one criterion (or of the whole file when it has no criterion column).</summary>
internal sealed record CriterionRatings(string? Criterion, IReadOnlyList<Rating> Ratings);

/// <summary>What is wrong with one line of the file.</summary>
internal sealed record LineProblem(long Line, string Column, string Value, string Expected)
{
    public override string ToString() =>
        Column.Length == 0 ? $"line {Line}: expected {Expected}" : $"line {Line}, column {Column}, value \"{Value}\": expected {Expected}";
}

/// <summary>
/// Reads <c>item,rater,score[,criterion]</c> CSV (header required, any letter case, columns in any
/// order). An empty score is a missing rating. Every bad line is reported, and the file is used
/// only if no line is bad: a reliability figure from part of a file would mislead.
/// </summary>
internal static class RatingsCsv
{
    private static readonly string[] Required = ["item", "rater", "score"];
    private const string Optional = "criterion";

    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        TrimWhitespace = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    public static (IReadOnlyList<CriterionRatings> Criteria, IReadOnlyList<LineProblem> Problems) Read(string text, IReadOnlyList<double>? scale)
    {
        var problems = new List<LineProblem>();
        using var csv = CsvReader.FromText(text, Options);
        try
        {
            var header = csv.Headers;
            if (header.Count == 0) return ([], [new LineProblem(1, "", "", "a header line: item,rater,score (and optionally criterion)")]);
            var columns = Columns(header, problems);
            if (columns is null) return ([], problems);

            var rows = new List<(string Criterion, Rating Rating)>();
            var seen = new Dictionary<(string Criterion, string Item, string Rater), long>();
            while (csv.Read())
            {
                var line = csv.LineNumber;
                if (csv.FieldCount != header.Count)
                {
                    problems.Add(new LineProblem(line, "", "", $"{header.Count} values, as in the header, but found {csv.FieldCount}"));
                    continue;
                }
                if (ReadRow(csv, columns, scale, problems) is not var (criterion, rating)) continue;
                if (seen.TryGetValue((criterion, rating.Item, rating.Rater), out var first))
                    problems.Add(new LineProblem(line, "", "", $"one rating per item, rater{(columns.Criterion is null ? "" : " and criterion")}, " +
                        $"but {rating.Rater} already rated {rating.Item}{(columns.Criterion is null ? "" : $" on {criterion}")} on line {first}"));
                else
                {
                    seen[(criterion, rating.Item, rating.Rater)] = line;
                    rows.Add((criterion, rating));
                }
            }
            if (problems.Count == 0 && rows.Count == 0) problems.Add(new LineProblem(2, "", "", "at least one rating after the header"));
            if (problems.Count > 0) return ([], problems);

            var criteria = rows.GroupBy(r => r.Criterion, StringComparer.Ordinal)
                .Select(g => new CriterionRatings(columns.Criterion is null ? null : g.Key, g.Select(r => r.Rating).ToList()))
                .ToList();
            return (criteria, problems);
        }
        catch (CsvFormatException exception)
        {
            problems.Add(new LineProblem(exception.LineNumber, "", "", $"well-formed CSV ({exception.Message})"));
            return ([], problems);
        }
    }

    private sealed record ColumnIndexes(int Item, int Rater, int Score, int? Criterion);

    private static ColumnIndexes? Columns(IReadOnlyList<string> header, List<LineProblem> problems)
    {
        var names = header.Select(h => h.ToLowerInvariant()).ToList();
        for (var index = 0; index < names.Count; index++)
        {
            if (!Required.Contains(names[index]) && names[index] != Optional)
                problems.Add(new LineProblem(1, $"{index + 1}", header[index], "only the columns item, rater, score and criterion"));
            else if (names.IndexOf(names[index]) != index)
                problems.Add(new LineProblem(1, $"{index + 1}", header[index], "each column once"));
        }
        foreach (var name in Required.Where(r => !names.Contains(r)))
            problems.Add(new LineProblem(1, "", "", $"a column named {name} in the header (item, rater and score are required)"));
        if (problems.Count > 0) return null;
        var criterion = names.IndexOf(Optional);
        return new ColumnIndexes(names.IndexOf("item"), names.IndexOf("rater"), names.IndexOf("score"), criterion < 0 ? null : criterion);
    }

    private static (string Criterion, Rating Rating)? ReadRow(CsvReader csv, ColumnIndexes columns, IReadOnlyList<double>? scale, List<LineProblem> problems)
    {
        var line = csv.LineNumber;
        var before = problems.Count;
        var item = csv.GetString(columns.Item);
        var rater = csv.GetString(columns.Rater);
        var scoreText = csv.GetString(columns.Score);
        var criterion = columns.Criterion is { } c ? csv.GetString(c) : "";
        if (item.Length == 0) problems.Add(new LineProblem(line, "item", item, "the item's name or number"));
        if (rater.Length == 0) problems.Add(new LineProblem(line, "rater", rater, "the rater's name"));
        if (columns.Criterion is not null && criterion.Length == 0)
            problems.Add(new LineProblem(line, "criterion", criterion, "the criterion's name"));

        double? score = null;
        if (scoreText.Length > 0)
        {
            if (!double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
                problems.Add(new LineProblem(line, "score", scoreText, "a number such as 3 or 2.5 (with a point), or nothing for a missing rating"));
            else if (scale is not null && !scale.Contains(parsed))
                problems.Add(new LineProblem(line, "score", scoreText, $"a point of the scale ({string.Join(", ", scale.Select(Formats.Number))})"));
            else
                score = parsed;
        }
        return problems.Count > before ? null : (criterion, new Rating(item, rater, score));
    }
}
