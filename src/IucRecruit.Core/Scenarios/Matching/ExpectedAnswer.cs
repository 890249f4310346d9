namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>
/// A true value and the rule that decides whether a typed answer is the same. For
/// <see cref="MatchRule.OneOf"/>, the true value and every alternative are accepted, each compared
/// with <see cref="Compare"/>; for the other rules <see cref="Compare"/> is the rule itself.
/// </summary>
public sealed record ExpectedAnswer
{
    private ExpectedAnswer(MatchRule rule, string value, IReadOnlyList<string> alternatives, MatchRule compare)
    {
        Rule = rule;
        Value = value;
        Alternatives = alternatives;
        Compare = compare;
    }

    public MatchRule Rule { get; }

    /// <summary>The true value, as the scenario author wrote it.</summary>
    public string Value { get; }

    /// <summary>Other accepted values (<see cref="MatchRule.OneOf"/> only).</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>The rule each accepted value is compared with.</summary>
    public MatchRule Compare { get; }

    public IEnumerable<string> Accepted => [Value, .. Alternatives];

    public static ExpectedAnswer Of(MatchRule rule, string value)
    {
        if (rule == MatchRule.OneOf) throw new ArgumentException("Use OneOf for a list of accepted values.", nameof(rule));
        return new ExpectedAnswer(rule, value, [], rule);
    }

    public static ExpectedAnswer OneOf(string value, IReadOnlyList<string> alternatives, MatchRule compare)
    {
        if (compare == MatchRule.OneOf) throw new ArgumentException("Each accepted value needs a plain rule.", nameof(compare));
        return new ExpectedAnswer(MatchRule.OneOf, value, alternatives, compare);
    }

    public MatchResult Check(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer)) return MatchResult.No("No answer was given.");
        if (Rule != MatchRule.OneOf) return AnswerMatching.Compare(Rule, Value, answer);

        var accepted = Accepted.ToList();
        foreach (var value in accepted)
        {
            var result = AnswerMatching.Compare(Compare, value, answer);
            if (result.Matched) return MatchResult.Yes($"One of {accepted.Count} accepted answers. {result.Explanation}");
        }
        return MatchResult.No(
            $"\"{answer.Trim()}\" is none of the {accepted.Count} accepted answers ({string.Join("; ", accepted)}), compared as {Compare.Describe()}.");
    }
}
