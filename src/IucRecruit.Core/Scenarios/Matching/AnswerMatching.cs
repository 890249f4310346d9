namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>Compares one typed answer with one true value under one rule.</summary>
public static class AnswerMatching
{
    public static MatchResult Compare(MatchRule rule, string expected, string answer) => rule switch
    {
        MatchRule.Exact => ExactText.Compare(expected, answer),
        MatchRule.Phone => UkPhoneNumber.Compare(expected, answer),
        MatchRule.Date => UkDate.Compare(expected, answer),
        MatchRule.Postcode => UkPostcode.Compare(expected, answer),
        MatchRule.Name => PersonName.Compare(expected, answer),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Compare each accepted value of one_of separately."),
    };

    /// <summary>Compares two texts by a normal form (a phone number's digits, a postcode in
    /// capitals), explaining in terms of <paramref name="noun"/> and what was set aside.</summary>
    internal static MatchResult CompareNormalised(
        string expected, string answer, Func<string, string?> normalise, string noun, string notRecognised, string setAside)
    {
        var want = normalise(expected) ?? throw new ArgumentException($"\"{expected}\" is not a valid {noun}.", nameof(expected));
        var got = normalise(answer);
        if (got is null) return MatchResult.No($"\"{answer.Trim()}\" {notRecognised}.");
        return got == want
            ? MatchResult.Yes($"The same {noun} ({want}), ignoring {setAside}.")
            : MatchResult.No($"{got} is a different {noun} from {want}.");
    }

    /// <summary>Why a scenario's true value cannot serve under its rule (a "postcode" that is not a
    /// postcode), or null when it can.</summary>
    public static string? ProblemWithValue(MatchRule rule, string value) => rule switch
    {
        MatchRule.Phone when UkPhoneNumber.Normalise(value) is null => $"\"{value}\" is not a UK phone number; expected {UkPhoneNumber.Expected}",
        MatchRule.Date when UkDate.Parse(value) is not { YearDigits: 4 } => $"\"{value}\" is not a full date; expected a date with a four-digit year, e.g. 1998-03-14",
        MatchRule.Postcode when UkPostcode.Normalise(value) is null => $"\"{value}\" is not a UK postcode; expected {UkPostcode.Expected}",
        MatchRule.Name or MatchRule.Exact or MatchRule.OneOf when string.IsNullOrWhiteSpace(value) => "the value is empty; expected the true value",
        _ => null,
    };
}
