using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.SignIn;

/// <summary>A member of each role signs in through the real page in real Chromium and lands on their
/// role's home; a candidate opens an invitation link and lands on theirs.</summary>
public sealed class SignInJourneyTests : IClassFixture<KestrelApp>, IClassFixture<BrowserSession>
{
    private readonly KestrelApp app;
    private readonly BrowserSession browser;

    public SignInJourneyTests(KestrelApp app, BrowserSession browser)
    {
        this.app = app;
        this.browser = browser;
    }

    public static TheoryData<string, string> StaffHomes => new()
    {
        { Roles.Admin, "Administration" },
        { Roles.RecruitingManager, "Recruitment" },
        { Roles.Assessor, "Your assessments" },
        { Roles.RolePlayer, "Your role-play calls" },
    };

    [Theory]
    [MemberData(nameof(StaffHomes))]
    public async Task Staff_sign_in_and_land_on_their_roles_home(string role, string heading)
    {
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();
        var account = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(RecruitmentApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForArrivalAsync(new Regex(Regex.Escape(Roles.HomePath(role)) + "$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Assertions.Expect(page.GetByText($"Signed in as {account.DisplayName}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_candidate_opens_their_invitation_link_and_sees_the_job_conditions()
    {
        var token = await app.InviteAsync(app.Demo.InvitedCandidate.Id);
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/invite/{token}");
        await Assertions.Expect(page.GetByText($"Hello {app.Demo.InvitedCandidate.GivenName}.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my assessment" }).ClickAsync();

        await page.WaitForArrivalAsync(new Regex("/candidate$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync($"Hello {app.Demo.InvitedCandidate.GivenName}");
        await Assertions.Expect(page.GetByText("3 of every 4 weekends", new() { Exact = false })).ToBeVisibleAsync();

        // The link is now spent: opening it again, even in the same browser, says so.
        await page.GotoAsync($"/invite/{token}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("This invitation link has already been used");
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_the_sign_in_form_through_the_skip_link()
    {
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
    }
}
