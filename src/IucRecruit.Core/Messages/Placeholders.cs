using System.Text.RegularExpressions;

namespace IucRecruit.Core.Messages;

/// <summary>
/// Message wording names the values it takes in braces: <c>Hello {first_name}</c>. One syntax, checked
/// when wording is saved (an unknown name is refused, naming it) and filled when a message is sent.
/// A brace that does not enclose a name (<c>{ }</c>, <c>{1}</c>) is ordinary text.
/// </summary>
public static partial class Placeholders
{
    [GeneratedRegex(@"\{([a-z][a-z_]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>The placeholders used in <paramref name="text"/> that are not among
    /// <paramref name="allowed"/>, each once, in order of appearance.</summary>
    public static IReadOnlyList<string> Unknown(string text, IEnumerable<string> allowed)
    {
        var known = allowed.ToHashSet(StringComparer.Ordinal);
        return Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(n => !known.Contains(n)).Distinct().ToList();
    }

    /// <summary>The text with each placeholder replaced by its value. A placeholder with no value
    /// is an error in the caller (wording is checked when saved), so it throws rather than sending
    /// "{link}" to a candidate.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"The message uses {{{m.Groups[1].Value}}}, which has no value here."));

    /// <summary>"Unknown placeholder {frist_name}: this message can use {first_name}, {link}."</summary>
    public static string? Refusal(string text, IReadOnlyCollection<string> allowed)
    {
        var unknown = Unknown(text, allowed);
        if (unknown.Count == 0) return null;
        var names = string.Join(", ", unknown.Select(n => $"{{{n}}}"));
        return $"Unknown placeholder{(unknown.Count == 1 ? "" : "s")} {names}: this message can use " +
               $"{string.Join(", ", allowed.Select(n => $"{{{n}}}"))}.";
    }
}
