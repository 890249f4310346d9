using System.Text.RegularExpressions;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Candidates;

/// <summary>A recruiting manager finds a candidate by searching, then ticks three applicants and moves
/// them on together, with a reason, and sees what happened to each.</summary>
public sealed class CandidatesJourneyTests(KestrelApp app, BrowserSession browser)
    : IClassFixture<KestrelApp>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_manager_finds_a_candidate_by_search_and_moves_three_to_the_shortlist()
    {
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await Calls.CallJourney.SignInAsync(context, Core.Identity.Roles.RecruitingManager);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoDataSeeder.CampaignName, Exact = true }).ClickAsync();

        var names = page.Locator("table tbody td:nth-child(2) a");
        await page.GetByLabel("Name or email address").FillAsync("SHAH");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("q=SHAH"));
        await Assertions.Expect(names).ToHaveTextAsync(["Priya Shah"]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Clear" }).ClickAsync();
        await page.GetByLabel("Stage (in progress)").SelectOptionAsync(new SelectOptionValue { Label = "Applied" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        // Everyone but Sam Taylor, whom the demo has taken on to his mock call.
        await Assertions.Expect(names).ToHaveCountAsync(DemoDataSeeder.CandidateCount - 1);
        await Assertions.Expect(names.Filter(new() { HasText = "Sam Taylor" })).ToHaveCountAsync(0);
        foreach (var name in new[] { "Tom Hughes", "Grace Mensah", "Daniel O'Connor" })
            await page.GetByLabel($"Select {name}").CheckAsync();
        await page.GetByLabel("Action", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Move to a stage" });
        await page.GetByLabel("Stage (for a move)").SelectOptionAsync(new SelectOptionValue { Label = "Shortlisted" });
        await page.GetByLabel("Reason (for a move or a rejection)").FillAsync("Strong applications");
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "candidates.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();

        var report = page.Locator(".confirmation");
        await Assertions.Expect(report.GetByRole(AriaRole.Heading)).ToHaveTextAsync("3 of 3 candidates moved to Shortlisted");
        await Assertions.Expect(report.Locator("tbody tr td:first-child")).ToHaveTextAsync(["Tom Hughes", "Grace Mensah", "Daniel O'Connor"]);
        // Still filtered to Applied: the three have moved on out of it.
        await Assertions.Expect(names).ToHaveCountAsync(DemoDataSeeder.CandidateCount - 1 - 3);
        await Assertions.Expect(names.Filter(new() { HasText = "Tom Hughes" })).ToHaveCountAsync(0);
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } after)
            await page.ScreenshotAsync(new() { Path = Path.Combine(after, "candidates-after-bulk-move.png"), FullPage = true });
    }

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
        await page.WaitForURLAsync(new Regex("/manager/candidates/journey/"));
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Record Shortlisted first, or skip it with a reason");
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "candidate-move-refused.png"), FullPage = true });

        await page.GetByLabel("Stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Shortlisted" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/manager/candidates/detail/"));
        await Assertions.Expect(page.Locator(".confirmation")).ToHaveTextAsync("Moved to Shortlisted.");
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } after)
            await page.ScreenshotAsync(new() { Path = Path.Combine(after, "candidate-record.png"), FullPage = true });
    }
}
