namespace IucRecruit.Data.Import;

/// <summary>
/// The equality monitoring answers as NHS forms word them (NHS Jobs, TRAC and ESR use the NHS Data
/// Dictionary's categories), read as this product's answers. Ethnicity comes as "group - detail"
/// ("White - British", "Asian or Asian British - Indian") or, in the 2021 census wording, "group:
/// detail"; the product keeps the five groups, so the detail is dropped. Religion comes as the
/// belief ("Christianity", "Islam"), ours as the believer ("Christian", "Muslim"). Every way of
/// declining to answer is "Prefer not to say". An answer that matches nothing is left as it was,
/// for the import to report.
/// </summary>
internal static class EqualityWording
{
    private const string PreferNotToSay = "Prefer not to say";

    private static readonly Dictionary<string, string> EthnicGroups = new()
    {
        ["white"] = "White",
        ["mixed"] = "Mixed",
        ["mixedormultipleethnicgroups"] = "Mixed",
        ["mixedmultipleethnicgroups"] = "Mixed",
        ["asianorasianbritish"] = "Asian",
        ["asianasianbritishorasianwelsh"] = "Asian",
        ["blackorblackbritish"] = "Black",
        ["blackafricancaribbeanorblackbritish"] = "Black",
        ["blackblackbritishblackwelshcaribbeanorafrican"] = "Black",
        ["otherethnicgroups"] = "Other",
        ["otherethnicgroup"] = "Other",
    };

    private static readonly Dictionary<string, string> Beliefs = new()
    {
        ["atheism"] = "No religion",
        ["buddhism"] = "Buddhist",
        ["christianity"] = "Christian",
        ["hinduism"] = "Hindu",
        ["islam"] = "Muslim",
        ["judaism"] = "Jewish",
        ["sikhism"] = "Sikh",
        ["jainism"] = "Other",
    };

    private static readonly string[] Declined = ["notstated", "idonotwishtodisclose", "donotwishtodisclose", "prefernottoanswer"];

    private static readonly string[] Answers = ["sex", "age_band", "ethnicity", "disability", "religion", "sexual_orientation"];

    public static CsvRow AsOurs(CsvRow row)
    {
        var values = new Dictionary<string, string>(row.Values, StringComparer.Ordinal);
        foreach (var column in Answers)
        {
            if (row[column] is { } value) values[column] = AsOurs(column, value);
        }
        return row with { Values = values };
    }

    private static string AsOurs(string column, string value)
    {
        var key = Key(value);
        if (Declined.Any(key.StartsWith)) return PreferNotToSay;
        return column switch
        {
            "ethnicity" when EthnicGroups.TryGetValue(Key(Group(value)), out var group) => group,
            "religion" when Beliefs.TryGetValue(key, out var believer) => believer,
            "sexual_orientation" when key == "othersexualorientationnotlisted" => "Other",
            _ => value,
        };
    }

    /// <summary>The part before "detail": "Asian or Asian British - Indian" is "Asian or Asian British".</summary>
    private static string Group(string value) => value.Split([" - ", " – ", ":"], 2, StringSplitOptions.TrimEntries)[0];

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
