using System.Net;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Hosting;

namespace IucRecruit.Web.Tests.Account;

/// <summary>A staff session ends after Security:IdleTimeout (30 minutes by default) with no request,
/// decided by the server on the product's clock; any request, or the page's keep-alive, starts the
/// time again. Pages tell the idle-session script the timeout and when to warn.</summary>
public sealed class IdleTimeoutTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_staff_session_ends_thirty_minutes_after_its_last_request_and_not_before()
    {
        using var client = app.CreatePageClient();
        await client.SignInAsync("assessor@demo.iucrecruit.test", RecruitmentApp.Password);

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/assessor")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(29)); // 58 minutes after signing in, 29 after the last request
        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync("/account/keep-alive")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/assessor")).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        using var ended = await client.GetAsync("/assessor");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/account/sign-in?ReturnUrl=", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var keepAlive = await client.GetAsync("/account/keep-alive");
        Assert.Equal(HttpStatusCode.Redirect, keepAlive.StatusCode);
    }

    [Fact]
    public async Task A_busy_staff_session_still_ends_twelve_hours_after_signing_in()
    {
        using var client = app.CreatePageClient();
        await client.SignInAsync("assessor@demo.iucrecruit.test", RecruitmentApp.Password);

        for (var busy = TimeSpan.Zero; busy < TimeSpan.FromMinutes(700); busy += TimeSpan.FromMinutes(20))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/assessor")).StatusCode);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(25)); // 12 h 5 min after signing in, 25 min after the last request

        using var ended = await client.GetAsync("/assessor");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/account/sign-in?ReturnUrl=", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await client.SignInAsync("assessor@demo.iucrecruit.test", RecruitmentApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/assessor")).StatusCode);
    }

    [Fact]
    public async Task The_timeout_is_a_setting_and_the_page_carries_it_for_the_warning()
    {
        await using var shorter = app.WithWebHostBuilder(b => b.UseSetting("Security:IdleTimeout", "00:05:00"));
        using var client = PageClient.For(shorter);
        await client.SignInAsync("roleplayer@demo.iucrecruit.test", RecruitmentApp.Password);

        var page = await client.GetPageAsync("/role-player");
        Assert.Contains("<meta name=\"iucrecruit-idle-timeout\" content=\"300\" data-warn-seconds=\"120\">", page, StringComparison.Ordinal);
        Assert.Contains("/js/idle-session.js", page, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/role-player")).StatusCode);
    }

    [Fact]
    public async Task A_candidates_sign_in_lasts_as_long_as_the_invitation_not_the_idle_timeout()
    {
        var token = await app.InviteAsync(app.Demo.InvitedCandidate.Id, TimeSpan.FromHours(3));
        using var candidate = app.CreatePageClient();
        (await candidate.SubmitAsync($"/invite/{token}", [])).Dispose();
        var home = await candidate.GetPageAsync("/candidate");
        Assert.DoesNotContain("iucrecruit-idle-timeout", home, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(45));
        Assert.Equal(HttpStatusCode.OK, (await candidate.GetAsync("/candidate")).StatusCode);
    }

    [Fact]
    public void An_idle_timeout_under_a_minute_stops_the_app_with_the_setting_named()
    {
        using var wrong = app.WithWebHostBuilder(b => b.UseSetting("Security:IdleTimeout", "00:00:20"));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => wrong.Services);
        Assert.Contains("Security:IdleTimeout must be at least a minute.", error.Message, StringComparison.Ordinal);
    }
}
