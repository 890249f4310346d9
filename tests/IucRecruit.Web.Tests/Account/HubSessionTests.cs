using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Testing;
using IucRecruit.Web.Security;
using IucRecruit.Web.Tests.Calls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Account;

/// <summary>A deactivated member of staff loses their live call at once: their hub connection is
/// closed by the node it is on and the call sees them leave; reactivated, they sign in and join
/// again (docs/decisions/0066).</summary>
public sealed class HubSessionTests(LiveCallApp app) : IClassFixture<LiveCallApp>
{
    [Fact]
    public async Task Deactivation_closes_the_persons_live_call_connection_and_reactivation_lets_them_join_again()
    {
        var email = $"leaving.role.player-{Guid.NewGuid():N}@demo.iucrecruit.test";
        var leaver = await app.AddStaffAsync(email, Roles.RolePlayer);
        var callId = await MockCallSchedule.AddAsync(app, await CallParticipants.CandidateAsync(app, 5), leaver.Id,
            await CallParticipants.StaffIdAsync(app, Roles.Assessor));
        using var page = app.CreatePageClient();
        await page.SignInAsync(email, RecruitmentApp.Password);
        await using var rolePlayer = await CallClient.ConnectAsync(app, page);
        await using var assessor = await CallClient.ConnectAsync(app, await CallParticipants.StaffPageAsync(app, Roles.Assessor));
        var closed = new TaskCompletionSource();
        rolePlayer.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await rolePlayer.JoinAsync(callId);
        await assessor.JoinAsync(callId);
        using var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);
        var edit = $"/admin/staff/edit/{leaver.Id}";

        (await admin.SubmitAsync(edit, [], $"{edit}?handler=Deactivate")).Dispose();

        await closed.Task.WaitAsync(CallClient.Patience);
        Assert.Equal(HubConnectionState.Disconnected, rolePlayer.Connection.State);
        var left = await assessor.NextEventAsync("left");
        Assert.Equal(leaver.Id, left.GetProperty("userId").GetGuid());
        Assert.True(app.Logs.Contains($"of user {leaver.Id}: their session has ended"));

        (await admin.SubmitAsync(edit, [], $"{edit}?handler=Reactivate")).Dispose();
        using var back = app.CreatePageClient();
        await back.SignInAsync(email, RecruitmentApp.Password);
        await using var again = await CallClient.ConnectAsync(app, back);
        var snapshot = await again.JoinAsync(callId);
        Assert.Equal("RolePlayer", snapshot.GetProperty("party").GetString());
        await using var scope = app.Services.CreateAsyncScope();
        var joins = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MockCallEvents
            .CountAsync(e => e.MockCallId == callId && e.Type == "joined" && e.ActorUserId == leaver.Id);
        Assert.Equal(2, joins);
    }
}

/// <summary>Between a node's sweeps, the next command of a connection whose session has ended is
/// refused, whatever it is (the sweep is an hour apart here, so only the command's own check acts).</summary>
public sealed class HubSessionCommandTests(HubSessionCommandTests.UnsweptApp app) : IClassFixture<HubSessionCommandTests.UnsweptApp>
{
    public sealed class UnsweptApp : LiveCallApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Security:HubSessionSweep"] = "01:00:00",
        };
    }

    [Fact]
    public async Task The_next_command_after_a_deactivation_or_a_sign_out_elsewhere_is_refused_and_logged()
    {
        var email = $"leaving.assessor-{Guid.NewGuid():N}@demo.iucrecruit.test";
        var leaver = await app.AddStaffAsync(email, Roles.Assessor);
        var callId = await MockCallSchedule.AddAsync(app, await CallParticipants.CandidateAsync(app, 6),
            await CallParticipants.StaffIdAsync(app, Roles.RolePlayer), leaver.Id);
        using var page = app.CreatePageClient();
        await page.SignInAsync(email, RecruitmentApp.Password);
        await using var joined = await CallClient.ConnectAsync(app, page);
        await using var notJoined = await CallClient.ConnectAsync(app, page);
        await joined.JoinAsync(callId);
        using var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);

        (await admin.SubmitAsync($"/admin/staff/edit/{leaver.Id}", [], $"/admin/staff/edit/{leaver.Id}?handler=Deactivate")).Dispose();

        var note = await Assert.ThrowsAsync<HubException>(() => joined.InvokeAsync("NoteEvidence", "Note", null, null, "after leaving"));
        var join = await Assert.ThrowsAsync<HubException>(() => notJoined.JoinAsync(callId));
        Assert.EndsWith(HubSessions.EndedRefusal, note.Message, StringComparison.Ordinal);
        Assert.EndsWith(HubSessions.EndedRefusal, join.Message, StringComparison.Ordinal);
        Assert.True(app.Logs.Contains($"Refused hub command NoteEvidence to user {leaver.Id}"));
        Assert.True(app.Logs.Contains($"Refused hub command JoinCall to user {leaver.Id}"));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MockCallEvents
            .AnyAsync(e => e.MockCallId == callId && e.Type == "evidence"));
    }

    [Fact]
    public async Task A_sign_out_in_another_window_refuses_the_live_call_connections_next_command_too()
    {
        var email = $"signing.out-{Guid.NewGuid():N}@demo.iucrecruit.test";
        var person = await app.AddStaffAsync(email, Roles.RolePlayer);
        var callId = await MockCallSchedule.AddAsync(app, await CallParticipants.CandidateAsync(app, 7), person.Id,
            await CallParticipants.StaffIdAsync(app, Roles.Assessor));
        using var callWindow = app.CreatePageClient();
        await callWindow.SignInAsync(email, RecruitmentApp.Password);
        await using var connection = await CallClient.ConnectAsync(app, callWindow);
        await connection.JoinAsync(callId);
        using var otherWindow = app.CreatePageClient();
        await otherWindow.SignInAsync(email, RecruitmentApp.Password);

        (await otherWindow.SubmitAsync("/account/sign-out", [])).Dispose();

        var ring = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Ring"));
        Assert.EndsWith(HubSessions.EndedRefusal, ring.Message, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(CallPhase.Waiting, (await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MockCalls.SingleAsync(c => c.Id == callId)).Phase);
    }
}
