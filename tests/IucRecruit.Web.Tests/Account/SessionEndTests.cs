using System.Net;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IucRecruit.Web.Tests.Account;

/// <summary>
/// A session ends when it should, for every copy of its cookie: a cookie captured before sign-out,
/// deactivation or a role change no longer opens what it opened (it used to, for up to 10 hours).
/// </summary>
public sealed class SessionEndTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_cookie_captured_before_sign_out_no_longer_opens_the_manager_area()
    {
        var (page, captured) = await SignedInAsync(Roles.RecruitingManager);
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(captured, "/manager"));

        (await page.SubmitAsync("/account/sign-out", [])).Dispose();

        Assert.Equal(HttpStatusCode.Redirect, await StatusWithAsync(captured, "/manager"));
    }

    [Fact]
    public async Task Deactivation_ends_the_persons_sessions_and_refuses_sign_in_until_reactivated()
    {
        var email = $"leaver-{Guid.NewGuid():N}@demo.iucrecruit.test";
        var leaver = await app.AddStaffAsync(email, Roles.RecruitingManager);
        using var page = app.CreatePageClient();
        await page.SignInAsync(email, RecruitmentApp.Password);
        var captured = page.CookieHeader();
        using var admin = await AdminAsync();

        using (var deactivated = await admin.SubmitAsync($"/admin/staff/edit/{leaver.Id}", [], $"/admin/staff/edit/{leaver.Id}?handler=Deactivate"))
            Assert.Contains("Deactivated: cannot sign in", await deactivated.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, await StatusWithAsync(captured, "/manager"));
        using var again = app.CreatePageClient();
        await again.SignInAsync(email, RecruitmentApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/manager")).StatusCode);

        (await admin.SubmitAsync($"/admin/staff/edit/{leaver.Id}", [], $"/admin/staff/edit/{leaver.Id}?handler=Reactivate")).Dispose();
        using var back = app.CreatePageClient();
        await back.SignInAsync(email, RecruitmentApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/manager")).StatusCode);
    }

    [Fact]
    public async Task A_role_taken_away_stops_working_at_the_next_request()
    {
        var email = $"mover-{Guid.NewGuid():N}@demo.iucrecruit.test";
        var mover = await app.AddStaffAsync(email, Roles.RecruitingManager, Roles.Assessor);
        using var page = app.CreatePageClient();
        await page.SignInAsync(email, RecruitmentApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/manager")).StatusCode);
        using var admin = await AdminAsync();

        (await admin.SubmitAsync($"/admin/staff/edit/{mover.Id}", [new("selectedRoles", Roles.Assessor)], $"/admin/staff/edit/{mover.Id}?handler=Roles")).Dispose();

        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/manager")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themselves()
    {
        var email = $"admin-{Guid.NewGuid():N}@demo.iucrecruit.test";
        var self = await app.AddStaffAsync(email, Roles.Admin);
        using var page = app.CreatePageClient();
        await page.SignInAsync(email, RecruitmentApp.Password);

        using var refused = await page.SubmitAsync($"/admin/staff/edit/{self.Id}", [], $"/admin/staff/edit/{self.Id}?handler=Deactivate");

        Assert.Contains("You cannot deactivate your own account", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/admin")).StatusCode);
    }

    private async Task<(PageClient Page, string Cookie)> SignedInAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@demo.iucrecruit.test";
        await app.AddStaffAsync(email, role);
        var page = app.CreatePageClient();
        await page.SignInAsync(email, RecruitmentApp.Password);
        return (page, page.CookieHeader());
    }

    private async Task<PageClient> AdminAsync()
    {
        var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);
        return admin;
    }

    /// <summary>A request from "someone else" who holds a copy of the cookie.</summary>
    private async Task<HttpStatusCode> StatusWithAsync(string cookie, string url)
    {
        using var other = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        using var response = await other.SendAsync(request);
        return response.StatusCode;
    }
}
