namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>How a typed answer is compared with the true value: a call-record field, a listening
/// exercise's short answer.</summary>
public enum MatchRule
{
    /// <summary>The same text, ignoring case and spacing.</summary>
    Exact,
    /// <summary>The same UK telephone number, however it is written.</summary>
    Phone,
    /// <summary>The same calendar date, in any usual UK form.</summary>
    Date,
    /// <summary>The same UK postcode, ignoring case and spacing.</summary>
    Postcode,
    /// <summary>A person's name, allowing small misspellings.</summary>
    Name,
    /// <summary>Any of several accepted values, each compared with one of the rules above.</summary>
    OneOf,
}

public static class MatchRules
{
    private static readonly Dictionary<string, MatchRule> ByName = Enum.GetValues<MatchRule>().ToDictionary(FileName);

    /// <summary>The rule's name in scenario files: <c>exact</c>, <c>phone</c>, <c>date</c>,
    /// <c>postcode</c>, <c>name</c>, <c>one_of</c>.</summary>
    public static string FileName(this MatchRule rule) => rule == MatchRule.OneOf ? "one_of" : rule.ToString().ToLowerInvariant();

    public static IReadOnlyCollection<string> FileNames => ByName.Keys;

    public static bool TryParse(string name, out MatchRule rule) => ByName.TryGetValue(name, out rule);

    /// <summary>What the rule does, for people reading a scenario or a result.</summary>
    public static string Describe(this MatchRule rule) => rule switch
    {
        MatchRule.Exact => "the same text, ignoring case and spacing",
        MatchRule.Phone => "the same UK phone number, ignoring spaces, brackets and +44",
        MatchRule.Date => "the same date, written in any usual UK form",
        MatchRule.Postcode => "the same UK postcode, ignoring case and spacing",
        MatchRule.Name => "the same name, allowing small misspellings",
        MatchRule.OneOf => "any of the accepted answers",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
