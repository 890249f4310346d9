using System.Net;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Account;

public sealed class SignInTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private static readonly DemoAccount Manager = DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RecruitingManager);

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_plain_message()
    {
        using var client = app.CreatePageClient();
        using var response = await client.SubmitAsync("/account/sign-in", [new("Email", Manager.Email), new("Password", "Wrong-Password-1!")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email address or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var home = await client.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Empty_fields_are_named_in_the_error_summary()
    {
        using var client = app.CreatePageClient();
        using var response = await client.SubmitAsync("/account/sign-in", [new("Email", ""), new("Password", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Email\">Enter your email address</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Password\">Enter your password</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_safe_return_address_is_followed_and_a_foreign_one_is_not()
    {
        using var client = app.CreatePageClient();
        using (var local = await client.SubmitAsync("/account/sign-in?ReturnUrl=%2Fmanager",
                   [new("Email", Manager.Email), new("Password", RecruitmentApp.Password), new("ReturnUrl", "/manager")]))
        {
            Assert.Equal("/manager", local.Headers.Location?.OriginalString);
        }

        using var other = app.CreatePageClient();
        using var foreign = await other.SubmitAsync("/account/sign-in",
            [new("Email", Manager.Email), new("Password", RecruitmentApp.Password), new("ReturnUrl", "https://evil.example/")]);
        Assert.Equal("/", foreign.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_rejected()
    {
        using var client = app.CreatePageClient();
        using var content = new FormUrlEncodedContent([new("Email", Manager.Email), new("Password", RecruitmentApp.Password)]);
        using var response = await client.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = app.CreatePageClient();
        await client.SignInAsync(Manager.Email, RecruitmentApp.Password);
        using (var signedOut = await client.SubmitAsync("/manager", [], postUrl: "/account/sign-out"))
        {
            Assert.Equal("/", signedOut.Headers.Location?.OriginalString);
        }

        using var response = await client.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
