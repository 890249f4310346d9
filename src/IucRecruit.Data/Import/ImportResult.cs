namespace IucRecruit.Data.Import;

/// <summary>One problem in an import file: where (file line and column), what was there, and what
/// was expected instead.</summary>
public sealed record ImportError(long Row, string Column, string Value, string Expected);

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
