using System.Text.RegularExpressions;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Candidates;

/// <summary>The manager's candidates page: search, filters, paging that stays one page's size, and bulk
/// actions reported candidate by candidate.</summary>
public sealed partial class CandidatesPageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_search_finds_by_part_of_a_name_or_address_in_any_case_across_campaigns_and_needs_three_letters()
    {
        var tag = Tag();
        var north = await CandidatePagesData.CampaignAsync(app, $"North {tag}", "Leeds");
        var south = await CandidatePagesData.CampaignAsync(app, $"South {tag}", "Hull");
        await AddAsync(north, ("Priya", $"Quill{tag}", $"priya.{tag}@example.com"), ("Tom", $"Other{tag}", $"tom.{tag}@example.com"));
        await AddAsync(south, ("Quentin", $"quill{tag}", $"qb.{tag}@example.org"));
        using var manager = await CandidatePagesData.ManagerAsync(app);

        var byName = await manager.GetPageAsync($"/manager/candidates?q=  QUILL{tag.ToUpperInvariant()} ");
        var byAddress = await manager.GetPageAsync($"/manager/candidates?q=tom.{tag}@");
        var inOneCampaign = await manager.GetPageAsync($"/manager/candidates?campaign={south}&q=quill{tag}");
        var tooShort = await manager.GetPageAsync($"/manager/candidates?campaign={north}&q=qu");
        var wildcards = await manager.GetPageAsync($"/manager/candidates?campaign={north}&q=q__%25");

        Assert.Equal([$"Priya Quill{tag}", $"Quentin quill{tag}"], Names(byName));
        Assert.Equal([$"Tom Other{tag}"], Names(byAddress));
        Assert.Equal([$"Quentin quill{tag}"], Names(inOneCampaign));
        Assert.Contains("Enter at least 3 letters or digits", tooShort, StringComparison.Ordinal);
        Assert.Equal(2, Names(tooShort).Count); // no search: the whole campaign
        Assert.Equal(2, Names(wildcards).Count); // q__% is one letter once the wildcards are left out

        var searches = await app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().AccessAuditEntries
            .Where(e => e.Action == AccessAction.SearchedCandidates).OrderBy(e => e.Sequence).Select(e => e.Detail!).ToListAsync());
        Assert.Equal([$"QUILL{tag.ToUpperInvariant()}", $"tom.{tag}@", $"quill{tag}"],
            searches.Where(d => d.Contains(tag, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Filters_by_stage_and_channel_and_sorts_by_newest_application()
    {
        var tag = Tag();
        var campaign = await CandidatePagesData.CampaignAsync(app, $"Filters {tag}", "York");
        var ids = await AddAsync(campaign, ("Ann", "Abel", $"ann.{tag}@example.com"), ("Ben", "Bell", $"ben.{tag}@example.com"));
        await AddAsync(campaign, RecruitmentChannel.Agency, 62, ("Cy", "Cole", $"cy.{tag}@example.com"));
        await RecordAsync(ids[1], StageTransition.Enter(FunnelStage.Shortlisted));
        using var manager = await CandidatePagesData.ManagerAsync(app);

        Assert.Equal(["Ben Bell"], Names(await manager.GetPageAsync($"/manager/candidates?campaign={campaign}&stage=Shortlisted")));
        Assert.Equal(["Cy Cole"], Names(await manager.GetPageAsync($"/manager/candidates?campaign={campaign}&channel=Agency")));
        // Applied 60, 61 and 62 days ago: the newest first.
        Assert.Equal(["Ann Abel", "Ben Bell", "Cy Cole"], Names(await manager.GetPageAsync($"/manager/candidates?campaign={campaign}&sort=NewestApplication")));
        Assert.Equal(["Ben Bell", "Ann Abel", "Cy Cole"], Names(await manager.GetPageAsync($"/manager/candidates?campaign={campaign}&sort=Stage")));
    }

    [Fact]
    public async Task A_campaign_of_thousands_renders_one_page_of_fifty_no_larger_than_a_small_campaigns_page()
    {
        var tag = Tag();
        var small = await CandidatePagesData.CampaignAsync(app, $"Small {tag}", "Leeds");
        var large = await CandidatePagesData.CampaignAsync(app, $"Large {tag}", "Leeds");
        await AddManyAsync(small, 60, tag);
        await AddManyAsync(large, 3000, tag);
        using var manager = await CandidatePagesData.ManagerAsync(app);

        var smallPage = await manager.GetPageAsync($"/manager/candidates?campaign={small}");
        var largePage = await manager.GetPageAsync($"/manager/candidates?campaign={large}");
        var lastPage = await manager.GetPageAsync($"/manager/candidates?campaign={large}&p=60");

        Assert.Equal(50, Names(largePage).Count);
        Assert.Contains("3,000 candidates, page 1", largePage, StringComparison.Ordinal);
        Assert.Contains("Next page", largePage, StringComparison.Ordinal);
        // Same fifty lines' worth of HTML, give or take the longer numbers in the names and the count.
        Assert.InRange(largePage.Length, smallPage.Length * 0.95, smallPage.Length * 1.05);
        Assert.Equal(50, Names(lastPage).Count);
        Assert.DoesNotContain("Next page", lastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_moves_the_ticked_candidates_with_the_reason_and_reports_each_refusal()
    {
        var tag = Tag();
        var campaign = await CandidatePagesData.CampaignAsync(app, $"Bulk {tag}", "Leeds");
        var ids = await AddAsync(campaign, ("A", "One", $"a.{tag}@example.com"), ("B", "Two", $"b.{tag}@example.com"),
            ("C", "Three", $"c.{tag}@example.com"), ("D", "Four", $"d.{tag}@example.com"));
        await RecordAsync(ids[3], StageTransition.End(FunnelOutcome.Withdrew, "Moved away"));
        using var manager = await CandidatePagesData.ManagerAsync(app);
        var url = $"/manager/candidates?campaign={campaign}";

        using var response = await manager.SubmitAsync(url,
            [new("bulkAction", "Move"), new("scope", "Selected"), new("toStage", "InvitedToAssessment"), new("reason", "Strong applications"),
             new("selected", ids[0].ToString()), new("selected", ids[1].ToString()), new("selected", ids[2].ToString()), new("selected", ids[3].ToString())],
            $"/manager/candidates?handler=Bulk&campaign={campaign}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("3 of 4 candidates moved to Invited to assessment day", html, StringComparison.Ordinal);
        Assert.Contains("The candidate&#x27;s journey has ended (withdrew).", html, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var manager1 = await db.Users.SingleAsync(u => u.Email == "manager@demo.iucrecruit.test");
        var log = await db.StageEvents.Where(e => e.CandidateId == ids[0]).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(
            [
                (JourneyEventKind.Entered, FunnelStage.Applied, (string?)null),
                (JourneyEventKind.Skipped, FunnelStage.Shortlisted, "Strong applications"),
                (JourneyEventKind.Entered, FunnelStage.InvitedToAssessment, "Strong applications"),
            ],
            log.Select(e => (e.Kind, e.Stage, e.Reason)));
        Assert.Equal(manager1.Id, log[^1].ActorUserId);
        Assert.Equal(3, await db.CandidateProgress.CountAsync(p => ids.Contains(p.CandidateId) && p.CurrentStage == FunnelStage.InvitedToAssessment));
        Assert.Empty(await FunnelConsistency.DifferencesAsync(db));
    }

    [Fact]
    public async Task Rejecting_all_that_match_needs_a_reason_and_invitations_are_refused_for_rejected_candidates_and_starters()
    {
        var tag = Tag();
        var campaign = await CandidatePagesData.CampaignAsync(app, $"Reject {tag}", "Leeds");
        var ids = await AddAsync(campaign, ($"Keep{tag}", "Keen", $"k.{tag}@example.com"), ($"Drop{tag}", "Low", $"l.{tag}@example.com"),
            ($"Drop{tag}", "Lower", $"m.{tag}@example.com"));
        using var manager = await CandidatePagesData.ManagerAsync(app);
        var filtered = $"/manager/candidates?campaign={campaign}&q=drop{tag}";

        using var noReason = await manager.SubmitAsync(filtered, [new("bulkAction", "Reject"), new("scope", "AllFiltered")],
            $"/manager/candidates?handler=Bulk&campaign={campaign}&q=drop{tag}");
        using var rejected = await manager.SubmitAsync(filtered, [new("bulkAction", "Reject"), new("scope", "AllFiltered"), new("reason", "Did not meet the shortlisting criteria")],
            $"/manager/candidates?handler=Bulk&campaign={campaign}&q=drop{tag}");
        var listAfter = await manager.GetPageAsync($"/manager/candidates?campaign={campaign}");
        using var invited = await manager.SubmitAsync(filtered,
            [new("bulkAction", "Invite"), new("scope", "Selected"), new("selected", ids[0].ToString()), new("selected", ids[1].ToString())],
            $"/manager/candidates?handler=Bulk&campaign={campaign}");
        var invitedHtml = await invited.Content.ReadAsStringAsync();

        Assert.Contains("Give a reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("2 of 2 candidates rejected", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Only the candidate still in progress is offered an invitation link on the list.
        Assert.Equal(1, InvitationButton().Count(listAfter));
        Assert.Contains("1 of 2 candidates given an invitation link", invitedHtml, StringComparison.Ordinal);
        Assert.Contains("The candidate&#x27;s journey has ended (rejected).", invitedHtml, StringComparison.Ordinal);
        Assert.Matches("/invite/[A-Za-z0-9_-]+", invitedHtml);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.Equal([ids[0]], await db.CandidateInvitations.Where(i => ids.Contains(i.CandidateId)).Select(i => i.CandidateId).ToListAsync());
        Assert.Equal(["Did not meet the shortlisting criteria", "Did not meet the shortlisting criteria"],
            await db.StageEvents.Where(e => (e.CandidateId == ids[1] || e.CandidateId == ids[2]) && e.Kind == JourneyEventKind.Ended).Select(e => e.Reason!).ToListAsync());
    }

    [Fact]
    public async Task A_starter_is_refused_an_invitation_by_the_server()
    {
        var tag = Tag();
        var campaign = await CandidatePagesData.CampaignAsync(app, $"Starter {tag}", "Leeds");
        var id = (await AddAsync(campaign, ("Sam", "Started", $"s.{tag}@example.com")))[0];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            await services.GetRequiredService<WorkingConditionsRecords>().AcknowledgeAsync(id, AcknowledgementMethod.OnTheDay, null, null, default);
            var stageLog = services.GetRequiredService<StageLog>();
            foreach (var stage in FunnelStages.InOrder.Where(s => s is > FunnelStage.Applied and < FunnelStage.Started))
                await stageLog.RecordAsync(id, StageTransition.Enter(stage), null);
            Assert.True((await services.GetRequiredService<Data.Retention.EmploymentRecords>()
                .RecordStartAsync(id, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime), Core.Retention.ContractType.FullTime, null)).Succeeded);
        }
        using var manager = await CandidatePagesData.ManagerAsync(app);

        using var response = await manager.SubmitAsync($"/manager/candidates?campaign={campaign}", [new("candidateId", id.ToString())],
            $"/manager/candidates?handler=Invite&campaign={campaign}");

        Assert.Contains("The candidate has started: there is nothing to invite them to", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var check = app.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<RecruitmentDbContext>().CandidateInvitations.AnyAsync(i => i.CandidateId == id));
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Adds applicants through NHS Jobs who applied 60, 61, 62… days ago, in the order given.</summary>
    private Task<IReadOnlyList<Guid>> AddAsync(Guid campaignId, params (string Given, string Family, string Email)[] people) =>
        AddAsync(campaignId, RecruitmentChannel.NhsJobs, 60, people);

    private async Task<IReadOnlyList<Guid>> AddAsync(Guid campaignId, RecruitmentChannel channel, int daysAgo, params (string Given, string Family, string Email)[] people)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var added = people.Select((p, i) => Applicants.Build(campaign,
            new ApplicantDetails(p.Given, p.Family, p.Email, channel, now.AddDays(-daysAgo - i)), null, null, now).Candidate!).ToList();
        await NewCandidates.WriteAsync(db, added, default);
        return added.Select(c => c.Candidate.Id).ToList();
    }

    private Task<IReadOnlyList<Guid>> AddManyAsync(Guid campaignId, int count, string tag) =>
        AddAsync(campaignId, Enumerable.Range(0, count).Select(i => ($"Given{i:D5}", $"Family{i:D5}", $"p{i}.{tag}@example.com")).ToArray());

    private async Task RecordAsync(Guid candidateId, StageTransition transition)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<StageLog>().RecordAsync(candidateId, transition, null)).Succeeded);
    }

    /// <summary>The names listed, in order (each links to the candidate's page).</summary>
    private static List<string> Names(string html) =>
        CandidateLink().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<a href=\"/manager/candidates/detail/[0-9a-f-]+\">([^<]+)</a>")]
    private static partial Regex CandidateLink();

    [GeneratedRegex(">Invitation link<span")]
    private static partial Regex InvitationButton();
}
