using IucRecruit.Core.Campaigns;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Candidates;

/// <summary>What the candidates pages' tests start from: a campaign of their own and the demo manager signed in.</summary>
internal static class CandidatePagesData
{
    public static async Task<PageClient> ManagerAsync(RecruitmentApp app)
    {
        var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        return manager;
    }

    public static async Task<Guid> CampaignAsync(RecruitmentApp app, string name, string site = "Leeds")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(), OrganisationId = app.Demo.Campaign.OrganisationId, Name = name, Role = AdvisorRole.HealthAdvisor,
            Site = site, WorkingConditions = "Weekends.", CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
            ContractTypesOffered = [Core.Retention.ContractType.FullTime],
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }
}
