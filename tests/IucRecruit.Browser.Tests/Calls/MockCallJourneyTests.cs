using IucRecruit.Audio.Wav;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
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
        var (callId, invitation) = await CallJourney.BookCallAsync(app, app.Demo.InvitedCandidate.Id, ScenarioId);
        await using var journey = await CallJourney.OpenAsync(speaking.Browser, app.Address);
        var (rolePlayer, candidate, assessor) = (journey.RolePlayer, journey.Candidate, journey.Assessor);
        var candidateHears = new ReceivedAudio(candidate);
        var assessorHears = new ReceivedAudio(assessor);
        var rolePlayerHears = new ReceivedAudio(rolePlayer);

        await journey.ConnectAsync(callId, invitation);

        // During the call the controls and the call record come first, the checks made before it
        // out of the way, and the call clock runs (issue 14 item 4).
        await Assertions.Expect(candidate.Locator("#mic-heading")).ToBeHiddenAsync();
        await Assertions.Expect(candidate.Locator("#conditions-heading")).ToBeHiddenAsync();
        await Assertions.Expect(candidate.GetByRole(AriaRole.Button, new() { Name = "End the call" })).ToBeInViewportAsync();
        await Assertions.Expect(candidate.Locator("#record-heading")).ToBeInViewportAsync();
        await Assertions.Expect(candidate.Locator("[data-field]").First).ToBeInViewportAsync();
        var viewport = candidate.ViewportSize!;
        var heading = (await candidate.Locator("#record-heading").BoundingBoxAsync())!;
        Assert.True(heading.Y + heading.Height <= viewport.Height, $"the call record's heading ends {heading.Y + heading.Height} px down, below the {viewport.Height} px window");
        await Assertions.Expect(candidate.Locator("[data-call-clock]")).Not.ToHaveTextAsync("0:00");
        Assert.Equal("timer", await candidate.Locator("[data-call-clock]").GetAttributeAsync("role")); // not announced each second
        // The outcome is chosen among the library's dispositions, this scenario's among them.
        var outcome = candidate.GetByLabel("Outcome");
        Assert.Equal("select", await outcome.EvaluateAsync<string>("e => e.localName"));
        Assert.Contains("Emergency ambulance", await outcome.Locator("option").AllInnerTextsAsync());
        await outcome.SelectOptionAsync("Self-care");
        await Assertions.Expect(candidate.Locator("[data-saved-for='disposition']")).ToHaveTextAsync("Saved");
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } folder)
            await candidate.ScreenshotAsync(new() { Path = Path.Combine(folder, "candidate-call.png") });

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

        await journey.EndAsync();

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
        var path = Path.Combine(app.Services.GetRequiredService<RecordingStorage>().Folder, recording.RelativePath);
        var (info, channels) = WavReader.ReadSamples(path);
        Assert.Equal((8000, 2), (info.SampleRate, info.Channels));
        Assert.InRange(info.Duration.TotalMilliseconds, callLength * 0.95, callLength * 1.05);
        Assert.True(SignalLevel.Rms(channels[0]) > 300, $"the caller's channel is nearly silent (RMS {SignalLevel.Rms(channels[0]):0})");
        Assert.True(SignalLevel.Rms(channels[1]) > 300, $"the candidate's channel is nearly silent (RMS {SignalLevel.Rms(channels[1]):0})");
    }
}
