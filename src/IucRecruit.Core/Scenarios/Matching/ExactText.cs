namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>The same words: surrounding and repeated spaces and letter case do not count.</summary>
public static class ExactText
{
    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public static MatchResult Compare(string expected, string answer) =>
        Normalise(expected) == Normalise(answer)
            ? MatchResult.Yes($"\"{answer.Trim()}\" is \"{expected}\", ignoring case and spacing.")
            : MatchResult.No($"\"{answer.Trim()}\" is not \"{expected}\".");
}
