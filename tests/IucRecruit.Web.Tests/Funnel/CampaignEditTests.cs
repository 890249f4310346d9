using System.Net;
using IucRecruit.Core.Funnel;
using IucRecruit.Data;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Funnel;

public sealed class CampaignEditTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_campaign_keeps_every_version_of_its_working_conditions()
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        KeyValuePair<string, string>[] Fields(string conditions) =>
        [
            new("Name", "Bank advisors 2027"), new("Role", "ServiceAdvisor"), new("Site", "Harbour contact centre"),
            new("ContractTypes", "Bank"), new("ContractTypes", "PartTime"),
            new("Stages", "Shortlisted"), new("Stages", "InvitedToAssessment"), new("Stages", "ConditionsAcknowledged"), new("Stages", "MockCall"),
            new("Stages", "Interview"), new("WorkingConditions", conditions),
        ];

        using (var created = await manager.SubmitAsync("/manager/campaigns/edit", Fields("Weekends: 2 of 4.")))
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().Campaigns.Single(c => c.Name == "Bank advisors 2027").Id);
        using (var changed = await manager.SubmitAsync($"/manager/campaigns/edit/{id}", Fields("Weekends: 3 of 4.")))
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == id);
        Assert.Equal(("Weekends: 3 of 4.", 2), (campaign.WorkingConditions, campaign.WorkingConditionsVersion));
        Assert.Equal(["Weekends: 2 of 4.", "Weekends: 3 of 4."],
            await db.WorkingConditionsVersions.Where(v => v.CampaignId == id).OrderBy(v => v.Version).Select(v => v.Text).ToListAsync());
        Assert.Equal(StageSet.Of(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged,
            FunnelStage.MockCall, FunnelStage.Interview, FunnelStage.Offered, FunnelStage.OfferAccepted, FunnelStage.Started), campaign.Stages);
        Assert.Equal([Core.Retention.ContractType.PartTime, Core.Retention.ContractType.Bank], campaign.ContractTypesOffered);
    }

    [Fact]
    public async Task The_role_of_a_campaign_with_candidates_cannot_change()
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        var demo = app.Demo.Campaign;

        using var response = await manager.SubmitAsync($"/manager/campaigns/edit/{demo.Id}",
        [
            new("Name", demo.Name), new("Role", "ClinicalAdvisor"), new("Site", demo.Site), new("WorkingConditions", demo.WorkingConditions),
            .. FunnelStages.InOrder.Select(s => new KeyValuePair<string, string>("Stages", s.ToString())),
        ]);

        Assert.Contains("The role cannot change once the campaign has candidates", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
