namespace IucRecruit.Data.Import;

/// <summary>
/// The columns an import reads, and the other names its files give them. Headers are compared
/// without regard to case, spaces, hyphens or underscores ("Given name" is given_name), and a
/// heading that another system writes (ESR's "Termination Date", NHS Jobs' "Surname") is read as the
/// column it means, so files import as those systems export them (docs/imports.md).
/// </summary>
/// <param name="Aliases">Another system's heading, normalised, and the column it is.</param>
public sealed record ImportColumns(IReadOnlyList<string> Required, IReadOnlyList<string> Optional, IReadOnlyDictionary<string, string> Aliases)
{
    public IEnumerable<string> Known => Required.Concat(Optional);

    /// <summary>The column a header names: ours, another system's name for one of ours, or
    /// (normalised) a column the import does not use.</summary>
    public string Column(string header)
    {
        var name = Normalise(header);
        return Aliases.TryGetValue(name, out var column) ? column : name;
    }

    /// <summary>"Given name", "given-name" and "GIVEN_NAME" all become given_name.</summary>
    public static string Normalise(string header) =>
        string.Join("_", header.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
}
