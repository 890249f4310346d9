namespace IucRecruit.Core.Equality;

/// <summary>The protected characteristics (Equality Act 2010, s.4) the monitoring form asks about.
/// Every answer is optional and each has "prefer not to say". Gender reassignment, marriage and
/// civil partnership, and pregnancy and maternity are not asked at application.</summary>
public enum ProtectedCharacteristic
{
    Sex,
    Age,
    Ethnicity,
    Disability,
    Religion,
    SexualOrientation,
}

public enum Sex { Female, Male, Other, PreferNotToSay }

public enum AgeBand { Under25, From25To34, From35To44, From45To54, From55To64, From65, PreferNotToSay }

/// <summary>The five high-level ethnic groups of the 2021 census for England and Wales.</summary>
public enum Ethnicity { Asian, Black, Mixed, White, Other, PreferNotToSay }

public enum Disability { Yes, No, PreferNotToSay }

public enum Religion { NoReligion, Christian, Buddhist, Hindu, Jewish, Muslim, Sikh, Other, PreferNotToSay }

public enum SexualOrientation { Heterosexual, GayOrLesbian, Bisexual, Other, PreferNotToSay }

public static class ProtectedCharacteristics
{
    /// <summary>The group of a candidate who left a question unanswered.</summary>
    public const string NotRecorded = "NotRecorded";

    public const string PreferNotToSay = "PreferNotToSay";

    /// <summary>The answers a characteristic allows, as stored (enum names).</summary>
    public static IReadOnlyList<string> Groups(this ProtectedCharacteristic characteristic) => characteristic switch
    {
        ProtectedCharacteristic.Sex => Enum.GetNames<Sex>(),
        ProtectedCharacteristic.Age => Enum.GetNames<AgeBand>(),
        ProtectedCharacteristic.Ethnicity => Enum.GetNames<Ethnicity>(),
        ProtectedCharacteristic.Disability => Enum.GetNames<Disability>(),
        ProtectedCharacteristic.Religion => Enum.GetNames<Religion>(),
        ProtectedCharacteristic.SexualOrientation => Enum.GetNames<SexualOrientation>(),
        _ => throw new ArgumentOutOfRangeException(nameof(characteristic), characteristic, null),
    };

    public static string DisplayName(this ProtectedCharacteristic characteristic) => characteristic switch
    {
        ProtectedCharacteristic.Sex => "Sex",
        ProtectedCharacteristic.Age => "Age",
        ProtectedCharacteristic.Ethnicity => "Ethnic group",
        ProtectedCharacteristic.Disability => "Disability",
        ProtectedCharacteristic.Religion => "Religion or belief",
        ProtectedCharacteristic.SexualOrientation => "Sexual orientation",
        _ => throw new ArgumentOutOfRangeException(nameof(characteristic), characteristic, null),
    };

    /// <summary>The name a person reads for a stored group.</summary>
    public static string GroupDisplayName(string group) => group switch
    {
        NotRecorded => "Not recorded",
        PreferNotToSay => "Prefer not to say",
        "Under25" => "Under 25",
        "From25To34" => "25 to 34",
        "From35To44" => "35 to 44",
        "From45To54" => "45 to 54",
        "From55To64" => "55 to 64",
        "From65" => "65 and over",
        "Asian" => "Asian or Asian British",
        "Black" => "Black, Black British, Caribbean or African",
        "Mixed" => "Mixed or multiple ethnic groups",
        "Other" => "Other",
        "NoReligion" => "No religion",
        "GayOrLesbian" => "Gay or lesbian",
        "Heterosexual" => "Heterosexual or straight",
        _ => group,
    };
}
