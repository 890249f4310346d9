using System.Diagnostics;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>
/// Issue 13 item 7: a silo of Orleans' test cluster killed under a live call. The call comes back
/// on the other silo from its log, its people are taken back at their node's next refresh, audio
/// flows again, and no log entry is lost. (ClusterFailoverTests does the same with real processes.)
/// </summary>
public sealed class CallGrainFailoverTests(CallGrainFailoverTests.TwoSilos cluster) : IClassFixture<CallGrainFailoverTests.TwoSilos>
{
    public sealed class TwoSilos : CallGrainCluster
    {
        protected override short Silos => 2;
    }

    [Fact]
    public async Task A_call_whose_silo_is_killed_goes_on_on_the_other_with_its_whole_log()
    {
        var call = await cluster.ConnectedCallAsync();
        var grain = cluster.Grain(call.Id);
        Assert.Null(await grain.Command(call.Candidate.ConnectionId, new Core.Calls.UpdateRecordField("postcode", "LS1 4AP")));
        await grain.SendFrame(call.RolePlayer.ConnectionId, Frame(), Stopwatch.GetTimestamp());
        await cluster.Node.ReceiveAudioAsync(call.Candidate.ConnectionId, "Caller", 1);
        var before = await cluster.LogAsync(call.Id);
        var holder = cluster.SiloOf(call.Id)!;
        var survivor = cluster.Cluster.Silos.Single(s => !s.SiloAddress.Equals(holder)).SiloAddress;

        await cluster.Cluster.KillSiloAsync(cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(holder)));

        // The surviving node refreshes its connections as CallNode does (they reconnected to it, or
        // were on it): refused by Orleans until the dead silo is declared dead, then the call is
        // activated on the survivor and takes them back.
        var refreshes = 0;
        var recovery = Stopwatch.StartNew();
        string[] refused;
        while (true)
        {
            try
            {
                refreshes++;
                refused = await grain.KeepListening(cluster.Node.Reference, call.EveryoneOn(survivor)).WaitAsync(TimeSpan.FromSeconds(2));
                break;
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException && recovery.Elapsed < CallClient.Patience)
            {
                await Task.Delay(50); // the next refresh
            }
        }
        Assert.Empty(refused);
        Assert.Equal(survivor, cluster.SiloOf(call.Id));

        // Audio flows to every listener again, and the call takes changes.
        await grain.SendFrame(call.RolePlayer.ConnectionId, Frame(), Stopwatch.GetTimestamp());
        await grain.SendFrame(call.Candidate.ConnectionId, Frame(), Stopwatch.GetTimestamp());
        await cluster.Node.ReceiveAudioAsync(call.Assessor.ConnectionId, "Candidate", 1);
        await cluster.Node.ReceiveAudioAsync(call.RolePlayer.ConnectionId, "Candidate", 1);
        Assert.Null(await grain.Command(call.Candidate.ConnectionId, new Core.Calls.UpdateRecordField("patient-name", "Ann Smith")));
        var second = new IucRecruit.Web.Features.Calls.CallConnection("second-assessor-page", call.Assessor.User, survivor);
        var snapshot = (await grain.Join(second, cluster.Node.Reference)).Snapshot!;
        Assert.Equal(Core.Calls.CallPhase.Connected, snapshot.Phase);
        Assert.Equal("LS1 4AP", snapshot.RecordFields!["postcode"]);
        Assert.Equal("Ann Smith", snapshot.RecordFields!["patient-name"]);

        // No entry lost: the log before the kill is there, unchanged, and the log goes on from it.
        var log = await cluster.LogAsync(call.Id);
        Assert.Equal(before.Select(e => (e.Id, e.Sequence)), log.Take(before.Count).Select(e => (e.Id, e.Sequence)));
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        // The gap in the recording, the three taken back by the refresh, the change, the second page.
        Assert.Equal(["interrupted", "joined", "joined", "joined", "record-field", "joined"], log.Skip(before.Count).Select(e => e.Type));
    }

    private static byte[] Frame() => CallParticipants.Tone(440, 1).Single();
}
