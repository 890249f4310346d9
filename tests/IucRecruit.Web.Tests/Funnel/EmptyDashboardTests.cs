using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Funnel;

/// <summary>Issue 16, bug 1: a filter that selects no stage moves used to answer 500 ("Sequence
/// contains no elements" in the bar chart); every chart and table must say there is nothing to show.</summary>
public sealed class EmptyDashboardTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private const int Charts = 5;

    private static readonly string[] Sections = ["funnel", "retention", "leavers", "predictive", "equality"];

    /// <summary>The summary and every section, as one text.</summary>
    private static async Task<string> EverythingAsync(PageClient manager, string query)
    {
        var html = await manager.GetPageAsync("/manager/funnel?" + query);
        foreach (var section in Sections) html += await manager.GetPageAsync($"/manager/funnel?{query}&section={section}&handler=Section");
        return html;
    }

    [Theory]
    [InlineData("site=NoSuchSite")]
    [InlineData("from=2099-01&to=2099-03")]
    [InlineData("assessmentDay=2099-01-05")]
    [InlineData("site=NoSuchSite&compareBy=ScoreBand&characteristic=Sex")]
    public async Task A_filter_that_selects_nobody_says_so_in_every_chart_and_table(string query)
    {
        using var manager = await ManagerAsync();

        var html = await EverythingAsync(manager, query);

        Assert.Contains("No candidates match these filters: nothing to show.", html, StringComparison.Ordinal);
        Assert.Equal(0, CountOf(html, "<svg class=\"chart\""));
        Assert.Equal(Charts, CountOf(html, "class=\"chart-empty\""));
        Assert.Equal(CountOf(html, "<table data-report="), CountOf(html, "Nothing to show for these filters."));
    }

    [Fact]
    public async Task A_new_campaign_with_only_applicants_shows_its_applicants_and_says_the_rest_is_empty()
    {
        var campaignId = await NewCampaignWithOneApplicantAsync();
        using var manager = await ManagerAsync();

        var html = await EverythingAsync(manager, $"campaign={campaignId}");

        Assert.Equal(1, CountOf(html, "<svg class=\"chart\""));
        Assert.Contains("aria-labelledby=\"chart-funnel-title chart-funnel-desc\"", html, StringComparison.Ordinal);
        Assert.Equal(Charts - 1, CountOf(html, "class=\"chart-empty\""));
        Assert.Contains("<dd class=\"figure__value\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Nobody has started yet, so retention is not known.", html, StringComparison.Ordinal);
    }

    private async Task<Guid> NewCampaignWithOneApplicantAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var now = DateTime.UtcNow;
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(), OrganisationId = (await db.Organisations.FirstAsync()).Id, Name = "Only applicants",
            Role = AdvisorRole.HealthAdvisor, Site = "Empty Site", WorkingConditions = "3 of every 4 weekends.", Stages = StageSet.All,
            CreatedUtc = now, ContractTypesOffered = [Core.Retention.ContractType.FullTime],
        };
        db.Campaigns.Add(campaign);
        await scope.ServiceProvider.GetRequiredService<WorkingConditionsRecords>().SetTextAsync(campaign, campaign.WorkingConditions, null, default);
        await db.SaveChangesAsync();
        var (candidate, refusal) = Applicants.Build(campaign,
            new ApplicantDetails("Only", "Applicant", "only.applicant@example.test", RecruitmentChannel.NhsJobs, now.AddDays(-1)), null, null, now);
        Assert.Null(refusal);
        await NewCandidates.WriteAsync(db, [candidate!], default);
        return campaign.Id;
    }

    private async Task<PageClient> ManagerAsync()
    {
        var client = app.CreatePageClient();
        await client.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        return client;
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
