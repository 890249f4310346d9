using System.Net;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Data;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Candidates;

/// <summary>One candidate added by hand, checked as an import row is.</summary>
public sealed class AddCandidateTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_candidate_added_by_hand_starts_their_log_at_applied_with_who_added_them()
    {
        var campaign = await CandidatePagesData.CampaignAsync(app, $"By hand {Guid.NewGuid():N}");
        using var manager = await CandidatePagesData.ManagerAsync(app);
        var url = $"/manager/candidates/new?campaign={campaign}";

        using var response = await manager.SubmitAsync(url,
            [new("given_name", " Nia "), new("family_name", "Okafor"), new("email", "Nia.Okafor@Example.com"), new("channel", "NhsJobs"), new("applied_on", "2026-01-12")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var candidate = await db.Candidates.SingleAsync(c => c.CampaignId == campaign);
        Assert.Equal(("Nia", "Okafor", "nia.okafor@example.com", RecruitmentChannel.NhsJobs), (candidate.GivenName, candidate.FamilyName, candidate.Email, candidate.Channel));
        Assert.Equal($"/manager/candidates/detail/{candidate.Id}", response.Headers.Location!.OriginalString);
        var entry = await db.StageEvents.SingleAsync(e => e.CandidateId == candidate.Id);
        var managerId = await db.Users.Where(u => u.Email == "manager@demo.iucrecruit.test").Select(u => u.Id).SingleAsync();
        Assert.Equal((FunnelStage.Applied, new DateTime(2026, 1, 12, 0, 0, 0, DateTimeKind.Utc), "Added by hand", (Guid?)managerId),
            (entry.Stage, entry.OccurredUtc, entry.Reason, entry.ActorUserId));
    }

    [Fact]
    public async Task Every_problem_is_named_by_field_and_an_address_already_in_the_campaign_is_refused()
    {
        var campaign = await CandidatePagesData.CampaignAsync(app, $"By hand {Guid.NewGuid():N}");
        using var manager = await CandidatePagesData.ManagerAsync(app);
        var url = $"/manager/candidates/new?campaign={campaign}";
        (await manager.SubmitAsync(url, [new("given_name", "Al"), new("family_name", "Ames"), new("email", "al@example.com"), new("channel", "Agency"), new("applied_on", "2026-01-12")])).Dispose();

        using var bad = await manager.SubmitAsync(url,
            [new("given_name", ""), new("family_name", new string('x', 101)), new("email", "not-an-address"), new("channel", "Carrier pigeon"), new("applied_on", "2099-01-01")]);
        using var twice = await manager.SubmitAsync(url,
            [new("given_name", "Al"), new("family_name", "Ames"), new("email", "AL@example.com"), new("channel", "Agency"), new("applied_on", "2026-01-12")]);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("<a href=\"#given_name\">Enter a value</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#family_name\">Enter at most 100 characters</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#email\">Enter an email address, like name@example.com</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#channel\">Enter one of: ", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#applied_on\">A change cannot be dated in the future", html, StringComparison.Ordinal);
        Assert.Contains("Enter an address this campaign does not already have", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().Candidates.CountAsync(c => c.CampaignId == campaign));
    }
}
