using IucRecruit.Core.Candidates;
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
    public RecruitmentChannel Channel { get; set; }
    public DateTime CreatedUtc { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
}
