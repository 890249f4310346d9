using IucRecruit.Core.Retention;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Retention;

/// <summary>
/// What the workforce record adds to a starter's journey. The dates (start, induction, NHS Pathways
/// exam, sign-off, leaving) are entries of the stage log, not columns here, so that there is one
/// record of when things happened.
/// </summary>
public sealed class Employment
{
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public ContractType ContractType { get; set; }

    /// <summary>The NHS Pathways exam mark, as a percentage, when known.</summary>
    public int? PathwaysExamScore { get; set; }

    /// <summary>The reason for leaving as the Electronic Staff Record has it, when it came from a
    /// workforce file.</summary>
    public EsrLeavingReason? EsrLeavingReason { get; set; }

    /// <summary>The exit interview's reason: finer than ESR's, and what decides whether the leaver
    /// counts as positive or negative when both are known.</summary>
    public LeavingReason? LeavingReason { get; set; }

    /// <summary>What the exit interview said, in the leaver's or manager's words.</summary>
    public string? LeavingNotes { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>A changed copy; the record as read stays as it was, to compare with.</summary>
    public Employment With(Action<Employment> change)
    {
        var copy = (Employment)MemberwiseClone();
        copy.Candidate = null;
        change(copy);
        return copy;
    }

    public bool SameAs(Employment other) =>
        (ContractType, PathwaysExamScore, EsrLeavingReason, LeavingReason, LeavingNotes) ==
        (other.ContractType, other.PathwaysExamScore, other.EsrLeavingReason, other.LeavingReason, other.LeavingNotes);
}
