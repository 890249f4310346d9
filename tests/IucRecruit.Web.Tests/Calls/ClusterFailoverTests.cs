using System.Diagnostics;
using System.Text.Json;
using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>
/// Issue 13 items 3, 4 and 7: three real nodes on PostgreSQL with Cluster:Enabled, one call whose
/// candidate, role-player and assessor are each on a different node. The node holding the call's
/// grain is killed (SIGKILL); its participants reconnect to a survivor by themselves, the grain comes
/// back on a survivor from its log, audio reaches every listener again within 5 s, no log entry is
/// lost, and the recording stays on the call clock with the gap silent and logged.
/// </summary>
public sealed class ClusterFailoverTests
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_call_survives_the_node_holding_it_being_killed()
    {
        await using var database = await TestDatabase.PostgreSqlAsync();
        var nodes = DemoCallOnServers.ClusterNodes(database, 3);
        try
        {
            await nodes[0].StartAsync();
            await Task.WhenAll(nodes.Skip(1).Select(n => n.StartAsync()));
            var (callId, fields, _, invitation) = await DemoCallOnServers.BookAsync(database);

            // Each participant prefers their own node and falls back to the others, as behind a balancer.
            var candidate = await ConnectAsync(nodes, 0, await DemoCallOnServers.CandidatePageAsync(nodes[0].Address, invitation));
            var rolePlayer = await ConnectAsync(nodes, 1, await DemoCallOnServers.StaffPageAsync(nodes[1].Address, Roles.RolePlayer));
            var assessor = await ConnectAsync(nodes, 2, await DemoCallOnServers.StaffPageAsync(nodes[2].Address, Roles.Assessor));
            await DemoCallOnServers.AnswerAsync(callId, fields[0], candidate, rolePlayer, assessor);

            using var speaking = new CancellationTokenSource();
            var voices = Task.WhenAll(SpeakAsync(rolePlayer, 440, speaking.Token), SpeakAsync(candidate, 660, speaking.Token));
            // Every listener hears the voice it should, across nodes.
            Assert.True(SignalLevel.Rms(await candidate.ReceiveAudioAsync("Caller", 25)) > 3000);
            Assert.True(SignalLevel.Rms(await rolePlayer.ReceiveAudioAsync("Candidate", 25)) > 3000);
            Assert.True(SignalLevel.Rms(await assessor.ReceiveAudioAsync("Caller", 25)) > 3000);
            Assert.True(SignalLevel.Rms(await assessor.ReceiveAudioAsync("Candidate", 25)) > 3000);

            var holder = await HolderOfTheCallAsync(nodes);
            var eventsBefore = await LogTypesAsync(database, callId);
            await nodes[holder].KillAsync();
            var killed = Stopwatch.StartNew();
            foreach (var client in new[] { candidate, rolePlayer, assessor }) client.DiscardAudio();

            // Audio flows again to every listener within 5 s of the kill.
            var heard = await Task.WhenAll(
                FirstLoudAsync(candidate, "Caller", killed),
                FirstLoudAsync(rolePlayer, "Candidate", killed),
                FirstLoudAsync(assessor, "Caller", killed),
                FirstLoudAsync(assessor, "Candidate", killed));
            Assert.All(heard, at => Assert.True(at <= Recovery, $"audio came back after {at.TotalSeconds:0.0} s: {string.Join(", ", heard.Select(h => h.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))}"));
            // Another second and a half of both voices after recovery before the call ends, so that the
            // recording has voice after the gap to check (ending at once left as little as 100 ms).
            await Task.WhenAll(assessor.ReceiveAudioAsync("Candidate", 75), candidate.ReceiveAudioAsync("Caller", 75));

            // The call carries on: its record is still there, it can still be filled, it ends.
            await candidate.InvokeAsync("UpdateRecordField", fields[1], "LS6 2QD");
            await speaking.CancelAsync();
            await voices;
            await candidate.InvokeAsync("EndCall");
            await assessor.NextEventAsync("ended");

            var log = await DemoCallOnServers.CompleteLogAsync(database, callId);
            Assert.Equal(eventsBefore, log.Take(eventsBefore.Count).Select(e => e.Type)); // nothing before the kill lost
            var interruption = (ServiceInterrupted)CallEventJson.Deserialize(log.Single(e => e.Type == "interrupted").Payload);
            Assert.InRange(interruption.LostMs, 1, 5000 + 1000); // at most the time to recover plus the last unflushed second
            var afterKill = log.Skip(eventsBefore.Count).Select(e => e.Type).ToList();
            Assert.Contains("record-field", afterKill);
            Assert.Equal("ended", afterKill[^1]);

            var (info, channels) = WavReader.ReadSamples(await DemoCallOnServers.RecordingPathAsync(database, callId));
            var callMs = log.Single(e => e.Type == "ended").CallMs;
            Assert.InRange(info.Duration.TotalMilliseconds, callMs * 0.95, callMs * 1.05);
            // The gap is silence on both channels (40 ms in from each edge, for the frames around it).
            var gapStart = (int)((interruption.CallMs - interruption.LostMs + 40) * 8);
            var gapEnd = (int)((interruption.CallMs - 40) * 8);
            if (gapEnd > gapStart)
            {
                Assert.True(SignalLevel.Rms(channels[0].AsSpan(gapStart, gapEnd - gapStart)) < 1, "the caller's channel has sound in the gap");
                Assert.True(SignalLevel.Rms(channels[1].AsSpan(gapStart, gapEnd - gapStart)) < 1, "the candidate's channel has sound in the gap");
            }
            // ... and voice on both sides of it.
            Assert.True(SignalLevel.Rms(channels[1].AsSpan(gapEnd + 1600, Math.Min(8000, channels[1].Length - gapEnd - 1600))) > 300,
                "the candidate's channel is silent after the gap");

            await candidate.DisposeAsync();
            await rolePlayer.DisposeAsync();
            await assessor.DisposeAsync();
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }
    }

    private static Task<CallClient> ConnectAsync(List<ServerProcess> nodes, int own, PageClient page) =>
        CallClient.ConnectAsync(nodes.Skip(own).Concat(nodes.Take(own)).Select(n => n.Address).ToList(), page);

    /// <summary>Speaks a tone in one-second turns until cancelled. A turn cut by a lost connection is
    /// followed, once the speaker has reconnected and joined again, by the next, as the call page
    /// restarts its stream after a reconnect.</summary>
    private static async Task SpeakAsync(CallClient speaker, double hertz, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var turn = CancellationTokenSource.CreateLinkedTokenSource(stop);
            var cut = false;
            Task Cut(Exception? _)
            {
                cut = true;
                turn.Cancel();
                return Task.CompletedTask;
            }
            speaker.Connection.Reconnecting += Cut;
            try
            {
                await speaker.StreamAudioAsync(CallParticipants.Tone(hertz, 50), TimeSpan.FromMilliseconds(20), turn.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (cut && ex is OperationCanceledException or InvalidOperationException or IOException)
            {
                // The connection went mid-turn.
            }
            finally
            {
                speaker.Connection.Reconnecting -= Cut;
            }
            if (cut) await speaker.Rejoined.ReadAsync(stop);
        }
    }

    /// <summary>How long after the kill the listener first heard <paramref name="source"/> loud again.</summary>
    private static async Task<TimeSpan> FirstLoudAsync(CallClient listener, string source, Stopwatch sinceKill)
    {
        while (true)
        {
            var frames = await listener.ReceiveAudioAsync(source, 5);
            if (SignalLevel.Rms(frames) > 3000) return sinceKill.Elapsed;
        }
    }

    /// <summary>The node whose silo holds the call's grain: the one with a live call.</summary>
    private static async Task<int> HolderOfTheCallAsync(List<ServerProcess> nodes)
    {
        for (var n = 0; n < nodes.Count; n++)
        {
            using var admin = await DemoCallOnServers.StaffPageAsync(nodes[n].Address, Roles.Admin);
            using var json = JsonDocument.Parse(await admin.GetPageAsync("/diagnostics/calls"));
            if (json.RootElement.GetProperty("liveCalls").GetInt64() == 1) return n;
        }
        throw new InvalidOperationException("No node holds the call.");
    }

    private static async Task<List<string>> LogTypesAsync(TestDatabase database, Guid callId)
    {
        await using var db = database.CreateContext();
        return await db.MockCallEvents.Where(e => e.MockCallId == callId).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync();
    }
}
