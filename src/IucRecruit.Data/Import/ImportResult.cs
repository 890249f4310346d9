namespace IucRecruit.Data.Import;

/// <summary>One problem in an import file: where (file line and column), what was there, and what
/// was expected instead.</summary>
public sealed record ImportError(long Row, string Column, string Value, string Expected)
{
    /// <summary>How much of a bad value a report quotes: enough to find it in the file, never a
    /// whole pasted document (a cell may hold a megabyte).</summary>
    public const int QuotedLength = 100;

    /// <summary>The column as the file names it, cut like <see cref="Value"/>.</summary>
    public string Column { get; } = Quote(Column);

    /// <summary>The bad value: its first <see cref="QuotedLength"/> characters, and an ellipsis when there was more.</summary>
    public string Value { get; } = Quote(Value);

    private static string Quote(string text) => text.Length <= QuotedLength ? text : string.Concat(text.AsSpan(0, QuotedLength), "…");
}

/// <summary>What an import did. An import with any error changes nothing (<see cref="Succeeded"/>
/// is false and the counts say what would have happened).</summary>
public sealed record ImportResult(
    int Rows, int Added, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors, IReadOnlyList<string> IgnoredColumns)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The counts in a sentence, as the import page and the command line report them.</summary>
    public string Summary => $"{Rows} {(Rows == 1 ? "row" : "rows")} read: {Added} added, {Updated} updated, {Unchanged} already up to date.";

    public static ImportResult Failed(ImportError error) => new(0, 0, 0, 0, [error], []);
}
