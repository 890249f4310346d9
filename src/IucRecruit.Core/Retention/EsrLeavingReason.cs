namespace IucRecruit.Core.Retention;

/// <summary>
/// The national "Reason for Leaving" values of the NHS Electronic Staff Record (DOMAIN.md,
/// Workforce records), as a workforce file writes them. Kept beside the exit interview's own,
/// finer <see cref="LeavingReason"/>: ESR says what HR recorded, the exit interview what the leaver said.
/// </summary>
/// <remarks>Stored by name: never rename a value.</remarks>
public enum EsrLeavingReason
{
    VoluntaryResignationPromotion,
    VoluntaryResignationFurtherEducationOrTraining,
    EmployeeTransfer,
    VoluntaryResignationWorkLifeBalance,
    VoluntaryResignationIncompatibleWorkingRelationships,
    VoluntaryResignationHealth,
    VoluntaryResignationLackOfOpportunities,
    RetirementIllHealth,
    VoluntaryResignationRelocation,
    VoluntaryResignationBetterRewardPackage,
    VoluntaryResignationChildDependants,
    VoluntaryResignationAdultDependants,
    VoluntaryResignationOtherNotKnown,
    DismissalCapability,
    DismissalConduct,
    DismissalStatutoryReason,
    DismissalSomeOtherSubstantialReason,
    EndOfFixedTermContract,
    EndOfFixedTermContractCompletionOfTrainingScheme,
    EndOfFixedTermContractEndOfWorkRequirement,
    EndOfFixedTermContractExternalRotation,
    EndOfFixedTermContractOther,
    RetirementAge,
    FlexiRetirement,
    VoluntaryEarlyRetirementWithActuarialReduction,
    VoluntaryEarlyRetirementNoActuarialReduction,
    RedundancyVoluntary,
    RedundancyCompulsory,
    MutuallyAgreedResignation,
    DeathInService,
    BankStaffNotFulfilledMinimumWorkRequirement,
}

