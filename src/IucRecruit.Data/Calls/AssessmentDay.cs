using IucRecruit.Data.Campaigns;

namespace IucRecruit.Data.Calls;

/// <summary>A day on which a campaign's candidates take their mock calls, in slots.</summary>
public sealed class AssessmentDay
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public DateOnly Date { get; set; }
    public required string Location { get; set; }
    public DateTime CreatedUtc { get; set; }
    public Guid? CreatedByUserId { get; set; }
}
