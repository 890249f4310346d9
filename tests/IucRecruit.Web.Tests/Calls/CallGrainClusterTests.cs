using System.Diagnostics;
using IucRecruit.Core.Calls;
using IucRecruit.Data.Calls;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>
/// Issue 13 item 7: the call grain in Orleans' test cluster. An activation is rebuilt from the log
/// it finds; Calls:IdleTimeout is Orleans' own idle collection, and the next activation has the
/// call as it was; a dead database refuses a change instead of telling anyone about it.
/// </summary>
public sealed class CallGrainClusterTests(CallGrainCluster cluster) : IClassFixture<CallGrainCluster>
{
    [Fact]
    public async Task An_activation_is_the_call_its_log_describes()
    {
        var call = await cluster.BookAsync();
        var answeredAt = cluster.Clock.GetUtcNow().UtcDateTime.AddSeconds(-30);
        // Written straight into the log (after the consent at sequence 1), as an earlier activation would have.
        await AppendByHandAsync(call.Id, 2,
            new CallRang(answeredAt.AddSeconds(-4), 0),
            new CallAnswered(answeredAt, 0),
            new RecordFieldChanged(answeredAt.AddSeconds(10), 10_000, "postcode", "HU1 2AA"),
            new ClipPlayed(answeredAt.AddSeconds(12), 12_000, TestCallScenarios.ClipId, "Patient coughs", 500),
            new MuteChanged(answeredAt.AddSeconds(15), 15_000, CallParty.RolePlayer, true));

        var snapshot = (await cluster.Grain(call.Id).Join(call.Assessor, cluster.Node.Reference)).Snapshot!;

        Assert.Equal(CallPhase.Connected, snapshot.Phase);
        Assert.InRange(snapshot.CallMs, 30_000, 30_000 + 10_000); // the call clock runs from the answer
        Assert.Equal("HU1 2AA", snapshot.RecordFields!["postcode"]);
        Assert.Equal([TestCallScenarios.ClipId], snapshot.ClipsPlayed.Select(c => c.ClipId));
        Assert.Equal([CallParty.RolePlayer], snapshot.Muted);
        // The activation carries on the log where it found it.
        var log = await cluster.LogAsync(call.Id);
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], log.Select(e => e.Sequence));
        Assert.Equal("joined", log[^1].Type);
        Assert.Equal(call.Assessor.User.UserId, log[^1].ActorUserId);
    }

    [Fact]
    public async Task A_call_nobody_refreshes_is_collected_by_Orleans_after_the_idle_timeout_and_comes_back_as_it_was()
    {
        var call = await cluster.ConnectedCallAsync();
        var grain = cluster.Grain(call.Id);
        Assert.Null(await grain.Command(call.Candidate.ConnectionId, new UpdateRecordField("postcode", "LS1 4AP")));
        Assert.Null(await grain.Command(call.RolePlayer.ConnectionId, new PlayClip(TestCallScenarios.ClipId)));
        Assert.Null(await grain.Command(call.RolePlayer.ConnectionId, new SetMuted(true)));
        var deactivated = cluster.Cluster.WaitForDeactivationAsync(grain);

        foreach (var connection in call.Everyone) await grain.Leave(connection.ConnectionId);
        var idle = Stopwatch.StartNew();
        await deactivated.WaitAsync(CallClient.Patience);

        // Orleans' own collection, not before the timeout (a little slack for the last call's reply).
        Assert.True(idle.Elapsed >= CallGrainCluster.IdleTimeout - TimeSpan.FromMilliseconds(100), $"collected after {idle.Elapsed}");
        Assert.True(cluster.Logs.Contains($"Call {call.Id} deactivated ({Orleans.DeactivationReasonCode.ActivationIdle})"));
        Assert.Null(cluster.SiloOf(call.Id));

        cluster.Clock.Advance(TimeSpan.FromSeconds(5)); // the call clock runs on while nobody is there
        var snapshot = (await grain.Join(call.Assessor, cluster.Node.Reference)).Snapshot!;
        Assert.Equal(CallPhase.Connected, snapshot.Phase);
        Assert.Equal("LS1 4AP", snapshot.RecordFields!["postcode"]);
        Assert.Equal([TestCallScenarios.ClipId], snapshot.ClipsPlayed.Select(c => c.ClipId));
        Assert.Equal([CallParty.RolePlayer], snapshot.Muted);
        // The time with no activation to record it is a logged gap, so the recording stays on the call clock.
        var log = await cluster.LogAsync(call.Id);
        var gap = (ServiceInterrupted)CallEventJson.Deserialize(log.Single(e => e.Type == "interrupted").Payload);
        // The last activation recorded up to its end, so the gap is the time with none: the 5 s advanced and a moment.
        Assert.InRange(gap.LostMs, 5000, 5000 + 1000);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_call_its_node_keeps_refreshing_outlives_the_idle_timeout_in_one_activation()
    {
        var call = await cluster.ConnectedCallAsync();
        var grain = cluster.Grain(call.Id);
        var silo = cluster.SiloOf(call.Id);
        var logged = (await cluster.LogAsync(call.Id)).Count;

        // What CallNode does every second, for twice the idle timeout.
        using var refresh = new PeriodicTimer(CallNode.RefreshPeriod);
        for (var round = 0; round < 4; round++)
        {
            await refresh.WaitForNextTickAsync();
            Assert.Empty(await grain.KeepListening(cluster.Node.Reference, call.Everyone));
        }

        Assert.Equal(silo, cluster.SiloOf(call.Id));
        Assert.False(cluster.Logs.Contains($"Call {call.Id} deactivated"));
        Assert.Equal(logged, (await cluster.LogAsync(call.Id)).Count); // nobody had to join again
    }

    [Fact]
    public async Task A_call_keeps_its_people_however_late_their_node_refreshes()
    {
        // Decision 0074: a starved node's once-a-second refresh can come seconds late, and a call
        // must not take that for a departure (decision 0034 did, after 3 s).
        var call = await cluster.ConnectedCallAsync();
        var grain = cluster.Grain(call.Id);
        var logged = (await cluster.LogAsync(call.Id)).Count;

        // Four seconds of the role-player's voice at a telephone's pace, and not one refresh.
        var frames = (int)(TimeSpan.FromSeconds(4) / TelephoneFrame.Duration);
        var voice = CallParticipants.Tone(440, 1).Single();
        using (var pace = new PeriodicTimer(TelephoneFrame.Duration))
        {
            for (var sent = 0; sent < frames; sent++)
            {
                await pace.WaitForNextTickAsync();
                await grain.SendFrame(call.RolePlayer.ConnectionId, voice, Stopwatch.GetTimestamp());
            }
        }

        // Every frame reached both listeners: nobody was dropped along the way, and nobody left.
        Assert.Equal(frames, (await cluster.Node.ReceiveAudioAsync(call.Candidate.ConnectionId, "Caller", frames)).Count);
        Assert.Equal(frames, (await cluster.Node.ReceiveAudioAsync(call.Assessor.ConnectionId, "Caller", frames)).Count);
        Assert.Null(await grain.Command(call.Candidate.ConnectionId, new UpdateRecordField("postcode", "LS1 4AP")));
        Assert.Equal(["record-field"], (await cluster.LogAsync(call.Id)).Skip(logged).Select(e => e.Type));
    }

    [Fact]
    public async Task A_change_the_log_cannot_take_is_refused_and_told_to_nobody_and_the_call_goes_on_from_its_log()
    {
        var call = await cluster.ConnectedCallAsync();
        var grain = cluster.Grain(call.Id);
        Assert.Null(await grain.Command(call.Candidate.ConnectionId, new UpdateRecordField("patient-name", "Ann Smith")));
        await cluster.Node.EventsUntilAsync(call.Assessor.ConnectionId, "record-field");
        var before = await cluster.LogAsync(call.Id);
        var deactivated = cluster.Cluster.WaitForDeactivationAsync(grain);

        using (cluster.Outage.Begin())
        {
            await RefusedByTheDatabaseAsync(() => grain.Command(call.Candidate.ConnectionId, new UpdateRecordField("postcode", "NOT LOGGED")));
            // The activation ends itself, so that the next one starts from what the log really holds.
            await deactivated.WaitAsync(CallClient.Patience);
        }
        Assert.True(cluster.Logs.Contains($"Call {call.Id}: appending record-field to the log failed"));

        // The node's next refresh brings its people back to a new activation, and the call goes on.
        Assert.Empty(await grain.KeepListening(cluster.Node.Reference, call.Everyone));
        Assert.Null(await grain.Command(call.Candidate.ConnectionId, new UpdateRecordField("postcode", "LS6 2QD")));

        // The assessor was told of the next change and never of the refused one.
        var told = await cluster.Node.EventsUntilAsync(call.Assessor.ConnectionId, "record-field");
        var fields = told.Where(e => e.GetProperty("type").GetString() == "record-field").Select(e => e.GetProperty("value").GetString());
        Assert.Equal(["LS6 2QD"], fields);
        var log = await cluster.LogAsync(call.Id);
        Assert.Equal(before.Select(e => e.Id), log.Take(before.Count).Select(e => e.Id));
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.DoesNotContain(log, e => e.Payload.Contains("NOT LOGGED", StringComparison.Ordinal));
        var snapshot = (await grain.Join(call.Assessor, cluster.Node.Reference)).Snapshot!;
        Assert.Equal("LS6 2QD", snapshot.RecordFields!["postcode"]);
        Assert.Equal("Ann Smith", snapshot.RecordFields!["patient-name"]);
    }

    [Fact]
    public async Task While_the_database_is_down_a_call_that_must_be_rebuilt_refuses_everyone_and_then_recovers()
    {
        var call = await cluster.ConnectedCallAsync();
        var grain = cluster.Grain(call.Id);
        var logged = (await cluster.LogAsync(call.Id)).Count;
        await cluster.Cluster.DeactivateAsync(grain);

        using (cluster.Outage.Begin())
        {
            await RefusedByTheDatabaseAsync(() => grain.KeepListening(cluster.Node.Reference, call.Everyone));
            Assert.Null(cluster.SiloOf(call.Id)); // no half-built activation is left behind
        }

        Assert.Empty(await grain.KeepListening(cluster.Node.Reference, call.Everyone));
        var log = await cluster.LogAsync(call.Id);
        Assert.Equal(["joined", "joined", "joined"], log.Skip(logged).Select(e => e.Type).Where(t => t != "interrupted"));
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
    }

    /// <summary>The caller gets the database's error. Orleans passes it on as the exception itself
    /// or, for a type it will not rebuild, a fallback carrying its text: the text is what is checked.</summary>
    private static async Task RefusedByTheDatabaseAsync(Func<Task> change)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(change);
        Assert.Contains(DatabaseOutage.Message, refused.ToString(), StringComparison.Ordinal);
    }

    private async Task AppendByHandAsync(Guid callId, long firstSequence, params CallEvent[] events)
    {
        await using var db = cluster.Database.CreateContext();
        var sequence = firstSequence;
        foreach (var callEvent in events)
        {
            db.MockCallEvents.Add(new MockCallEvent
            {
                Id = Guid.CreateVersion7(), MockCallId = callId, Sequence = sequence++, Type = CallEventJson.TypeName(callEvent),
                AtUtc = callEvent.AtUtc, CallMs = callEvent.CallMs, Payload = CallEventJson.Serialize(callEvent),
            });
        }
        await db.SaveChangesAsync();
    }
}
