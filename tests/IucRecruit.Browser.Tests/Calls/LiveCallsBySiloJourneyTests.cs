using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Calls;

/// <summary>An administrator goes from the admin home to the live calls by silo and finds a call
/// that someone has joined on the app's silo.</summary>
public sealed class LiveCallsBySiloJourneyTests(KestrelApp app, BrowserSession browser) : IClassFixture<KestrelApp>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_administrator_finds_a_live_call_on_its_silo()
    {
        var (callId, _) = await CallJourney.BookCallAsync(app, app.Demo.InvitedCandidate.Id, "back-pain-football");
        var rolePlayer = DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RolePlayer);
        var rolePlayerId = app.WithScope(s => s.GetRequiredService<Data.RecruitmentDbContext>().Users.Single(u => u.UserName == rolePlayer.Email).Id);
        var node = app.Services.GetRequiredService<CallNode>();
        Assert.Null((await node.JoinAsync(callId, "journey-role-player", new CallUser(rolePlayerId, null, "Role-player"))).Refusal);

        await using var context = await browser.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();
        var admin = DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.Admin);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(admin.Email);
        await page.GetByLabel("Password").FillAsync(RecruitmentApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("/admin$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Live calls by silo" }).ClickAsync();

        var silo = page.Locator("table").Filter(new() { HasText = "Active" });
        await Assertions.Expect(silo.Locator("caption")).ToContainTextAsync("1 live call");
        await Assertions.Expect(silo.Locator("tbody tr").First).ToContainTextAsync(callId.ToString());
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "live-calls-by-silo.png"), FullPage = true });
        await node.LeaveAsync("journey-role-player");
    }
}