public static class EsrLeavingReasons
{
    /// <summary>
    /// Each ESR value's exact wording and how the guide reads it. The guide (seeds/001, "Keeping good
    /// team members") separates people "leaving for negative reasons (stress, illness, lack of
    /// support)" from those who "made a positive decision to move into management or clinical
    /// training", and names "promotion, taking on different roles in the NHS or other providers"
    /// against "stress, ill health, poor provision for their needs under the Equality Act (2010) or
    /// bullying". A value is positive or negative only when its wording is one of those; anything the
    /// guide does not judge (relocation, dependants, pay, dismissal, contracts ending, retirement at
    /// age, redundancy, death) is other. docs/imports.md gives the reason for each.
    /// </summary>
    private static readonly Dictionary<EsrLeavingReason, (string Wording, LeavingCategory Category)> Table = new()
    {
        [EsrLeavingReason.VoluntaryResignationPromotion] = ("Voluntary Resignation - Promotion", LeavingCategory.Positive),
        [EsrLeavingReason.VoluntaryResignationFurtherEducationOrTraining] =
            ("Voluntary Resignation - To undertake further education or training", LeavingCategory.Positive),
        [EsrLeavingReason.EmployeeTransfer] = ("Employee Transfer", LeavingCategory.Positive),
        [EsrLeavingReason.VoluntaryResignationWorkLifeBalance] = ("Voluntary Resignation - Work Life Balance", LeavingCategory.Negative),
        [EsrLeavingReason.VoluntaryResignationIncompatibleWorkingRelationships] =
            ("Voluntary Resignation - Incompatible Working Relationships", LeavingCategory.Negative),
        [EsrLeavingReason.VoluntaryResignationHealth] = ("Voluntary Resignation - Health", LeavingCategory.Negative),
        [EsrLeavingReason.VoluntaryResignationLackOfOpportunities] = ("Voluntary Resignation - Lack of Opportunities", LeavingCategory.Negative),
        [EsrLeavingReason.RetirementIllHealth] = ("Retirement - Ill Health", LeavingCategory.Negative),
        [EsrLeavingReason.VoluntaryResignationRelocation] = ("Voluntary Resignation - Relocation", LeavingCategory.Other),
        [EsrLeavingReason.VoluntaryResignationBetterRewardPackage] = ("Voluntary Resignation - Better Reward Package", LeavingCategory.Other),
        [EsrLeavingReason.VoluntaryResignationChildDependants] = ("Voluntary Resignation - Child Dependants", LeavingCategory.Other),
        [EsrLeavingReason.VoluntaryResignationAdultDependants] = ("Voluntary Resignation - Adult Dependants", LeavingCategory.Other),
        [EsrLeavingReason.VoluntaryResignationOtherNotKnown] = ("Voluntary Resignation - Other/Not Known", LeavingCategory.Other),
        [EsrLeavingReason.DismissalCapability] = ("Dismissal - Capability", LeavingCategory.Other),
        [EsrLeavingReason.DismissalConduct] = ("Dismissal - Conduct", LeavingCategory.Other),
        [EsrLeavingReason.DismissalStatutoryReason] = ("Dismissal - Statutory Reason", LeavingCategory.Other),
        [EsrLeavingReason.DismissalSomeOtherSubstantialReason] = ("Dismissal - Some Other Substantial Reason", LeavingCategory.Other),
        [EsrLeavingReason.EndOfFixedTermContract] = ("End of Fixed Term Contract", LeavingCategory.Other),
        [EsrLeavingReason.EndOfFixedTermContractCompletionOfTrainingScheme] =
            ("End of Fixed Term Contract - Completion of Training Scheme", LeavingCategory.Other),
        [EsrLeavingReason.EndOfFixedTermContractEndOfWorkRequirement] =
            ("End of Fixed Term Contract - End of Work Requirement", LeavingCategory.Other),
        [EsrLeavingReason.EndOfFixedTermContractExternalRotation] = ("End of Fixed Term Contract - External Rotation", LeavingCategory.Other),
        [EsrLeavingReason.EndOfFixedTermContractOther] = ("End of Fixed Term Contract - Other", LeavingCategory.Other),
        [EsrLeavingReason.RetirementAge] = ("Retirement Age", LeavingCategory.Other),
        [EsrLeavingReason.FlexiRetirement] = ("Flexi Retirement", LeavingCategory.Other),
        [EsrLeavingReason.VoluntaryEarlyRetirementWithActuarialReduction] =
            ("Voluntary Early Retirement - with Actuarial Reduction", LeavingCategory.Other),
        [EsrLeavingReason.VoluntaryEarlyRetirementNoActuarialReduction] =
            ("Voluntary Early Retirement - no Actuarial Reduction", LeavingCategory.Other),
        [EsrLeavingReason.RedundancyVoluntary] = ("Redundancy - Voluntary", LeavingCategory.Other),
        [EsrLeavingReason.RedundancyCompulsory] = ("Redundancy - Compulsory", LeavingCategory.Other),
        [EsrLeavingReason.MutuallyAgreedResignation] = ("Mutually Agreed Resignation", LeavingCategory.Other),
        [EsrLeavingReason.DeathInService] = ("Death in Service", LeavingCategory.Other),
        [EsrLeavingReason.BankStaffNotFulfilledMinimumWorkRequirement] =
            ("Bank Staff not fulfilled minimum work requirement", LeavingCategory.Other),
    };

    private static readonly Dictionary<string, EsrLeavingReason> ByKey =
        Table.ToDictionary(entry => Key(entry.Value.Wording), entry => entry.Key);

    /// <summary>The value exactly as ESR writes it.</summary>
    public static string Wording(this EsrLeavingReason reason) => Table[reason].Wording;

    public static LeavingCategory Category(this EsrLeavingReason reason) => Table[reason].Category;

    /// <summary>The ESR value a cell holds, ignoring case, spacing and which dash separates the
    /// parts ("voluntary resignation – promotion", "Voluntary Resignation-Promotion"); null when it
    /// is not one.</summary>
    public static EsrLeavingReason? Parse(string text) => ByKey.TryGetValue(Key(text), out var reason) ? reason : null;

    /// <summary>
    /// How a leaver counts (positive, negative, other). The exit interview's reason decides when
    /// there is one: it is the finer account, and the guide insists on exit interviews because
    /// ESR's "Other/Not Known" is the commonest recorded reason (DOMAIN.md). Otherwise ESR's reading.
    /// </summary>
    public static LeavingCategory Kind(EsrLeavingReason? esr, LeavingReason? exitInterview) =>
        exitInterview?.Category() ?? esr?.Category() ?? LeavingCategory.Other;

    /// <summary>Letters and digits in lower case: case, spacing and the dash (hyphen or en dash)
    /// vary between exports and hand-kept spreadsheets, the words do not.</summary>
    private static string Key(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
