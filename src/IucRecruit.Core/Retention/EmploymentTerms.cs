namespace IucRecruit.Core.Retention;

/// <summary>The contracts a campaign offers (seeds/001: consider part-time, flexible and job-share
/// roles) and a starter is employed on.</summary>
public enum ContractType
{
    FullTime,
    PartTime,
    JobShare,
    FixedTerm,
    Bank,
}

/// <summary>Why someone left. The guide separates positive leavers from negative ones (seeds/001).</summary>
public enum LeavingReason
{
    Promotion,
    ClinicalTraining,
    OtherNhsRole,
    Stress,
    IllHealth,
    EqualityActProvision,
    Bullying,
    LackOfSupport,
    Relocation,
    EndOfFixedTerm,
    DidNotCompleteTraining,
    Other,
}

public enum LeavingCategory
{
    Positive,
    Negative,
    Other,
}

public static class EmploymentNames
{
    public static string DisplayName(this ContractType type) => type switch
    {
        ContractType.FullTime => "Full time",
        ContractType.PartTime => "Part time",
        ContractType.JobShare => "Job share",
        ContractType.FixedTerm => "Fixed term",
        ContractType.Bank => "Bank",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static LeavingCategory Category(this LeavingReason reason) => reason switch
    {
        LeavingReason.Promotion or LeavingReason.ClinicalTraining or LeavingReason.OtherNhsRole => LeavingCategory.Positive,
        LeavingReason.Stress or LeavingReason.IllHealth or LeavingReason.EqualityActProvision
            or LeavingReason.Bullying or LeavingReason.LackOfSupport => LeavingCategory.Negative,
        _ => LeavingCategory.Other,
    };

    public static string DisplayName(this LeavingReason reason) => reason switch
    {
        LeavingReason.Promotion => "Promotion",
        LeavingReason.ClinicalTraining => "Clinical training",
        LeavingReason.OtherNhsRole => "Another NHS role",
        LeavingReason.Stress => "Stress",
        LeavingReason.IllHealth => "Ill health",
        LeavingReason.EqualityActProvision => "Poor Equality Act provision",
        LeavingReason.Bullying => "Bullying",
        LeavingReason.LackOfSupport => "Lack of support",
        LeavingReason.Relocation => "Relocation",
        LeavingReason.EndOfFixedTerm => "End of fixed term",
        LeavingReason.DidNotCompleteTraining => "Did not complete training",
        LeavingReason.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static string DisplayName(this LeavingCategory category) => category switch
    {
        LeavingCategory.Positive => "Positive",
        LeavingCategory.Negative => "Negative",
        LeavingCategory.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
