using System.Globalization;
using System.Text;

namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>
/// A person's name as a call handler types it while listening: letter case, accents, apostrophes,
/// hyphens, a leading title ("Mrs") and "Family, Given" order do not count, and a few typing or
/// hearing slips are allowed, more for a longer name: one per five letters of the true name, at
/// most three (so "Ann Lee" allows one slip, "Jordan Reid" two). Slips are counted with
/// <see cref="DamerauLevenshtein"/>.
/// </summary>
public static class PersonName
{
    private static readonly HashSet<string> Titles = ["mr", "mrs", "ms", "miss", "mx", "dr"];

    public static string Normalise(string name)
    {
        var text = name.Trim();
        // "Reid, Jordan" is the same person as "Jordan Reid".
        if (text.Split(',') is [var family, var given] && given.Trim().Length > 0) text = $"{given} {family}";

        var letters = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetter(c)) letters.Append(char.ToLowerInvariant(c));
            else if (c is ' ' or '-' or '.' or '\u00A0') letters.Append(' ');
            // Apostrophes vanish: O'Connor, O’Connor and OConnor are one name.
        }
        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && Titles.Contains(words[0])) words.RemoveAt(0);
        return string.Join(' ', words);
    }

    /// <summary>How many slips a name of this many letters allows.</summary>
    public static int Tolerance(int letters) => Math.Min(3, letters / 5);

    public static MatchResult Compare(string expected, string answer)
    {
        var want = Normalise(expected);
        var got = Normalise(answer);
        var letters = want.Count(char.IsLetter);
        var allowed = Tolerance(letters);
        var slips = DamerauLevenshtein.Distance(want, got);
        if (slips == 0) return MatchResult.Yes($"The same name as \"{expected}\".");
        var limit = allowed == 0 ? "no slips allowed" : $"up to {allowed} allowed";
        var described = $"{slips} letter{(slips == 1 ? "" : "s")} different from \"{expected}\" ({limit} for a name of {letters} letters).";
        return slips <= allowed ? MatchResult.Yes(described) : MatchResult.No($"\"{answer.Trim()}\" is {described}");
    }
}
