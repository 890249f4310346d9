using IucRecruit.Core.Campaigns;
using IucRecruit.Data.Funnel;

namespace IucRecruit.Data.Tests.Funnel;

/// <summary>Adds generated candidates to a test database: campaigns at one site, two roles.</summary>
internal static class GeneratedFunnel
{
    public const string Site = "Wakefield";

    public static async Task AddAsync(FunnelDatabase funnel, int candidatesPerCampaign, int seed = 7)
    {
        await using var db = funnel.Database.CreateContext();
        var organisationId = db.Organisations.First().Id;
        var generator = new SyntheticFunnel(seed, funnel.Now);
        var random = new Random(seed);
        var campaigns = new[] { AdvisorRole.HealthAdvisor, AdvisorRole.ServiceAdvisor, AdvisorRole.HealthAdvisor }
            .Select((role, i) => generator.Campaign(organisationId, $"Generated {i}", role, Site, funnel.Now.AddDays(-420 + 60 * i)))
            .ToList();
        db.Campaigns.AddRange(campaigns);
        db.WorkingConditionsVersions.AddRange(campaigns.Select(SyntheticFunnel.FirstVersion));
        await db.SaveChangesAsync();
        var candidates = campaigns.SelectMany(c => Enumerable.Range(0, candidatesPerCampaign)
            .Select(_ => generator.Candidate(c, c.CreatedUtc.AddDays(random.Next(0, 200)).AddHours(random.Next(8, 18))))).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await NewCandidates.WriteAsync(db, candidates, default);
        await transaction.CommitAsync();
    }
}
