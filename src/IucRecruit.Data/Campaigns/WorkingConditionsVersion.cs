namespace IucRecruit.Data.Campaigns;

/// <summary>One wording of a campaign's working conditions. Kept for ever, so that an
/// acknowledgement always says exactly which text the candidate was shown.</summary>
public sealed class WorkingConditionsVersion
{
    public Guid CampaignId { get; set; }
    public int Version { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedUtc { get; set; }
    public Guid? CreatedByUserId { get; set; }
}

public enum AcknowledgementMethod
{
    /// <summary>Explained aloud at the assessment day and acknowledged there (recorded by staff).</summary>
    OnTheDay,
    /// <summary>Acknowledged in writing: on paper, or by the candidate on their own page.</summary>
    InWriting,
}

/// <summary>A candidate's acknowledgement that they were told the hours, weekends and bank
/// holidays: which version of the text, how, and when.</summary>
public sealed class ConditionsAcknowledgement
{
    public Guid Id { get; set; }
    public Guid CandidateId { get; set; }
    public Guid CampaignId { get; set; }
    public int Version { get; set; }
    public AcknowledgementMethod Method { get; set; }
    public DateTime AcknowledgedUtc { get; set; }

    /// <summary>The member of staff who recorded it; null when the candidate acknowledged themselves.</summary>
    public Guid? RecordedByUserId { get; set; }
}
