using IucRecruit.Core.Campaigns;
using IucRecruit.Data.Organisations;

namespace IucRecruit.Data.Campaigns;

/// <summary>One recruitment drive: an advert for a role at a site.</summary>
public sealed class Campaign
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Name { get; set; }
    public AdvisorRole Role { get; set; }
    public required string Site { get; set; }

    /// <summary>Hours, weekends and bank holidays, in plain words: the guide asks that they be made
    /// clear "both verbally on the day and in written form" (seeds/001).</summary>
    public required string WorkingConditions { get; set; }

    public DateTime CreatedUtc { get; set; }
}
