using System.Diagnostics;
using IucRecruit.Core.Calls;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>
/// Decision 0074: a call forgets a connection when its node says it closed, or when the cluster
/// declares the node's silo dead; never because a refresh is late. Here the node of two of the
/// call's people dies (its silo killed) while the call's own silo lives: they leave the call in
/// time for the 5 s a call has to recover, with no refresh from anyone.
/// </summary>
public sealed class CallNodeDeathTests(CallGrainFailoverTests.TwoSilos cluster) : IClassFixture<CallGrainFailoverTests.TwoSilos>
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task The_people_of_a_node_declared_dead_leave_the_call_promptly_and_the_others_stay()
    {
        var booked = await cluster.BookAsync();
        var grain = cluster.Grain(booked.Id);
        Assert.Empty(await grain.KeepListening(cluster.Node.Reference, [])); // activates the call, so its silo is known
        var holder = cluster.SiloOf(booked.Id)!;
        var other = cluster.Cluster.Silos.Single(s => !s.SiloAddress.Equals(holder));
        // The assessor on the call's own node; the candidate and the role-player on the other.
        var call = await cluster.ConnectAsync(booked with
        {
            Candidate = booked.Candidate with { Node = other.SiloAddress },
            RolePlayer = booked.RolePlayer with { Node = other.SiloAddress },
            Assessor = booked.Assessor with { Node = holder },
        });
        await cluster.Node.EventsUntilAsync(call.Assessor.ConnectionId, "answered");

        var killed = Stopwatch.StartNew();
        await cluster.Cluster.KillSiloAsync(other);
        var first = (await cluster.Node.EventsUntilAsync(call.Assessor.ConnectionId, "left"))[^1];
        var second = (await cluster.Node.EventsUntilAsync(call.Assessor.ConnectionId, "left"))[^1];
        var gone = killed.Elapsed;

        Assert.True(gone <= Recovery, $"the dead node's people left the call {gone.TotalSeconds:0.0} s after the kill");
        Assert.Equal(["Candidate", "RolePlayer"], new[] { first, second }.Select(e => e.GetProperty("party").GetString()).Order());
        Assert.True(cluster.Logs.Contains($"the cluster declared their node's silo {other.SiloAddress} dead"));
        // The log says who left; the assessor, whose node lives, is still in the call.
        var log = await cluster.LogAsync(call.Id);
        Assert.Equal(["left", "left"], log.TakeLast(2).Select(e => e.Type));
        Assert.Equal(new[] { call.Candidate.User.UserId, call.RolePlayer.User.UserId }.Order(), log.TakeLast(2).Select(e => e.ActorUserId!.Value).Order());
        var secondPage = call.Assessor with { ConnectionId = "second-assessor-page" };
        var snapshot = (await grain.Join(secondPage, cluster.Node.Reference)).Snapshot!;
        Assert.Equal([CallParty.Assessor, CallParty.Assessor], snapshot.Present.Select(p => p.Party));
    }
}
