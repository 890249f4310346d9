using IucRecruit.Core.Candidates;
using IucRecruit.Core.Privacy;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;

namespace IucRecruit.Data.Candidates;

/// <summary>A person applying to a campaign.</summary>
public sealed class Candidate
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public required string Email { get; set; }

    /// <summary>A UK mobile number in its held form (<c>+447700900123</c>,
    /// <see cref="Core.Candidates.UkMobileNumber"/>), or null when none is held.</summary>
    public string? MobileNumber { get; set; }

    /// <summary>The candidate asked not to be sent text messages: the number is kept (to phone them),
    /// but no reminder goes to it by text (docs/decisions/0072).</summary>
    public bool TextMessagesDeclined { get; set; }
    public RecruitmentChannel Channel { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Reasonable adjustment: extra time on timed exercises, as a percentage (25 means a
    /// quarter more time; 0 means none). The guide's example: "giving staff with dyslexia more time
    /// to sit tests" (seeds/001).</summary>
    public int ExtraTimePercent { get; set; }

    /// <summary>Reasonable adjustment: the candidate may pause between exercises.</summary>
    public bool RestBreaks { get; set; }

    /// <summary>Any other adjustment agreed with the candidate, in plain words.</summary>
    public string? AdjustmentNotes { get; set; }

    /// <summary>Flexible working: the contracts the candidate would like (part time, job share, …).</summary>
    public IReadOnlyList<ContractType> PreferredContractTypes { get; set; } = [];

    /// <summary>Flexible working: hours or patterns the candidate asked about, in plain words.</summary>
    public string? FlexibleWorkingNotes { get; set; }

    /// <summary>When the assessment (recordings, answers, the call record typed) was erased or
    /// purged; null while it is held (docs/decisions/0025).</summary>
    public DateTime? AssessmentErasedUtc { get; set; }

    /// <summary>When the name, contact details and the rest of the identity were erased or purged:
    /// from then on the record is anonymous and only counts in the statistics.</summary>
    public DateTime? IdentityErasedUtc { get; set; }

    /// <summary>An erased candidate is final (issue 16): nothing more is booked, invited, opened or
    /// moved for them; they stay only as an anonymous row in the statistics.</summary>
    public bool IsErased => IdentityErasedUtc is not null;

    /// <summary>Whether a text message may go to the candidate: a mobile number held, not declined, not erased.</summary>
    public bool CanBeTexted => MobileNumber is not null && !TextMessagesDeclined && !IsErased;

    /// <summary>What a person is told when they try to act on an erased candidate.</summary>
    public const string ErasedRefusal = "This candidate's personal data has been erased: nothing more can be done for them.";

    public PersonalDataCategory Erased =>
        (AssessmentErasedUtc is null ? PersonalDataCategory.None : PersonalDataCategory.Assessment) |
        (IdentityErasedUtc is null ? PersonalDataCategory.None : PersonalDataCategory.Identity);

    public string FullName => $"{GivenName} {FamilyName}";
}
