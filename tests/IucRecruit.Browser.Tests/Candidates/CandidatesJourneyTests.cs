using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IucRecruit.Core.Time;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Demo;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Candidates;

/// <summary>A recruiting manager's day (issue 11 item 8): finds a candidate by searching, ticks three
/// applicants and moves them on together, with a reason, sees what happened to each, books one of them
/// a mock call, and the candidate receives the confirmation with its calendar file (read from the SMTP
/// server on loopback that the app sends to).</summary>
public sealed class CandidatesJourneyTests(CandidatesJourneyTests.ManagersDayApp app, BrowserSession browser)
    : IClassFixture<CandidatesJourneyTests.ManagersDayApp>, IClassFixture<BrowserSession>
{
    public sealed class ManagersDayApp : KestrelApp
    {
        protected override bool SendsMail => true;
    }

    [Fact]
    public async Task A_manager_finds_a_candidate_moves_three_to_the_shortlist_and_books_one_a_call_whose_invitation_reaches_them()
    {
        var day = await AssessmentDayAsync();
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await Calls.CallJourney.SignInAsync(context, Core.Identity.Roles.RecruitingManager);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoDataSeeder.CampaignName, Exact = true }).ClickAsync();

        var names = page.Locator("table tbody td:nth-child(2) a");
        await page.GetByLabel("Name or email address").FillAsync("SHAH");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("q=SHAH"));
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

        // Tom Hughes gets a mock call at 10:00 on the assessment day.
        await page.GotoAsync("/manager/assessment-days");
        await page.GetByRole(AriaRole.Link, new() { Name = day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) }).ClickAsync();
        await page.GetByLabel("Candidate", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tom Hughes" });
        await page.GetByLabel("Start time (UK time)").FillAsync("10:00");
        await page.GetByLabel("Slot length in minutes").FillAsync("30");
        await page.GetByLabel("Role-player").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Assessor", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the call" }).ClickAsync();
        await Assertions.Expect(page.Locator(".confirmation h2")).ToContainTextAsync("Mock call booked for");
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } booked)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(booked, "mock-call-booked.png"), FullPage = true });
            await page.GotoAsync("/manager/messages");
            await page.ScreenshotAsync(new() { Path = Path.Combine(booked, "message-wording.png"), FullPage = true });
        }

        var mail = Assert.Single(await app.Mail.WaitForAsync("tom.hughes@example.com", 1));
        Assert.StartsWith("Your mock call: ", mail.Subject, StringComparison.Ordinal);
        var ics = mail.Attachments.OfType<MimePart>().Single(a => a.FileName == "mock-call.ics");
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var calendar = Encoding.UTF8.GetString(content.ToArray());
        Assert.Contains($"DTSTART;TZID=Europe/London:{day:yyyyMMdd}T100000", calendar, StringComparison.Ordinal);
        Assert.Contains($"DTEND;TZID=Europe/London:{day:yyyyMMdd}T103000", calendar, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Mock call: " + DemoDataSeeder.CampaignName, calendar, StringComparison.Ordinal);
    }

    /// <summary>Tomorrow, in the demo campaign: the day the manager books into.</summary>
    private async Task<DateOnly> AssessmentDayAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var tomorrow = DateOnly.FromDateTime(UkTime.ToUk(app.Clock.GetUtcNow().UtcDateTime)).AddDays(1);
        db.AssessmentDays.Add(new AssessmentDay
        {
            Id = Guid.CreateVersion7(), CampaignId = app.Demo.Campaign.Id, Date = tomorrow, Location = "Training room",
            CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return tomorrow;
    }
}
