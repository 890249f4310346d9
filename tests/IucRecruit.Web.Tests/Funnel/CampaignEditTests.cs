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

    [Fact]
    public async Task A_typical_shift_in_figures_is_kept_shown_to_people_practising_and_refused_with_its_field_named_when_wrong()
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        KeyValuePair<string, string>[] Fields(string hours, string fewest, string most) =>
        [
            new("Name", "Night advisors 2027"), new("Role", "HealthAdvisor"), new("Site", "Harbour contact centre"),
            new("WorkingConditions", "Nights: 19:00 to 07:00."), new("ShiftHours", hours), new("FewestCalls", fewest), new("MostCalls", most),
        ];

        using (var created = await manager.SubmitAsync("/manager/campaigns/edit", Fields("12", "30", "45")))
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().Campaigns.Single(c => c.Name == "Night advisors 2027").Id);

        using var refused = await manager.SubmitAsync($"/manager/campaigns/edit/{id}", Fields("twelve", "45", "30"));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<a href=\"#ShiftHours\">Enter the shift&#x27;s length in hours, from 1 to 13, like 10 or 7.5</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"twelve\"", html, StringComparison.Ordinal);
        // Nothing of the refused form is kept: the campaign still says 12 hours and 30 to 45 calls.
        var edit = await manager.GetPageAsync($"/manager/campaigns/edit/{id}");
        Assert.Matches("id=\"ShiftHours\"[^>]*value=\"12\"", edit);
        Assert.Matches("id=\"FewestCalls\"[^>]*value=\"30\"", edit);
        Assert.Matches("id=\"MostCalls\"[^>]*value=\"45\"", edit);

        using var reversed = await manager.SubmitAsync($"/manager/campaigns/edit/{id}", Fields("12", "45", "30"));
        Assert.Contains("<a href=\"#MostCalls\">The most calls in a shift must not be fewer than the fewest</a>",
            await reversed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // 720 minutes / 45 calls = 16; 720 / 30 = 24.
        using var visitor = app.CreatePageClient();
        var practice = await visitor.GetPageAsync($"/practice/{id}");
        Assert.Contains("In a typical 12-hour shift an advisor takes about 30 to 45 calls: a new call about every 16 to 24 minutes", practice, StringComparison.Ordinal);

        using (var cleared = await manager.SubmitAsync($"/manager/campaigns/edit/{id}", Fields("", "", "")))
            Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Contains("This campaign has not stated how long a shift is or how many calls an advisor takes in one.",
            await visitor.GetPageAsync($"/practice/{id}"), StringComparison.Ordinal);
    }
}
