using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Organisations;
using IucRecruit.Data.Storage;

namespace IucRecruit.Testing;

/// <summary>Candidates for data tests that need one and nothing else of the demo.</summary>
public static class TestCandidates
{
    /// <summary>Brings the database's schema up to date, then adds an organisation, a campaign and a
    /// candidate in it.</summary>
    public static async Task<Candidate> AddAsync(TestDatabase database, DateTime nowUtc, int extraTimePercent = 0)
    {
        await using var db = database.CreateContext();
        await db.MigrateAsync(database.Options);
        var organisation = new Organisation { Id = Guid.CreateVersion7(), Name = "Trust", CreatedUtc = nowUtc };
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(), OrganisationId = organisation.Id, Name = "Spring", Role = AdvisorRole.HealthAdvisor,
            Site = "Leeds", WorkingConditions = "Weekends", CreatedUtc = nowUtc,
        };
        var candidate = new Candidate
        {
            Id = Guid.CreateVersion7(), CampaignId = campaign.Id, GivenName = "Sam", FamilyName = "Taylor",
            Email = "sam@example.com", Channel = RecruitmentChannel.NhsJobs, CreatedUtc = nowUtc,
            ExtraTimePercent = extraTimePercent,
        };
        db.AddRange(organisation, campaign, candidate);
        await db.SaveChangesAsync();
        return candidate;
    }
}
