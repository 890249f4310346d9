using System.Globalization;
using System.Text.RegularExpressions;

namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>
/// Dates as people in the UK type them: day before month ("14/03/1998", "14-3-98", "14.03.1998",
/// "14031998"), with the month in words ("14th March 1998", "14 Mar 98", "March 14, 1998"), or ISO
/// 8601 ("1998-03-14"). A two-digit year is not given a century: it matches a true date whose year
/// ends in those digits, and the explanation says so.
/// </summary>
public static partial class UkDate
{
    public sealed record Parsed(int Day, int Month, int Year, int YearDigits);

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static Parsed? Parse(string text)
    {
        var t = Ordinals().Replace(text.Trim().ToLowerInvariant().Replace(",", " ", StringComparison.Ordinal), "$1");
        t = Spaces().Replace(t.Replace(" of ", " ", StringComparison.Ordinal), " ");

        if (Iso().Match(t) is { Success: true } iso) return Make(iso.Groups["d"].Value, iso.Groups["m"].Value, iso.Groups["y"].Value);
        if (Numeric().Match(t) is { Success: true } n) return Make(n.Groups["d"].Value, n.Groups["m"].Value, n.Groups["y"].Value);
        if (Compact().Match(t) is { Success: true } c) return Make(c.Groups["d"].Value, c.Groups["m"].Value, c.Groups["y"].Value);
        if (DayMonthWord().Match(t) is { Success: true } w) return Make(w.Groups["d"].Value, MonthNumber(w.Groups["m"].Value), w.Groups["y"].Value);
        if (MonthWordDay().Match(t) is { Success: true } u) return Make(u.Groups["d"].Value, MonthNumber(u.Groups["m"].Value), u.Groups["y"].Value);
        return null;
    }

    public static MatchResult Compare(string expected, string answer)
    {
        var want = Parse(expected) is { YearDigits: 4 } e
            ? new DateOnly(e.Year, e.Month, e.Day)
            : throw new ArgumentException($"\"{expected}\" is not a full date.", nameof(expected));
        if (Parse(answer) is not { } got)
            return MatchResult.No($"\"{answer.Trim()}\" is not a date in a usual UK form (e.g. 14/03/1998 or 14 March 1998).");

        var wanted = want.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var sameDay = got.Day == want.Day && got.Month == want.Month;
        if (got.YearDigits == 2)
        {
            return sameDay && got.Year == want.Year % 100
                ? MatchResult.Yes($"The same date as {wanted}; the two-digit year {got.Year:00} was taken as {want.Year}.")
                : MatchResult.No($"\"{answer.Trim()}\" is not {wanted}.");
        }
        var given = new DateOnly(got.Year, got.Month, got.Day).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return sameDay && got.Year == want.Year
            ? MatchResult.Yes($"The same date ({wanted}).")
            : MatchResult.No($"{given} is not {wanted}.");
    }

    private static Parsed? Make(string day, string? month, string year)
    {
        if (month is null) return null;
        int d = int.Parse(day, CultureInfo.InvariantCulture), m = int.Parse(month, CultureInfo.InvariantCulture);
        int y = int.Parse(year, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1) return null;
        // A two-digit year leaves the century open; a leap day is allowed if any century allows it.
        var daysInMonth = DateTime.DaysInMonth(year.Length == 2 ? 2000 + y : y, m);
        if (year.Length == 4 && y < 1) return null;
        return d <= daysInMonth ? new Parsed(d, m, y, year.Length) : null;
    }

    private static string? MonthNumber(string word)
    {
        if (word.Length < 3) return null;
        var index = Array.FindIndex(MonthNames, name => name.StartsWith(word, StringComparison.Ordinal) ||
                                                        (word == "sept" && name == "september"));
        return index < 0 ? null : (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b")]
    private static partial Regex Ordinals();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[/.\- ]\s*(?<m>\d{1,2})\s*[/.\- ]\s*(?<y>\d{4}|\d{2})$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<d>\d{2})(?<m>\d{2})(?<y>\d{4})$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"^(?<d>\d{1,2})[ \-/]?(?<m>[a-z]+)\.?[ \-/]?(?<y>\d{4}|\d{2})$")]
    private static partial Regex DayMonthWord();

    [GeneratedRegex(@"^(?<m>[a-z]+)\.? (?<d>\d{1,2}) (?<y>\d{4})$")]
    private static partial Regex MonthWordDay();
}
