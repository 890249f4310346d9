using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>The call grain on its own (no hub): ordering under concurrent callers, every event in
/// the log, and a grain that Orleans deactivated when idle coming back exactly as it was.</summary>
public sealed class CallGrainTests(CallGrainTests.SleepyApp app) : IClassFixture<CallGrainTests.SleepyApp>
{
    /// <summary>Call grains are deactivated two seconds after the last person leaves.</summary>
    public sealed class SleepyApp : LiveCallApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Calls:IdleTimeout"] = "00:00:02",
        };
    }

    private CallNode Node => app.Services.GetRequiredService<CallNode>();

    private ICallGrain Grain(Guid callId) => app.Services.GetRequiredService<IGrainFactory>().GetGrain<ICallGrain>(callId);

    [Fact]
    public async Task Concurrent_commands_are_applied_one_at_a_time_in_log_order_and_all_persisted()
    {
        var (callId, candidate, rolePlayer) = await StartCallAsync(candidateIndex: 0);
        var call = Grain(callId);

        var writes = Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            call.Command(candidate, new UpdateRecordField(i % 2 == 0 ? "patient-name" : "postcode", $"v{i}"))));
        var refusals = await Task.WhenAll(writes);

        Assert.All(refusals, Assert.Null);
        var log = await LogAsync(callId);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        var fieldEvents = log.Where(e => e.Type == "record-field").Select(e => (RecordFieldChanged)CallEventJson.Deserialize(e.Payload)).ToList();
        Assert.Equal(60, fieldEvents.Count);
        var snapshot = (await Node.JoinAsync(callId, "observer", await UserAsync(Roles.Assessor))).Snapshot!;
        Assert.Equal(fieldEvents.Last(e => e.FieldId == "patient-name").Value, snapshot.RecordFields!["patient-name"]);
        Assert.Equal(fieldEvents.Last(e => e.FieldId == "postcode").Value, snapshot.RecordFields!["postcode"]);
        await Node.LeaveAsync("observer");
        await Node.LeaveAsync(candidate);
        await Node.LeaveAsync(rolePlayer);
    }

    [Fact]
    public async Task A_refused_command_leaves_no_trace_in_the_log()
    {
        var (callId, candidate, _) = await StartCallAsync(candidateIndex: 1);
        var call = Grain(callId);
        var before = (await LogAsync(callId)).Count;

        Assert.Equal("Only the role-player rings.", await call.Command(candidate, new Ring()));
        Assert.NotNull(await call.Command(candidate, new UpdateRecordField("no-such-field", "x")));
        Assert.NotNull(await call.Command(candidate, new PlayClip("cough")));
        Assert.Equal("Join the call first.", await call.Command("not-joined", new EndCall()));

        Assert.Equal(before, (await LogAsync(callId)).Count);
    }

    [Fact]
    public async Task A_grain_deactivated_when_idle_is_rebuilt_from_its_log()
    {
        var (callId, candidate, rolePlayer) = await StartCallAsync(candidateIndex: 2);
        var call = Grain(callId);
        Assert.Null(await call.Command(candidate, new UpdateRecordField("postcode", "HU1 2AA")));
        Assert.Null(await call.Command(rolePlayer, new PlayClip(TestCallScenarios.ClipId)));
        Assert.Null(await call.Command(rolePlayer, new SetMuted(true)));
        Assert.True(await IsActiveAsync(callId));

        await Node.LeaveAsync(candidate);
        await Node.LeaveAsync(rolePlayer);
        await WaitUntilDeactivatedAsync(callId);
        app.Clock.Advance(TimeSpan.FromSeconds(5)); // the call clock runs on while nobody is there

        var snapshot = (await Node.JoinAsync(callId, "back", await UserAsync(Roles.Assessor))).Snapshot!;
        Assert.Equal(CallPhase.Connected, snapshot.Phase);
        Assert.Equal("HU1 2AA", snapshot.RecordFields!["postcode"]);
        Assert.Equal([TestCallScenarios.ClipId], snapshot.ClipsPlayed.Select(c => c.ClipId));
        Assert.Equal([CallParty.RolePlayer], snapshot.Muted);
        var gap = (ServiceInterrupted)CallEventJson.Deserialize((await LogAsync(callId)).Last(e => e.Type == "interrupted").Payload);
        Assert.InRange(gap.LostMs, 5000, 6000);
        await Node.LeaveAsync("back");
    }

    [Fact]
    public async Task A_connection_that_joins_another_call_leaves_the_first_and_that_is_logged()
    {
        var (first, candidate, _) = await StartCallAsync(candidateIndex: 3);
        var assessor = await UserAsync(Roles.Assessor);
        var second = await MockCallSchedule.AddAsync(app, await CallParticipants.CandidateAsync(app, 4),
            await CallParticipants.StaffIdAsync(app, Roles.RolePlayer), assessor.UserId);
        Assert.Null((await Node.JoinAsync(first, "wandering", assessor)).Refusal);

        Assert.Null((await Node.JoinAsync(second, "wandering", assessor)).Refusal);

        var left = (await LogAsync(first)).Last();
        Assert.Equal("left", left.Type);
        Assert.Equal(assessor.UserId, ((ParticipantLeft)CallEventJson.Deserialize(left.Payload)).UserId);
        Assert.Equal(second, Node.CallOf("wandering"));
        Assert.Equal("Join the call first.", await Grain(first).Command("wandering", new EndCall()));
        await Node.LeaveAsync("wandering");
        Assert.Equal("left", (await LogAsync(second)).Last().Type);
        Assert.Equal(["left"], (await LogAsync(first)).TakeLast(1).Select(e => e.Type)); // nothing more in the first
        await Node.LeaveAsync(candidate);
    }

    private async Task<bool> IsActiveAsync(Guid callId)
    {
        var management = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var activations = await management.GetDetailedGrainStatistics();
        return activations.Any(a => a.GrainId == Grain(callId).GetGrainId());
    }

    /// <summary>Orleans collects idle grains on its own schedule (Calls:IdleTimeout, swept every
    /// second here): asks it until the call's activation is gone.</summary>
    private async Task WaitUntilDeactivatedAsync(Guid callId)
    {
        using var timeout = new CancellationTokenSource(CallClient.Patience);
        while (await IsActiveAsync(callId)) await Task.Delay(50, timeout.Token);
    }

    private async Task<(Guid CallId, string Candidate, string RolePlayer)> StartCallAsync(int candidateIndex)
    {
        var candidateId = await CallParticipants.CandidateAsync(app, candidateIndex);
        var rolePlayer = await UserAsync(Roles.RolePlayer);
        var callId = await MockCallSchedule.AddAsync(app, candidateId, rolePlayer.UserId, (await UserAsync(Roles.Assessor)).UserId);
        var candidateConnection = $"candidate-{candidateIndex}";
        var rolePlayerConnection = $"role-player-{candidateIndex}";
        Assert.Null((await Node.JoinAsync(callId, candidateConnection, new CallUser(Guid.NewGuid(), candidateId, "Candidate"))).Refusal);
        Assert.Null((await Node.JoinAsync(callId, rolePlayerConnection, rolePlayer)).Refusal);
        Assert.Null(await Grain(callId).Command(rolePlayerConnection, new Ring()));
        Assert.Null(await Grain(callId).Command(candidateConnection, new Answer()));
        return (callId, candidateConnection, rolePlayerConnection);
    }

    private async Task<CallUser> UserAsync(string role) =>
        new(await CallParticipants.StaffIdAsync(app, role), null, role);

    private async Task<List<Data.Calls.MockCallEvent>> LogAsync(Guid callId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        return await db.MockCallEvents.AsNoTracking().Where(e => e.MockCallId == callId).OrderBy(e => e.Sequence).ToListAsync();
    }
}
