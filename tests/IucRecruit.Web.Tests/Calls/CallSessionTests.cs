using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>The session actor on its own (no hub): ordering under concurrent callers, every event
/// in the log, and a session that falls asleep coming back exactly as it was.</summary>
public sealed class CallSessionTests(CallSessionTests.SleepyApp app) : IClassFixture<CallSessionTests.SleepyApp>
{
    /// <summary>Sessions fall asleep a moment after the last person leaves.</summary>
    public sealed class SleepyApp : LiveCallApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Calls:IdleTimeout"] = "00:00:00.100",
        };
    }

    private CallSessions Sessions => app.Services.GetRequiredService<CallSessions>();

    [Fact]
    public async Task Concurrent_commands_are_applied_one_at_a_time_in_log_order_and_all_persisted()
    {
        var (callId, candidate, rolePlayer) = await StartCallAsync(candidateIndex: 0);
        var session = (await Sessions.GetAsync(callId))!;

        var writes = Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            session.CommandAsync(candidate, new UpdateRecordField(i % 2 == 0 ? "patient-name" : "postcode", $"v{i}"))));
        var refusals = await Task.WhenAll(writes);

        Assert.All(refusals, Assert.Null);
        var log = await LogAsync(callId);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        var fieldEvents = log.Where(e => e.Type == "record-field").Select(e => (RecordFieldChanged)CallEventJson.Deserialize(e.Payload)).ToList();
        Assert.Equal(60, fieldEvents.Count);
        var snapshot = (await session.JoinAsync("observer", await UserAsync(Roles.Assessor)))!.Snapshot!;
        Assert.Equal(fieldEvents.Last(e => e.FieldId == "patient-name").Value, snapshot.RecordFields!["patient-name"]);
        Assert.Equal(fieldEvents.Last(e => e.FieldId == "postcode").Value, snapshot.RecordFields!["postcode"]);
        session.Leave("observer");
        session.Leave(candidate);
        session.Leave(rolePlayer);
    }

    [Fact]
    public async Task A_refused_command_leaves_no_trace_in_the_log()
    {
        var (callId, candidate, _) = await StartCallAsync(candidateIndex: 1);
        var session = (await Sessions.GetAsync(callId))!;
        var before = (await LogAsync(callId)).Count;

        Assert.Equal("Only the role-player rings.", await session.CommandAsync(candidate, new Ring()));
        Assert.NotNull(await session.CommandAsync(candidate, new UpdateRecordField("no-such-field", "x")));
        Assert.NotNull(await session.CommandAsync(candidate, new PlayClip("cough")));
        Assert.NotNull(await session.CommandAsync("not-joined", new EndCall()));

        Assert.Equal(before, (await LogAsync(callId)).Count);
    }

    [Fact]
    public async Task A_session_that_fell_asleep_is_rebuilt_from_its_log()
    {
        var (callId, candidate, rolePlayer) = await StartCallAsync(candidateIndex: 2);
        var first = (await Sessions.GetAsync(callId))!;
        Assert.Null(await first.CommandAsync(candidate, new UpdateRecordField("postcode", "HU1 2AA")));
        Assert.Null(await first.CommandAsync(rolePlayer, new PlayClip(TestCallScenarios.ClipId)));
        Assert.Null(await first.CommandAsync(rolePlayer, new SetMuted(true)));

        first.Leave(candidate);
        first.Leave(rolePlayer);
        await first.Completion.WaitAsync(CallClient.Patience);
        app.Clock.Advance(TimeSpan.FromSeconds(5)); // the call clock runs on while nobody is there

        var second = (await Sessions.GetAsync(callId))!;
        Assert.NotSame(first, second);
        var snapshot = (await second.JoinAsync("back", await UserAsync(Roles.Assessor))).Snapshot!;
        Assert.Equal(CallPhase.Connected, snapshot.Phase);
        Assert.Equal("HU1 2AA", snapshot.RecordFields!["postcode"]);
        Assert.Equal([TestCallScenarios.ClipId], snapshot.ClipsPlayed.Select(c => c.ClipId));
        Assert.Equal([CallParty.RolePlayer], snapshot.Muted);
        var gap = (ServiceInterrupted)CallEventJson.Deserialize((await LogAsync(callId)).Last(e => e.Type == "interrupted").Payload);
        Assert.InRange(gap.LostMs, 5000, 6000);
        second.Leave("back");
    }

    private async Task<(Guid CallId, string Candidate, string RolePlayer)> StartCallAsync(int candidateIndex)
    {
        var candidateId = await CallParticipants.CandidateAsync(app, candidateIndex);
        var rolePlayer = await UserAsync(Roles.RolePlayer);
        var callId = await MockCallSchedule.AddAsync(app, candidateId, rolePlayer.UserId, (await UserAsync(Roles.Assessor)).UserId);
        var session = (await Sessions.GetAsync(callId))!;
        var candidateConnection = $"candidate-{candidateIndex}";
        var rolePlayerConnection = $"role-player-{candidateIndex}";
        Assert.Null((await session.JoinAsync(candidateConnection, new CallUser(Guid.NewGuid(), candidateId, "Candidate"))).Refusal);
        Assert.Null((await session.JoinAsync(rolePlayerConnection, rolePlayer)).Refusal);
        Assert.Null(await session.CommandAsync(rolePlayerConnection, new Ring()));
        Assert.Null(await session.CommandAsync(candidateConnection, new Answer()));
        return (callId, candidateConnection, rolePlayerConnection);
    }

    private async Task<CallUser> UserAsync(string role) =>
        new(await CallParticipants.StaffIdAsync(app, role), null, role);

    private async Task<List<Data.MockCalls.MockCallEvent>> LogAsync(Guid callId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        return await db.MockCallEvents.AsNoTracking().Where(e => e.MockCallId == callId).OrderBy(e => e.Sequence).ToListAsync();
    }
}
