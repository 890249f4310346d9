using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using IucRecruit.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IucRecruit.Audio.Telephony;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>A scheduled call and its three people, each signed in with their own cookies and
/// connected to the hub.</summary>
internal sealed record CallParticipants(Guid CallId, Guid CandidateId, CallClient Candidate, CallClient RolePlayer, CallClient Assessor) : IAsyncDisposable
{
    public static async Task<CallParticipants> ScheduleAndConnectAsync(RecruitmentApp app, int candidateIndex, DateTime? slotStartUtc = null)
    {
        var candidateId = await CandidateAsync(app, candidateIndex);
        var callId = await MockCallSchedule.AddAsync(app, candidateId,
            await StaffIdAsync(app, Roles.RolePlayer), await StaffIdAsync(app, Roles.Assessor), slotStartUtc);
        return new CallParticipants(callId, candidateId,
            await CallClient.ConnectAsync(app, await CandidatePageAsync(app, candidateId)),
            await CallClient.ConnectAsync(app, await StaffPageAsync(app, Roles.RolePlayer)),
            await CallClient.ConnectAsync(app, await StaffPageAsync(app, Roles.Assessor)));
    }

    /// <summary>A short complete call: rung, answered, a second of both voices, a clip, a record
    /// field, ended by the candidate.</summary>
    public async Task RunShortCallAsync()
    {
        await JoinAllAsync();
        await RolePlayer.InvokeAsync("Ring");
        await Candidate.InvokeAsync("Answer");
        await Task.WhenAll(
            RolePlayer.StreamAudioAsync(Tone(440, 50), TimeSpan.FromMilliseconds(20)),
            Candidate.StreamAudioAsync(Tone(660, 50), TimeSpan.FromMilliseconds(20)));
        await Candidate.InvokeAsync("UpdateRecordField", "postcode", "LS1 4AP");
        await RolePlayer.InvokeAsync("PlayClip", TestCallScenarios.ClipId);
        await Candidate.ReceiveAudioAsync("Clip", 25);
        await Candidate.InvokeAsync("EndCall");
        await Assessor.NextEventAsync("ended");
    }

    public async Task JoinAllAsync()
    {
        await Candidate.JoinAsync(CallId);
        await RolePlayer.JoinAsync(CallId);
        await Assessor.JoinAsync(CallId);
    }

    public static async Task<Guid> CandidateAsync(RecruitmentApp app, int index)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        // One of the demo campaign's seeded candidates (the first made; tests add theirs later), taken
        // by email: ids made in the same millisecond sort at random, and a test that picked a different
        // candidate on each run would fail only now and then.
        var seeded = await db.Candidates.Where(c => c.CampaignId == app.Demo.Campaign.Id).OrderBy(c => c.Id)
            .Take(DemoDataSeeder.CandidateCount).Select(c => new { c.Id, c.Email }).ToListAsync();
        return seeded.OrderBy(c => c.Email, StringComparer.Ordinal).ElementAt(index).Id;
    }

    public static async Task<Guid> StaffIdAsync(RecruitmentApp app, string role)
    {
        var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        return (await db.Users.SingleAsync(u => u.UserName == email)).Id;
    }

    public static async Task<PageClient> StaffPageAsync(RecruitmentApp app, string role)
    {
        var page = app.CreatePageClient();
        await page.SignInAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email, RecruitmentApp.Password);
        return page;
    }

    public static async Task<PageClient> CandidatePageAsync(RecruitmentApp app, Guid candidateId)
    {
        var page = app.CreatePageClient();
        (await page.SubmitAsync($"/invite/{await app.InviteAsync(candidateId)}", [])).Dispose();
        return page;
    }

    /// <summary>20 ms μ-law frames of a steady tone: audible, and easy to tell from silence.</summary>
    public static IEnumerable<byte[]> Tone(double hertz, int frames) => Enumerable.Range(0, frames).Select(f =>
    {
        var frame = new byte[160];
        for (var i = 0; i < 160; i++)
            frame[i] = MuLaw.Encode((short)(6000 * Math.Sin(2 * Math.PI * hertz * (f * 160 + i) / 8000.0)));
        return frame;
    });

    public async ValueTask DisposeAsync()
    {
        await Candidate.DisposeAsync();
        await RolePlayer.DisposeAsync();
        await Assessor.DisposeAsync();
    }
}
