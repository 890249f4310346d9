using System.Text.RegularExpressions;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Candidates;

/// <summary>The candidate's record, with an app of its own: the moves it makes would change what the
/// manager's-day test counts.</summary>
public sealed class CandidateRecordJourneyTests(KestrelApp app, BrowserSession browser)
    : IClassFixture<KestrelApp>, IClassFixture<BrowserSession>
{
    /// <summary>The record's forms are sent to the page for what the manager is doing: a refused
    /// move shows that form again with the reason; a recorded one returns to the record.</summary>
    [Fact]
    public async Task A_refused_move_is_shown_on_its_own_form_and_a_recorded_one_back_on_the_record()
    {
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await Calls.CallJourney.SignInAsync(context, Core.Identity.Roles.RecruitingManager);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoDataSeeder.CampaignName, Exact = true }).ClickAsync();
        await page.GetByLabel("Name or email address").FillAsync("Owen Price");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Owen Price" }).ClickAsync();

        await page.GetByLabel("Stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Invited to assessment day" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("/manager/candidates/journey/"));
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Record Shortlisted first, or skip it with a reason");
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "candidate-move-refused.png"), FullPage = true });

        await page.GetByLabel("Stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Shortlisted" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("/manager/candidates/detail/"));
        await Assertions.Expect(page.Locator(".confirmation")).ToHaveTextAsync("Moved to Shortlisted.");
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } after)
            await page.ScreenshotAsync(new() { Path = Path.Combine(after, "candidate-record.png"), FullPage = true });
    }
}
