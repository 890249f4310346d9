using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>
/// DESIGN.md §1 and issue 4: if the server process is killed mid-call and started again, the
/// participants reconnect by themselves and the call resumes with its timeline, call record and
/// recording intact up to the last flush (at most one second of audio lost).
/// </summary>
public sealed class ServerRestartTests
{
    [Fact]
    public async Task A_call_survives_its_server_being_killed_and_started_again()
    {
        await using var database = TestDatabase.Sqlite();
        await using var server = new ServerProcess(database.Options.DataFolder, new Dictionary<string, string> { ["Demo__Enabled"] = "true" });
        await server.StartAsync();
        var (callId, fields, clipId, invitation) = await DemoCallOnServers.BookAsync(database);

        await using var candidate = await ConnectAsync(server, await DemoCallOnServers.CandidatePageAsync(server.Address, invitation));
        await using var rolePlayer = await ConnectAsync(server, await DemoCallOnServers.StaffPageAsync(server.Address, Roles.RolePlayer));
        await using var assessor = await ConnectAsync(server, await DemoCallOnServers.StaffPageAsync(server.Address, Roles.Assessor));
        await DemoCallOnServers.AnswerAsync(callId, fields[0], candidate, rolePlayer, assessor);
        var speaking = Task.WhenAll(
            rolePlayer.StreamAudioAsync(CallParticipants.Tone(440, 150), TimeSpan.FromMilliseconds(20)),
            candidate.StreamAudioAsync(CallParticipants.Tone(660, 150), TimeSpan.FromMilliseconds(20)));
        // The clip goes in once the caller's voice is flowing: the clip has pauses of its own, and a
        // freshly started server can be slow with the first frames.
        await assessor.ReceiveAudioAsync("Caller", 5);
        await rolePlayer.InvokeAsync("PlayClip", clipId);
        await speaking;
        var recording = await DemoCallOnServers.RecordingPathAsync(database, callId);
        var killedAtCallMs = await DemoCallOnServers.CallMsNowAsync(database, callId);

        await server.KillAsync();
        await server.StartAsync();

        // Each client reconnects by itself and joins again: the call is as it was.
        var snapshots = await Task.WhenAll(candidate.Rejoined.ReadAsync().AsTask(), rolePlayer.Rejoined.ReadAsync().AsTask(),
            assessor.Rejoined.ReadAsync().AsTask()).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.All(snapshots, s => Assert.Equal("Connected", s.GetProperty("phase").GetString()));
        Assert.Equal("Jamie Clarke", snapshots[0].GetProperty("recordFields").GetProperty(fields[0]).GetString());
        Assert.Equal(clipId, snapshots[2].GetProperty("clipsPlayed")[0].GetProperty("clipId").GetString());
        Assert.True(snapshots[2].GetProperty("callMs").GetInt64() > killedAtCallMs);

        // ... and carries on: audio flows again, the record can still be filled, the call ends.
        var heard = rolePlayer.ReceiveAudioAsync("Candidate", 20);
        await Task.WhenAll(
            rolePlayer.StreamAudioAsync(CallParticipants.Tone(440, 50), TimeSpan.FromMilliseconds(20)),
            candidate.StreamAudioAsync(CallParticipants.Tone(660, 50), TimeSpan.FromMilliseconds(20)));
        await heard;
        await candidate.InvokeAsync("UpdateRecordField", fields[1], "LS6 2QD");
        await candidate.InvokeAsync("EndCall");
        await assessor.NextEventAsync("ended");

        var log = await DemoCallOnServers.CompleteLogAsync(database, callId);
        Assert.Equal(["consent", "joined", "joined", "joined", "rang", "answered", "record-field", "clip-played"], log.Take(8).Select(e => e.Type));
        var interruption = (ServiceInterrupted)CallEventJson.Deserialize(log.Single(e => e.Type == "interrupted").Payload);
        Assert.True(interruption.LostMs > 0);

        var (info, channels) = WavReader.ReadSamples(recording);
        var callMs = log.Single(e => e.Type == "ended").CallMs;
        Assert.InRange(info.Duration.TotalMilliseconds, callMs * 0.95, callMs * 1.05);
        // What the role-player said before the kill is there, up to the last flush (at most a second
        // before the kill). Checked in 200 ms windows from the start of their speech: a lost flush
        // would silence the last of them, so the windows just before the last flush must have sound;
        // one window elsewhere may be quiet where the test's own client was starved of CPU for a moment.
        var speechStart = (int)(log.Single(e => e.Type == "clip-played").CallMs / 1000.0 * 8000) + 1600;
        var lastFlushed = (int)((killedAtCallMs - 1000) / 1000.0 * 8000);
        Assert.True(lastFlushed - speechStart >= 8000, "the check must cover at least a second of speech");
        var windows = Enumerable.Range(0, (lastFlushed - speechStart) / 1600)
            .Select(i => (At: (speechStart + i * 1600) / 8000.0, Sound: SignalLevel.Rms(channels[0].AsSpan(speechStart + i * 1600, 1600)) > 300)).ToList();
        var silent = windows.Where(w => !w.Sound).Select(w => $"{w.At:0.0} s").ToList();
        Assert.True(silent.Count <= 1, "the caller's channel is silent at " + string.Join(", ", silent));
        Assert.True(windows.TakeLast(2).Any(w => w.Sound), "the caller's channel is silent just before the last flush");
    }

    private static async Task<CallClient> ConnectAsync(ServerProcess server, PageClient page) =>
        await CallClient.ConnectAsync(server.Address, page, reconnect: true);
}
