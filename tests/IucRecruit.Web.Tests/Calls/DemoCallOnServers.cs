using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Scenarios;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>A call booked on the demo data of servers run as processes of their own
/// (<see cref="ServerProcess"/>), and its people signed in to them.</summary>
internal static class DemoCallOnServers
{
    private const string ScenarioId = "back-pain-football";

    /// <summary>Nodes of one Orleans cluster on <paramref name="database"/> (PostgreSQL), not yet
    /// started; the first seeds the demo organisation. Recordings go to one store they all share.</summary>
    public static List<ServerProcess> ClusterNodes(TestDatabase database, int count)
    {
        var cluster = $"cluster-{Guid.NewGuid():N}";
        return Enumerable.Range(0, count).Select(n => new ServerProcess(database.Options.DataFolder, new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["Database__ConnectionString"] = database.Options.ConnectionString!,
            ["Calls__RecordingsFolder"] = Path.Combine(database.Options.DataFolder, "recordings"),
            ["Cluster__Enabled"] = "true",
            ["Cluster__SiloPort"] = ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__ClusterId"] = cluster,
            ["Demo__Enabled"] = n == 0 ? "true" : "false",
        })).ToList();
    }

    public static async Task<(Guid CallId, string[] Fields, string ClipId, string Invitation)> BookAsync(TestDatabase database)
    {
        var library = new ScenarioLibraryOptions { Folder = RepositoryRoot.Combine("scenarios") }.Load();
        var scenario = (Core.Scenarios.Scenario)library.Find(ScenarioId)!;
        await using var db = database.CreateContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Name == DemoDataSeeder.CampaignName);
        var candidate = await db.Candidates.Where(c => c.CampaignId == campaign.Id).OrderBy(c => c.Id).FirstAsync();
        var callId = await MockCallSchedule.AddAsync(db, campaign.Id, candidate.Id, await StaffIdAsync(db, Roles.RolePlayer),
            await StaffIdAsync(db, Roles.Assessor), DateTime.UtcNow, scenario.Id, scenario.Version);
        return (callId, scenario.CallRecord.Select(f => f.Id).ToArray(), scenario.Clips[0].Id, await SharedDatabase.InviteAsync(database.Options, candidate.Id, TimeSpan.FromHours(2)));
    }

    public static async Task<PageClient> CandidatePageAsync(Uri server, string invitation)
    {
        var page = PageClient.For(server);
        using var response = await page.SubmitAsync($"/invite/{invitation}", []);
        Assert.Equal("/candidate", response.Headers.Location?.OriginalString);
        return page;
    }

    public static async Task<PageClient> StaffPageAsync(Uri server, string role)
    {
        var page = PageClient.For(server);
        Assert.Equal("/", await page.SignInAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email, DemoDataSeeder.DefaultPassword));
        return page;
    }

    /// <summary>All three join, the role-player rings, the candidate answers and fills the first
    /// field of the call record with "Jamie Clarke": where both server tests start from.</summary>
    public static async Task AnswerAsync(Guid callId, string firstField, CallClient candidate, CallClient rolePlayer, CallClient assessor)
    {
        await candidate.JoinAsync(callId);
        await rolePlayer.JoinAsync(callId);
        await assessor.JoinAsync(callId);
        await rolePlayer.InvokeAsync("Ring");
        await candidate.InvokeAsync("Answer");
        await candidate.InvokeAsync("UpdateRecordField", firstField, "Jamie Clarke");
    }

    /// <summary>The call's log in order, after checking that no entry is missing from it.</summary>
    public static async Task<List<MockCallEvent>> CompleteLogAsync(TestDatabase database, Guid callId)
    {
        await using var db = database.CreateContext();
        var log = await db.MockCallEvents.Where(e => e.MockCallId == callId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        return log;
    }

    private static async Task<Guid> StaffIdAsync(RecruitmentDbContext db, string role)
    {
        var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email;
        return (await db.Users.SingleAsync(u => u.UserName == email)).Id;
    }

    public static async Task<string> RecordingPathAsync(TestDatabase database, Guid callId)
    {
        await using var db = database.CreateContext();
        var recording = await db.CallRecordings.SingleAsync(r => r.MockCallId == callId);
        return Path.Combine(database.Options.DataFolder, "recordings", recording.RelativePath);
    }

    public static async Task<long> CallMsNowAsync(TestDatabase database, Guid callId)
    {
        await using var db = database.CreateContext();
        var answered = await db.MockCallEvents.Where(e => e.MockCallId == callId && e.Type == "answered").Select(e => e.AtUtc).SingleAsync();
        return (long)(DateTime.UtcNow - answered).TotalMilliseconds;
    }
}
