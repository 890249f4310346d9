using System.Text.RegularExpressions;
using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Time;
using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Data.MockCalls;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Calls;

/// <summary>
/// A whole mock call in three real browser contexts: the role-player rings, the candidate answers,
/// both speak (Chromium's fake microphones play recorded speech), the role-player plays a clip, the
/// candidate fills the call record while the assessor watches, and the candidate ends the call.
/// Then the recording must have two channels with sound, as long as the call.
/// </summary>
public sealed class MockCallJourneyTests(KestrelApp app, SpeakingBrowser speaking) : IClassFixture<KestrelApp>, IClassFixture<SpeakingBrowser>
{
    private const string ScenarioId = "back-pain-football";

    [Fact]
    public async Task Role_player_candidate_and_assessor_take_a_call_that_is_heard_and_recorded()
    {
        var browser = speaking.Browser;
        var (callId, invitation) = await BookCallAsync();

        await using var rolePlayerContext = await browser.NewContextAsync(app.Address);
        await using var candidateContext = await browser.NewContextAsync(app.Address);
        await using var assessorContext = await browser.NewContextAsync(app.Address);
        var rolePlayer = await SignInAsync(rolePlayerContext, Roles.RolePlayer);
        var assessor = await SignInAsync(assessorContext, Roles.Assessor);
        var candidate = await candidateContext.NewPageAsync();
        var candidateHears = new ReceivedAudio(candidate);
        var assessorHears = new ReceivedAudio(assessor);
        var rolePlayerHears = new ReceivedAudio(rolePlayer);

        await rolePlayer.GotoAsync($"/role-player/calls/{callId}");
        await rolePlayer.GetByRole(AriaRole.Button, new() { Name = "Start my microphone" }).ClickAsync();
        await Assertions.Expect(rolePlayer.Locator("[data-call-status]")).ToHaveTextAsync("Waiting for the candidate to join…");

        await candidate.GotoAsync($"/invite/{invitation}");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Continue to my assessment" }).ClickAsync();
        await candidate.GetByRole(AriaRole.Link, new() { Name = "Get ready for your call" }).ClickAsync();
        await candidate.GetByRole(AriaRole.Button, new() { Name = "I agree: continue" }).ClickAsync();
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Start my microphone" }).ClickAsync();
        await Assertions.Expect(candidate.Locator("#audio-status")).ToContainTextAsync("Your microphone is on.");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Join the call" }).ClickAsync();
        await Assertions.Expect(candidate.Locator("[data-call-status]")).ToHaveTextAsync("You have joined. Waiting for the caller to ring…");
        // Nothing to answer or end before the phone rings.
        await Assertions.Expect(candidate.Locator("#answer")).ToBeHiddenAsync();
        await Assertions.Expect(candidate.Locator("#end-call")).ToBeHiddenAsync();

        await assessor.GotoAsync($"/assessor/calls/{callId}");
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Start listening" }).ClickAsync();
        await Assertions.Expect(assessor.Locator("[data-call-status]")).ToHaveTextAsync("Waiting for the call to start…");

        await Assertions.Expect(rolePlayer.Locator("[data-present]")).ToHaveTextAsync("The candidate is connected.");
        await rolePlayer.GetByRole(AriaRole.Button, new() { Name = "Ring the candidate" }).ClickAsync();
        var answer = candidate.GetByRole(AriaRole.Button, new() { Name = "Answer the call" });
        await Assertions.Expect(answer).ToBeFocusedAsync();
        await answer.ClickAsync();
        await Assertions.Expect(candidate.Locator("[data-call-status]")).ToHaveTextAsync("You are on the call.");

        // Both voices reach the people who should hear them: measured energy, not message counts.
        await Task.WhenAll(
            candidateHears.HeardAsync("Caller", 50),
            rolePlayerHears.HeardAsync("Candidate", 50),
            assessorHears.HeardAsync("Caller", 50),
            assessorHears.HeardAsync("Candidate", 50));
        Assert.Equal(0, candidateHears.Audible("Candidate")); // nobody hears their own voice back
        Assert.Equal(0, rolePlayerHears.Audible("Caller"));

        await rolePlayer.Locator(".clip-list [data-clip]").First.ClickAsync();
        await Task.WhenAll(candidateHears.HeardAsync("Clip", 20), assessorHears.HeardAsync("Clip", 20));

        var firstField = candidate.Locator("[data-field]").First;
        var fieldId = await firstField.GetAttributeAsync("data-field");
        await firstField.FillAsync("Jamie Clarke");
        await Assertions.Expect(candidate.Locator($"[data-saved-for='{fieldId}']")).ToHaveTextAsync("Saved");
        await Assertions.Expect(assessor.Locator($"[data-record-value='{fieldId}']")).ToHaveTextAsync("Jamie Clarke");
        await Assertions.Expect(rolePlayer.Locator("[data-call-clock]")).Not.ToHaveTextAsync("0:00");

        await candidate.GetByRole(AriaRole.Button, new() { Name = "End the call" }).ClickAsync();
        await Assertions.Expect(rolePlayer.Locator("[data-call-status]")).ToContainTextAsync("The call has ended.");
        await Assertions.Expect(candidate.Locator("[data-call-status]")).ToContainTextAsync("The call has ended.");

        await AssertRecordingAsync(callId);
    }

    private async Task AssertRecordingAsync(Guid callId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var log = await db.MockCallEvents.Where(e => e.MockCallId == callId).OrderBy(e => e.Sequence).ToListAsync();
        var answered = log.Single(e => e.Type == "answered").AtUtc;
        var ended = log.Single(e => e.Type == "ended").AtUtc;
        var callLength = (ended - answered).TotalMilliseconds;
        Assert.Contains(log, e => e.Type == "clip-played");
        Assert.Contains(log, e => e.Type == "record-field");

        var recording = await db.CallRecordings.SingleAsync(r => r.MockCallId == callId);
        var path = Path.Combine(app.Services.GetRequiredService<CallSessionServices>().RecordingsFolder, recording.RelativePath);
        var (info, channels) = WavReader.ReadSamples(path);
        Assert.Equal((8000, 2), (info.SampleRate, info.Channels));
        Assert.InRange(info.Duration.TotalMilliseconds, callLength * 0.95, callLength * 1.05);
        Assert.True(Rms(channels[0]) > 300, $"the caller's channel is nearly silent (RMS {Rms(channels[0]):0})");
        Assert.True(Rms(channels[1]) > 300, $"the candidate's channel is nearly silent (RMS {Rms(channels[1]):0})");
    }

    private async Task<(Guid CallId, string Invitation)> BookCallAsync()
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
            day.Id, app.Demo.InvitedCandidate.Id, TimeOnly.FromDateTime(nowUk), TimeSpan.FromMinutes(30),
            await StaffIdAsync(db, Roles.RolePlayer), await StaffIdAsync(db, Roles.Assessor), null, Difficulty.Foundation, ScenarioId), bookedBy: null);
        Assert.Empty(booked.Problems);
        return (booked.Booked!.Call.Id, booked.Booked.InvitationToken);
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string role)
    {
        var page = await context.NewPageAsync();
        var account = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(RecruitmentApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(Roles.HomePath(role)) + "$"));
        return page;
    }

    private static async Task<Guid> StaffIdAsync(RecruitmentDbContext db, string role)
    {
        var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email;
        return (await db.Users.SingleAsync(u => u.UserName == email)).Id;
    }

    private static double Rms(short[] samples) => samples.Length == 0 ? 0 : Math.Sqrt(samples.Average(s => (double)s * s));
}
