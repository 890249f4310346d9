using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Time;
using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Calls;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Calls;

/// <summary>
/// What browser tests of a live call share: a call booked from now, and the role-player, candidate
/// and assessor each in their own browser context, signed in, brought to the moment the candidate
/// has answered. Pages exist before <see cref="ConnectAsync"/> so a test can listen to them first.
/// </summary>
internal sealed class CallJourney : IAsyncDisposable
{
    private readonly IBrowserContext[] contexts;

    private CallJourney(IBrowserContext[] contexts, IPage rolePlayer, IPage candidate, IPage assessor)
    {
        this.contexts = contexts;
        RolePlayer = rolePlayer;
        Candidate = candidate;
        Assessor = assessor;
    }

    public IPage RolePlayer { get; }
    public IPage Candidate { get; }
    public IPage Assessor { get; }

    public static async Task<CallJourney> OpenAsync(BrowserSession browser, Uri address)
    {
        var contexts = new[] { await browser.NewContextAsync(address), await browser.NewContextAsync(address), await browser.NewContextAsync(address) };
        return new CallJourney(contexts, await SignInAsync(contexts[0], Roles.RolePlayer), await contexts[1].NewPageAsync(),
            await SignInAsync(contexts[2], Roles.Assessor));
    }

    /// <summary>Books a call on <paramref name="scenarioId"/> from now, with the demo role-player and assessor.</summary>
    public static async Task<(Guid CallId, string Invitation)> BookCallAsync(KestrelApp app, Guid candidateId, string scenarioId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RecruitmentDbContext>();
        var nowUk = UkTime.ToUk(app.Clock.GetUtcNow().UtcDateTime);
        var day = new AssessmentDay
        {
            Id = Guid.CreateVersion7(), CampaignId = app.Demo.Campaign.Id, Date = DateOnly.FromDateTime(nowUk),
            Location = "Browser test", CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
        db.AssessmentDays.Add(day);
        await db.SaveChangesAsync();
        var booked = await services.GetRequiredService<MockCallBooking>().BookAsync(new MockCallBooking.Request(
            day.Id, candidateId, TimeOnly.FromDateTime(nowUk), TimeSpan.FromMinutes(30),
            await EndedCalls.StaffIdAsync(db, Roles.RolePlayer), await EndedCalls.StaffIdAsync(db, Roles.Assessor), null, Difficulty.Foundation, scenarioId),
            bookedBy: null);
        Assert.Empty(booked.Problems);
        return (booked.Booked!.Call.Id, booked.Booked.InvitationToken);
    }

    /// <summary>Everyone joins; the role-player rings and the candidate answers.</summary>
    public async Task ConnectAsync(Guid callId, string invitation)
    {
        await RolePlayer.GotoAsync($"/role-player/calls/{callId}");
        await RolePlayer.GetByRole(AriaRole.Button, new() { Name = "Start my microphone" }).ClickAsync();
        await Assertions.Expect(RolePlayer.Locator("[data-call-status]")).ToHaveTextAsync("Waiting for the candidate to join…");

        await Candidate.GotoAsync($"/invite/{invitation}");
        await Candidate.GetByRole(AriaRole.Button, new() { Name = "Continue to my assessment" }).ClickAsync();
        await Candidate.GetByRole(AriaRole.Link, new() { Name = "Get ready for your call" }).ClickAsync();
        await Candidate.GetByRole(AriaRole.Button, new() { Name = "I agree: continue" }).ClickAsync();
        await Candidate.GetByRole(AriaRole.Button, new() { Name = "Start my microphone" }).ClickAsync();
        await Assertions.Expect(Candidate.Locator("#audio-status")).ToContainTextAsync("Your microphone is on.");
        await Candidate.GetByRole(AriaRole.Button, new() { Name = "Join the call" }).ClickAsync();
        await Assertions.Expect(Candidate.Locator("[data-call-status]")).ToHaveTextAsync("You have joined. Waiting for the caller to ring…");
        // Nothing to answer or end before the phone rings.
        await Assertions.Expect(Candidate.Locator("#answer")).ToBeHiddenAsync();
        await Assertions.Expect(Candidate.Locator("#end-call")).ToBeHiddenAsync();

        await Assessor.GotoAsync($"/assessor/calls/{callId}");
        await Assessor.GetByRole(AriaRole.Button, new() { Name = "Start listening" }).ClickAsync();
        await Assertions.Expect(Assessor.Locator("[data-call-status]")).ToHaveTextAsync("Waiting for the call to start…");

        await Assertions.Expect(RolePlayer.Locator("[data-present]")).ToHaveTextAsync("The candidate is connected.");
        await RolePlayer.GetByRole(AriaRole.Button, new() { Name = "Ring the candidate" }).ClickAsync();
        var answer = Candidate.GetByRole(AriaRole.Button, new() { Name = "Answer the call" });
        await Assertions.Expect(answer).ToBeFocusedAsync();
        await answer.ClickAsync();
        await Assertions.Expect(Candidate.Locator("[data-call-status]")).ToHaveTextAsync("You are on the call.");
    }

    /// <summary>The candidate hangs up; everyone sees the call end.</summary>
    public async Task EndAsync()
    {
        await Candidate.GetByRole(AriaRole.Button, new() { Name = "End the call" }).ClickAsync();
        await Assertions.Expect(RolePlayer.Locator("[data-call-status]")).ToContainTextAsync("The call has ended.");
        await Assertions.Expect(Candidate.Locator("[data-call-status]")).ToContainTextAsync("The call has ended.");
    }

    public static async Task<IPage> SignInAsync(IBrowserContext context, string role)
    {
        var page = await context.NewPageAsync();
        var account = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(RecruitmentApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex(Regex.Escape(Roles.HomePath(role)) + "$"));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
    }
}
