using System.IO.Compression;
using System.Net;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Privacy;

/// <summary>The data protection pages end to end: the subject access download, erasure with its
/// confirmation step, the administrators' record of erasures and purges, and a declined recording
/// brought to the manager's attention.</summary>
public sealed class PrivacyPagesTests(LiveCallApp app) : IClassFixture<LiveCallApp>
{
    [Fact]
    public async Task A_manager_downloads_everything_held_about_a_candidate_as_one_zip()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 2);
        await call.RunShortCallAsync();
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);

        var page = await manager.GetPageAsync($"/privacy/candidates/{call.CandidateId}");
        using var download = await manager.GetAsync($"/privacy/candidates/{call.CandidateId}?handler=Export");

        Assert.Contains("It holds 1 recording", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("iucrecruit-subject-access-", download.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var wav = zip.Entries.Single(e => e.Name == "recording.wav");
        Assert.Equal(await File.ReadAllBytesAsync(await RecordingPathAsync(call.CallId)), Read(wav));
        using var events = new StreamReader(zip.Entries.Single(e => e.Name == "events.json").Open());
        Assert.Contains("LS1 4AP", await events.ReadToEndAsync(), StringComparison.Ordinal);
        Assert.NotNull(zip.GetEntry("README.txt"));
    }

    [Fact]
    public async Task Erasure_asks_for_a_reason_and_a_confirmation_then_removes_the_candidate_and_signs_them_out()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 5);
        await call.RunShortCallAsync();
        var recording = await RecordingPathAsync(call.CallId);
        using var candidate = await CallParticipants.CandidatePageAsync(app, call.CandidateId);
        var unusedLink = await app.InviteAsync(call.CandidateId);
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var erasePage = $"/privacy/candidates/{call.CandidateId}/erase";

        var unconfirmed = await manager.SubmitAsync(erasePage, [new("Reason", "Request 17 by email")]);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Confirm that you understand the erasure cannot be undone", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(File.Exists(recording));

        using var erased = await manager.SubmitAsync(erasePage, [new("Reason", "Request 17 by email"), new("Confirmed", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var after = await manager.GetPageAsync(erased.Headers.Location!.OriginalString);
        Assert.Contains("Erased. ", after, StringComparison.Ordinal);
        Assert.Contains("Call recordings deleted: 1", after, StringComparison.Ordinal);
        Assert.Contains("Data protection: Erased candidate", after, StringComparison.Ordinal);
        Assert.False(File.Exists(recording));

        // The candidate's sign-in ends at the next check of their account, and their links are dead.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        using (var home = await candidate.GetAsync("/candidate"))
            Assert.StartsWith("/account/sign-in", home.Headers.Location?.AbsolutePath ?? home.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using (var link = await app.CreatePageClient().GetAsync($"/invite/{unusedLink}"))
            Assert.NotEqual(HttpStatusCode.OK, link.StatusCode);

        using var admin = await CallParticipants.StaffPageAsync(app, Roles.Admin);
        var retention = await admin.GetPageAsync("/admin/data-retention");
        Assert.Contains("Erasure on request: Request 17 by email", retention, StringComparison.Ordinal);
        Assert.Contains(call.CandidateId.ToString(), retention, StringComparison.Ordinal);
        var log = await admin.GetPageAsync($"/admin/audit?candidate={call.CandidateId}&what=ErasedData");
        Assert.Contains("Erased the candidate&#x27;s personal data", log.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retention_page_shows_the_periods_and_what_the_next_purge_would_remove_without_removing_it()
    {
        using var admin = await CallParticipants.StaffPageAsync(app, Roles.Admin);
        var before = await CountAsync(db => db.Candidates.CountAsync(c => c.IdentityErasedUtc == null));

        var page = await admin.GetPageAsync("/admin/data-retention");
        var preview = await admin.GetPageAsync("/admin/data-retention?preview=true");

        Assert.Contains("6 months after their application ended", page, StringComparison.Ordinal);
        Assert.Contains("Not scheduled on this server", page, StringComparison.Ordinal);
        Assert.Matches("Today the purge would remove the assessment of [0-9]+ and the identity of [1-9][0-9]* candidates", preview);
        Assert.Equal(before, await CountAsync(db => db.Candidates.CountAsync(c => c.IdentityErasedUtc == null)));
    }

    [Fact]
    public async Task A_declined_recording_is_shown_on_the_managers_home_page_and_nothing_is_recorded()
    {
        var candidateId = await CallParticipants.CandidateAsync(app, 6);
        var scenario = app.Services.GetRequiredService<ScenarioLibrary>().Scenarios[0];
        var callId = await CountAsync(db => MockCallSchedule.AddAsync(db, app.Demo.Campaign.Id, candidateId,
            CallParticipants.StaffIdAsync(app, Roles.RolePlayer).Result, CallParticipants.StaffIdAsync(app, Roles.Assessor).Result,
            DateTime.UtcNow, scenario.Id, scenario.Version, recordingConsent: false));
        using var candidate = await CallParticipants.CandidatePageAsync(app, candidateId);
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var name = await CountAsync(db => db.Candidates.Where(c => c.Id == candidateId).Select(c => c.GivenName + " " + c.FamilyName).SingleAsync());
        Assert.DoesNotContain("Candidates who declined the recording", await manager.GetPageAsync("/manager"), StringComparison.Ordinal);

        (await candidate.SubmitAsync($"/candidate/calls/{callId}", [new("agree", "false")], postUrl: $"/candidate/calls/{callId}?handler=Consent")).Dispose();

        // Names are HTML-encoded on the page (O'Connor becomes O&#x27;Connor), so compare decoded text.
        var home = WebUtility.HtmlDecode(await manager.GetPageAsync("/manager"));
        Assert.Contains("Candidates who declined the recording", home, StringComparison.Ordinal);
        var declined = home[home.IndexOf("Candidates who declined the recording", StringComparison.Ordinal)..];
        Assert.Contains(name, declined[..declined.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
        await using (var hub = await CallClient.ConnectAsync(app, candidate))
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => hub.JoinAsync(callId));
            Assert.Contains("Agree to the recording before the call.", refused.Message, StringComparison.Ordinal);
        }
        Assert.False(await CountAsync(db => db.CallRecordings.AnyAsync(r => r.MockCallId == callId)));

        (await candidate.SubmitAsync($"/candidate/calls/{callId}", [new("agree", "true")], postUrl: $"/candidate/calls/{callId}?handler=Consent")).Dispose();
        Assert.DoesNotContain(name, WebUtility.HtmlDecode(await manager.GetPageAsync("/manager")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_finds_the_candidate_a_request_is_about_by_name_or_email()
    {
        using var admin = await CallParticipants.StaffPageAsync(app, Roles.Admin);
        // A candidate of this test's own: another test here erases a demo candidate picked by index.
        var surname = $"Quill{Guid.NewGuid():N}"[..12];
        var candidateId = await EndedCalls.NewCandidateAsync(app, atListening: false);
        var candidate = await CountAsync(async db =>
        {
            var added = await db.Candidates.SingleAsync(c => c.Id == candidateId);
            (added.GivenName, added.FamilyName, added.Email) = ("Ottoline", surname, $"ottoline.{surname.ToLowerInvariant()}@example.com");
            await db.SaveChangesAsync();
            return added;
        });

        var byEmail = await admin.GetPageAsync($"/privacy?q=OTTOLINE.{surname.ToUpperInvariant()}@");
        var byName = await admin.GetPageAsync($"/privacy?q=ottoline%20{surname[..7]}");
        var nobody = await admin.GetPageAsync("/privacy?q=no-such-person");

        Assert.Contains($"href=\"/privacy/candidates/{candidate.Id}\"", byEmail, StringComparison.Ordinal);
        Assert.Contains($"href=\"/privacy/candidates/{candidate.Id}\"", byName, StringComparison.Ordinal);
        Assert.Contains("No candidate matches", nobody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_needs_three_characters_besides_wildcards_and_each_search_is_audited()
    {
        using var admin = await CallParticipants.StaffPageAsync(app, Roles.Admin);
        var adminId = await CallParticipants.StaffIdAsync(app, Roles.Admin);
        var before = await CountAsync(db => db.AccessAuditEntries.CountAsync(e => e.Action == AccessAction.SearchedCandidates));

        foreach (var tooShort in new[] { "__", "%25%25%25", "a_%25_b", "+++ab+++", "*?\\" })
        {
            var html = await admin.GetPageAsync($"/privacy?q={tooShort}");
            Assert.Contains("Enter at least 3 letters or digits", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<tbody>", html, StringComparison.Ordinal);
        }
        Assert.Equal(before, await CountAsync(db => db.AccessAuditEntries.CountAsync(e => e.Action == AccessAction.SearchedCandidates)));

        var found = await admin.GetPageAsync("/privacy?q=%20%20ottoline%20%20%09quill_%20");
        var searches = await CountAsync(db => db.AccessAuditEntries
            .Where(e => e.Action == AccessAction.SearchedCandidates).OrderBy(e => e.Sequence).Skip(before).ToListAsync());

        Assert.DoesNotContain("Enter at least", found, StringComparison.Ordinal);
        var search = Assert.Single(searches);
        Assert.Equal((adminId, "ottoline quill", (Guid?)null), (search.UserId!.Value, search.Detail, search.CandidateId));
    }

    private async Task<string> RecordingPathAsync(Guid callId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var recording = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().CallRecordings.SingleAsync(r => r.MockCallId == callId);
        return scope.ServiceProvider.GetRequiredService<RecordingStorage>().PathOf(recording);
    }

    private async Task<T> CountAsync<T>(Func<RecruitmentDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>());
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
