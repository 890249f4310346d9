using System.Net;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Recordings;

public sealed class RecordingReviewTests(LiveCallApp app) : IClassFixture<LiveCallApp>, IAsyncLifetime
{
    private Guid callId;

    public async Task InitializeAsync()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 6);
        await call.RunShortCallAsync();
        callId = call.CallId;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_manager_sees_both_waveforms_and_the_timeline_on_the_call_clock()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);

        var html = await manager.GetPageAsync($"/recordings/{callId}");

        Assert.Equal(2, CountOf(html, "class=\"waveform__signal\""));
        Assert.Contains("aria-label=\"Waveform of the caller's channel", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Waveform of the candidate's channel", html, StringComparison.Ordinal);
        Assert.Contains("The candidate answered", html, StringComparison.Ordinal);
        Assert.Contains("Call record: postcode = “LS1 4AP”", html, StringComparison.Ordinal);
        Assert.Contains("Clip played: Patient coughs", html, StringComparison.Ordinal);
        Assert.Contains("Call ended by the candidate", html, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(html, "data-seek-ms="));
    }

    [Fact]
    public async Task Every_listen_is_logged_with_who_and_when()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var managerId = await CallParticipants.StaffIdAsync(app, Roles.RecruitingManager);

        using var audio = await manager.GetAsync($"/recordings/{callId}?handler=Audio");
        using var again = await manager.GetAsync($"/recordings/{callId}?handler=Audio");

        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.Equal("audio/wav", audio.Content.Headers.ContentType?.MediaType);
        Assert.True((await audio.Content.ReadAsByteArrayAsync()).Length > 44 + 8000 * 4 / 2);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var listens = await db.AccessAuditEntries
            .Where(a => a.MockCallId == callId && a.UserId == managerId && a.Action == AccessAction.ListenedToRecording).ToListAsync();
        Assert.Equal(2, listens.Count);
    }

    [Fact]
    public async Task An_assessor_hears_only_calls_they_assessed()
    {
        using var assigned = await CallParticipants.StaffPageAsync(app, Roles.Assessor);
        var stranger = await app.AddStaffAsync($"assessor-{Guid.NewGuid():N}@demo.iucrecruit.test", Roles.Assessor);
        using var other = app.CreatePageClient();
        await other.SignInAsync(stranger.Email!, RecruitmentApp.Password);

        using var allowed = await assigned.GetAsync($"/recordings/{callId}?handler=Audio");
        using var refused = await other.GetAsync($"/recordings/{callId}?handler=Audio");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("/account/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.True(app.Logs.Contains($"Refused user {stranger.Id} the recording of call {callId}"));
    }

    [Fact]
    public async Task Role_players_and_candidates_cannot_reach_recordings()
    {
        using var rolePlayer = await CallParticipants.StaffPageAsync(app, Roles.RolePlayer);
        using var candidate = await CallParticipants.CandidatePageAsync(app, await CallParticipants.CandidateAsync(app, 6));

        foreach (var client in new[] { rolePlayer, candidate })
        {
            using var response = await client.GetAsync($"/recordings/{callId}?handler=Audio");
            Assert.Equal("/account/access-denied", response.Headers.Location?.AbsolutePath);
        }
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
