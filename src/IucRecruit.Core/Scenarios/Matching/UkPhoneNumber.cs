using System.Text;

namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>
/// UK telephone numbers as people say and type them: "07700 900123", "(0113) 496 0000",
/// "+44 7700 900123", "0044 (0)7700-900123". Compared in national form: the trunk prefix 0
/// followed by 9 or 10 digits (Ofcom, National Telephone Numbering Plan: UK numbers are 10 digits
/// after the 0, except a few 9-digit ones).
/// </summary>
public static class UkPhoneNumber
{
    public const string Expected = "10 or 11 digits starting with 0, or the same after +44";

    /// <summary>The number's digits in national form (leading 0), or null when it is not a UK number.</summary>
    public static string? Normalise(string text)
    {
        var compact = new StringBuilder();
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && compact.Length == 0)) compact.Append(c);
            else if (c is not (' ' or '-' or '(' or ')' or '.' or '\u00A0')) return null;
        }
        var digits = compact.ToString();
        if (digits.StartsWith("+44", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.StartsWith("0044", StringComparison.Ordinal)) digits = digits[4..];
        else if (digits.StartsWith('+')) return null; // another country
        else if (!digits.StartsWith('0')) return null;
        // "+44 (0)7700…" keeps its trunk 0 once the brackets are gone; "+447700…" needs it back.
        if (!digits.StartsWith('0')) digits = "0" + digits;
        return digits.Length is 10 or 11 && digits[1] != '0' ? digits : null;
    }

    public static MatchResult Compare(string expected, string answer) =>
        AnswerMatching.CompareNormalised(expected, answer, Normalise, "number", $"is not a UK phone number ({Expected})", "spaces, brackets and +44");
}
