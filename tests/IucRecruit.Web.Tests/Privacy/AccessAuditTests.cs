using System.Net;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Privacy;

/// <summary>Each way of seeing a candidate's data leaves its own entry in the access audit (who,
/// what, when), and the administrators' page lists and filters them without offering any change.</summary>
public sealed class AccessAuditTests(LiveCallApp app) : IClassFixture<LiveCallApp>, IAsyncLifetime
{
    private Guid callId;
    private Guid candidateId;

    public async Task InitializeAsync()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 3);
        await call.RunShortCallAsync();
        (callId, candidateId) = (call.CallId, call.CandidateId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_access_path_is_recorded_with_who_what_and_when()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        using var assessor = await CallParticipants.StaffPageAsync(app, Roles.Assessor);
        var managerId = await CallParticipants.StaffIdAsync(app, Roles.RecruitingManager);
        var assessorId = await CallParticipants.StaffIdAsync(app, Roles.Assessor);
        var attemptId = await WithDbAsync(db => db.ListeningAttempts.Select(a => new { a.Id, a.CandidateId }).FirstAsync());
        var since = app.Clock.GetUtcNow().UtcDateTime;
        using var rolePlayer = await CallParticipants.StaffPageAsync(app, Roles.RolePlayer);
        var rolePlayerId = await CallParticipants.StaffIdAsync(app, Roles.RolePlayer);
        // The staff call pages show a call on a scenario of the library.
        var libraryCall = await WithDbAsync(async db =>
        {
            var scenario = app.Services.GetRequiredService<ScenarioLibrary>().Scenarios[0];
            return await MockCallSchedule.AddAsync(db, app.Demo.Campaign.Id, candidateId, rolePlayerId, assessorId,
                since.AddDays(1), scenario.Id, scenario.Version);
        });

        var visits = new (PageClient Client, string Url, AccessAction Action, Guid UserId, Guid Candidate, Guid? Call)[]
        {
            (manager, $"/manager/candidates/detail/{candidateId}", AccessAction.ViewedCandidate, managerId, candidateId, null),
            (manager, $"/manager/listening/details/{attemptId.Id}", AccessAction.ViewedListeningResult, managerId, attemptId.CandidateId, null),
            (manager, $"/privacy/candidates/{candidateId}", AccessAction.ViewedCandidate, managerId, candidateId, null),
            (manager, $"/recordings/{callId}", AccessAction.ViewedRecording, managerId, candidateId, callId),
            (manager, $"/recordings/{callId}?handler=Audio", AccessAction.ListenedToRecording, managerId, candidateId, callId),
            (manager, $"/recordings/{callId}?handler=Download", AccessAction.DownloadedRecording, managerId, candidateId, callId),
            (manager, $"/privacy/candidates/{candidateId}?handler=Export", AccessAction.ExportedData, managerId, candidateId, null),
            (assessor, $"/assessor/calls/{libraryCall}", AccessAction.ViewedCall, assessorId, candidateId, libraryCall),
            (rolePlayer, $"/role-player/calls/{libraryCall}", AccessAction.ViewedCall, rolePlayerId, candidateId, libraryCall),
            (assessor, $"/assessor/calls/{libraryCall}/score", AccessAction.ViewedAssessment, assessorId, candidateId, libraryCall),
            (manager, $"/manager/results/{libraryCall}", AccessAction.ViewedAssessment, managerId, candidateId, libraryCall),
        };
        // Earlier tests of this class may have looked at the same things: start a new view of each.
        app.Clock.Advance(AccessAudit.SameView);
        foreach (var visit in visits)
        {
            var before = await WithDbAsync(db => db.AccessAuditEntries.CountAsync());
            using var response = await visit.Client.GetAsync(visit.Url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{visit.Url}: {response.StatusCode} {response.Headers.Location}");
            await response.Content.ReadAsByteArrayAsync();
            // A look goes on: the page reloaded, or shown again after a form's redirect. (Each
            // download and export is a copy leaving the product, recorded every time.)
            if (visit.Action.IsLook())
            {
                using var again = await visit.Client.GetAsync(visit.Url);
                Assert.True(again.StatusCode == HttpStatusCode.OK, $"{visit.Url} again: {again.StatusCode}");
            }
            var added = await WithDbAsync(db => db.AccessAuditEntries.OrderBy(e => e.Sequence).Skip(before).ToListAsync());
            var entry = Assert.Single(added);
            Assert.Equal((visit.Action, visit.UserId, visit.Candidate, visit.Call), (entry.Action, entry.UserId, entry.CandidateId, entry.MockCallId));
            Assert.True(entry.AtUtc >= since, visit.Url);
            Assert.False(string.IsNullOrEmpty(entry.UserName));
            // Two pages of one candidate's record (the manager's and the data-protection one) within
            // the window are one look at it: the next visit comes later. Each person's page stays
            // open meanwhile, renewing its session (staff sessions end after 30 idle minutes).
            app.Clock.Advance(AccessAudit.SameView);
            foreach (var client in new[] { manager, assessor, rolePlayer })
            {
                using var keepAlive = await client.GetAsync("/account/keep-alive");
                Assert.Equal(HttpStatusCode.NoContent, keepAlive.StatusCode);
            }
        }
    }

    [Fact]
    public async Task The_admin_page_lists_and_filters_the_log_and_offers_no_way_to_change_it()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        (await manager.GetAsync($"/recordings/{callId}?handler=Audio")).Dispose();
        (await manager.GetAsync($"/manager/candidates/detail/{candidateId}")).Dispose();
        using var admin = await CallParticipants.StaffPageAsync(app, Roles.Admin);
        var managerId = await CallParticipants.StaffIdAsync(app, Roles.RecruitingManager);
        var candidateName = await WithDbAsync(db => db.Candidates.Where(c => c.Id == candidateId).Select(c => c.GivenName + " " + c.FamilyName).SingleAsync());

        var all = await admin.GetPageAsync("/admin/audit");
        var listens = await admin.GetPageAsync($"/admin/audit?candidate={candidateId}&user={managerId}&what=ListenedToRecording");
        var none = await admin.GetPageAsync("/admin/audit?from=2001-01-01&to=2001-01-31");

        Assert.Contains("Listened to the recording", all, StringComparison.Ordinal);
        Assert.Contains("Viewed the candidate&#x27;s record", all.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(candidateName, WebUtility.HtmlDecode(listens), StringComparison.Ordinal);
        Assert.Contains("Listened to the recording", listens, StringComparison.Ordinal);
        Assert.DoesNotContain("Viewed the candidate", listens.Split("<tbody>")[1], StringComparison.Ordinal);
        Assert.Contains("Nothing matches.", none, StringComparison.Ordinal);
        foreach (var page in new[] { all, listens, none }.Select(html => html.Split("<main")[1]))
        {
            Assert.DoesNotContain("method=\"post\"", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("__RequestVerificationToken", page, StringComparison.Ordinal);
        }
        using var post = await admin.Http.PostAsync(new Uri("/admin/audit", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode); // no handler takes a post
    }

    private async Task<T> WithDbAsync<T>(Func<RecruitmentDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>());
    }
}
