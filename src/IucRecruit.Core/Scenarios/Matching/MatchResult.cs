namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>Whether an answer matched, and why, in a sentence an assessor or a manager can read.</summary>
public sealed record MatchResult(bool Matched, string Explanation)
{
    public static MatchResult Yes(string explanation) => new(true, explanation);

    public static MatchResult No(string explanation) => new(false, explanation);
}
