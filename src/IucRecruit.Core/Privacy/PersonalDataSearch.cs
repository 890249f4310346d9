using System.Text.RegularExpressions;

namespace IucRecruit.Core.Privacy;

/// <summary>
/// What a search over candidates' personal data may look for (docs/decisions/0055). The text is
/// trimmed, runs of white space become one space, and the characters a database pattern would
/// take as wildcards (<c>%</c>, <c>_</c>, <c>*</c>, <c>?</c>) and its escape (<c>\</c>) are removed;
/// what is left must be at least <see cref="MinimumLength"/> characters, so that a search names
/// someone rather than lists everyone (<c>__</c> once listed fifty candidates).
/// </summary>
public static partial class PersonalDataSearch
{
    public const int MinimumLength = 3;

    /// <summary>Longer than any name or address, and short enough to quote in the audit.</summary>
    public const int MaximumLength = 200;

    /// <summary>The text to search for, or the reason in words why there is none.</summary>
    public sealed record Terms(string? Text, string? Refusal);

    public static Terms Normalise(string? query)
    {
        var text = Spaces().Replace(Wildcards().Replace(query ?? "", ""), " ").Trim();
        if (text.Length < MinimumLength)
            return new Terms(null, $"Enter at least {MinimumLength} letters or digits of a name or email address (wildcards such as % and _ are not counted).");
        return text.Length > MaximumLength
            ? new Terms(null, $"Enter at most {MaximumLength} characters.")
            : new Terms(text, null);
    }

    [GeneratedRegex(@"[%_*?\\]")]
    private static partial Regex Wildcards();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
