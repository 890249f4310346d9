using System.Net;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Invitations;

/// <summary>A candidate enters only through their own signed, single-use, expiring link, and
/// every way a link can fail leads to a plain page that says what to do.</summary>
public sealed class InvitationLinkTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task Opening_a_link_does_not_use_it_and_continuing_signs_the_candidate_in()
    {
        var token = await app.InviteAsync(app.Demo.InvitedCandidate.Id);
        using var client = app.CreatePageClient();

        var first = await client.GetPageAsync($"/invite/{token}");
        var second = await client.GetPageAsync($"/invite/{token}");
        Assert.Contains($"Hello {app.Demo.InvitedCandidate.GivenName}", first, StringComparison.Ordinal);
        Assert.Contains("Continue to my assessment", second, StringComparison.Ordinal);

        using (var redeemed = await client.SubmitAsync($"/invite/{token}", []))
        {
            Assert.Equal("/candidate", redeemed.Headers.Location?.OriginalString);
        }
        var home = await client.GetPageAsync("/candidate");
        Assert.Contains(app.Demo.Campaign.Name, home, StringComparison.Ordinal);
        Assert.Contains("3 of every 4 weekends", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_link_gives_a_clear_page_and_does_not_let_a_second_person_in()
    {
        var token = await app.InviteAsync(app.Demo.InvitedCandidate.Id);
        using var candidate = app.CreatePageClient();
        (await candidate.SubmitAsync($"/invite/{token}", [])).Dispose();

        using var someoneElse = app.CreatePageClient();
        using var again = await someoneElse.GetAsync($"/invite/{token}");

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("This invitation link has already been used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var area = await someoneElse.GetAsync("/candidate");
        Assert.Equal(HttpStatusCode.Redirect, area.StatusCode);
    }

    [Fact]
    public async Task An_expired_link_gives_a_clear_page()
    {
        var token = await app.InviteAsync(app.Demo.InvitedCandidate.Id, TimeSpan.FromHours(1));
        using var client = app.CreatePageClient();
        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        using var response = await client.GetAsync($"/invite/{token}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("This invitation link has expired", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/invite/new-link\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_link_gives_a_clear_page_not_an_error()
    {
        var token = await app.InviteAsync(app.Demo.InvitedCandidate.Id);
        var tampered = token[..20] + (token[20] == 'x' ? 'y' : 'x') + token[21..];
        using var client = app.CreatePageClient();

        using var response = await client.GetAsync($"/invite/{tampered}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We do not recognise this invitation link", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_cannot_stay_in_after_their_invitation_has_expired()
    {
        var token = await app.InviteAsync(app.Demo.InvitedCandidate.Id, TimeSpan.FromHours(3));
        using var client = app.CreatePageClient();
        (await client.SubmitAsync($"/invite/{token}", [])).Dispose();
        using (var during = await client.GetAsync("/candidate"))
        {
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromHours(3));

        using var after = await client.GetAsync("/candidate");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
