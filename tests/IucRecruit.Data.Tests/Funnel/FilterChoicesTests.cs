using IucRecruit.Core.Campaigns;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;

namespace IucRecruit.Data.Tests.Funnel;

/// <summary>The funnel filter lists a page of campaigns, newest first, so that its first view costs
/// the same however many campaigns there are; a name search finds the others.</summary>
public sealed class FilterChoicesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_newest_campaigns_are_listed_and_a_search_or_the_chosen_one_reaches_the_rest(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider); // "Health advisors – summer", the oldest
        await using (var db = funnel.Database.CreateContext())
        {
            for (var i = 1; i <= FunnelQueries.CampaignChoices + 4; i++)
            {
                funnel.Clock.Advance(TimeSpan.FromMinutes(1));
                await funnel.AddCampaignAsync(db, $"Care advisors {i:000}", AdvisorRole.ServiceAdvisor, i % 2 == 0 ? "Hull" : "Leeds");
            }
        }

        var all = await ChoicesAsync(funnel, null, null);
        Assert.Equal(FunnelQueries.CampaignChoices, all.Campaigns.Count);
        Assert.True(all.MoreCampaigns);
        Assert.Equal("Care advisors 104", all.Campaigns[0].Name);
        Assert.Equal("Care advisors 005", all.Campaigns[^1].Name);
        Assert.Equal(["Hull", "Leeds"], all.Sites);

        // Any case, any part of the name; a search that matches few lists them all.
        var summer = await ChoicesAsync(funnel, null, "  SUMMER ");
        Assert.Equal([(funnel.Campaign.Id, "Health advisors – summer")], summer.Campaigns);
        Assert.False(summer.MoreCampaigns);
        var tens = await ChoicesAsync(funnel, null, "advisors 10");
        Assert.Equal(["Care advisors 104", "Care advisors 103", "Care advisors 102", "Care advisors 101", "Care advisors 100"],
            tens.Campaigns.Select(c => c.Name));

        // The chosen campaign is listed first when the page would leave it out.
        var chosen = await ChoicesAsync(funnel, funnel.Campaign.Id, null);
        Assert.Equal(FunnelQueries.CampaignChoices + 1, chosen.Campaigns.Count);
        Assert.Equal(funnel.Campaign.Id, chosen.Campaigns[0].Id);
        Assert.Empty((await ChoicesAsync(funnel, Guid.NewGuid(), "no such campaign")).Campaigns);
    }

    private static async Task<FilterChoices> ChoicesAsync(FunnelDatabase funnel, Guid? chosen, string? search)
    {
        await using var db = funnel.Database.CreateContext();
        return await new FunnelQueries(db).FilterChoicesAsync(chosen, search, default);
    }
}
