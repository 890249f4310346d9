namespace IucRecruit.Core.Calls;

/// <summary>What an assessor notes while listening (DOMAIN.md: observe, record; classify and rate
/// come after the call).</summary>
public enum EvidenceKind
{
    /// <summary>One click: something that counts for a criterion.</summary>
    Strength,
    /// <summary>One click: something that counts against a criterion.</summary>
    Concern,
    /// <summary>Free text, about a criterion or the call in general.</summary>
    Note,
    /// <summary>One of the scenario's critical-fail conditions was seen (a red flag missed, an
    /// unsafe outcome). It is evidence: the assessor confirms it, or not, with their ratings.</summary>
    CriticalFail,
}

public static class EvidenceKinds
{
    public static string DisplayName(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Strength => "Strength",
        EvidenceKind.Concern => "Concern",
        EvidenceKind.Note => "Note",
        EvidenceKind.CriticalFail => "Critical fail",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
