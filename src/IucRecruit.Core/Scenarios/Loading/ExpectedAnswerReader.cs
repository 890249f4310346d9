using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>Reads a true value and its match rule: <c>match: one_of</c> also takes <c>accept</c> (the
/// other accepted values) and <c>compare</c> (the rule each is compared with).</summary>
internal static class ExpectedAnswerReader
{
    public static ExpectedAnswer? Read(YamlFields fields, string valueKey)
    {
        var value = fields.Text(valueKey, "the true value");
        var rule = Rule(fields, "match", MatchRules.FileNames);
        var hasAlternatives = fields.Has("accept");
        var hasCompare = fields.Has("compare");
        if (rule == MatchRule.OneOf)
        {
            var accept = fields.TextList("accept", "other accepted values", minItems: 1);
            var compare = Rule(fields, "compare", MatchRules.FileNames.Where(n => n != MatchRule.OneOf.FileName()).ToList());
            if (value is null || compare is not { } compareRule) return null;
            var problems = accept.Prepend(value).Select(v => AnswerMatching.ProblemWithValue(compareRule, v)).OfType<string>().ToList();
            foreach (var problem in problems) fields.Error(valueKey, problem);
            return problems.Count == 0 ? ExpectedAnswer.OneOf(value, accept, compareRule) : null;
        }

        if (rule is not null && hasAlternatives) fields.Error("accept", "is used only with match: one_of; expected no accept field");
        if (rule is not null && hasCompare) fields.Error("compare", "is used only with match: one_of; expected no compare field");
        if (value is null || rule is not { } single) return null;
        if (AnswerMatching.ProblemWithValue(single, value) is { } valueProblem)
        {
            fields.Error(valueKey, valueProblem);
            return null;
        }
        return ExpectedAnswer.Of(single, value);
    }

    private static MatchRule? Rule(YamlFields fields, string key, IReadOnlyCollection<string> names) =>
        fields.Choice(key, names) is { } name && MatchRules.TryParse(name, out var rule) ? rule : null;
}
