using System.Text.RegularExpressions;

namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>
/// UK postcodes: an outward code of 2 to 4 characters (area letters, district digit, optional
/// letter or digit) and an inward code of a digit and two letters, as set out in Royal Mail's
/// Programmers' Guide to the Postcode Address File; plus the special "GIR 0AA". Case and spacing
/// do not count; the format is checked, not whether the postcode exists.
/// </summary>
public static partial class UkPostcode
{
    public const string Expected = "a postcode such as LS6 2QT or SW1A 1AA";

    /// <summary>The postcode in capitals with one space before the inward code, or null when the
    /// text is not in a UK postcode's format.</summary>
    public static string? Normalise(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact == "GIR0AA") return "GIR 0AA";
        return Format().IsMatch(compact) ? $"{compact[..^3]} {compact[^3..]}" : null;
    }

    public static MatchResult Compare(string expected, string answer) =>
        AnswerMatching.CompareNormalised(expected, answer, Normalise, "postcode", $"is not in the format of a UK postcode ({Expected})", "case and spacing");

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex Format();
}
