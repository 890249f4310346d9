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
    public async Task A_listen_in_byte_ranges_is_one_entry_per_view_and_a_later_view_another()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var managerId = await CallParticipants.StaffIdAsync(app, Roles.RecruitingManager);
        app.Clock.Advance(AccessAudit.SameView); // a view of its own, whatever other tests here listened to
        var start = app.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);

        using var audio = await manager.GetAsync($"/recordings/{callId}?handler=Audio");
        var whole = await audio.Content.ReadAsByteArrayAsync();
        // How a media player fetches it: the start, the end (for the length), then where it seeks to.
        var ranges = new[] { (0L, 1023L), (whole.Length - 1024L, whole.Length - 1L), (whole.Length / 2L, whole.Length / 2L + 4095L) };
        foreach (var (from, to) in ranges)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/recordings/{callId}?handler=Audio");
            request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(from, to);
            using var part = await manager.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
            Assert.Equal(whole[(int)from..(int)(to + 1)], await part.Content.ReadAsByteArrayAsync());
        }
        var sameView = await ListensAsync(managerId, start);
        app.Clock.Advance(AccessAudit.SameView + TimeSpan.FromSeconds(1));
        (await manager.GetAsync($"/recordings/{callId}?handler=Audio")).Dispose();
        var nextView = await ListensAsync(managerId, start);

        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.Equal("audio/wav", audio.Content.Headers.ContentType?.MediaType);
        Assert.True(whole.Length > 44 + 8000 * 4 / 2);
        Assert.Single(sameView);
        Assert.Equal(2, nextView.Count);
        Assert.Equal(sameView[0].Id, nextView[0].Id);
    }

    private async Task<List<AccessAuditEntry>> ListensAsync(Guid managerId, DateTime since)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        return await db.AccessAuditEntries.Where(a => a.MockCallId == callId && a.UserId == managerId &&
                                                      a.Action == AccessAction.ListenedToRecording && a.AtUtc > since)
            .OrderBy(a => a.Sequence).ToListAsync();
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
