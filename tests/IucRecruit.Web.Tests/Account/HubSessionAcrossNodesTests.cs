using IucRecruit.Core.Identity;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Tests.Account;

/// <summary>Two real nodes on PostgreSQL: a role-player's live-call connection on one node is closed
/// when an administrator deactivates them on the other, with no message between the nodes: the
/// node holding the connection reads the changed stamp itself (docs/decisions/0066).</summary>
public sealed class HubSessionAcrossNodesTests
{
    [Fact]
    public async Task A_deactivation_on_one_node_closes_the_persons_connection_on_the_other()
    {
        await using var database = await TestDatabase.PostgreSqlAsync();
        var nodes = DemoCallOnServers.ClusterNodes(database, 2);
        try
        {
            await nodes[0].StartAsync();
            await nodes[1].StartAsync();
            var (callId, _, _, invitation) = await DemoCallOnServers.BookAsync(database);
            await using var candidate = await CallClient.ConnectAsync(nodes[0].Address, await DemoCallOnServers.CandidatePageAsync(nodes[0].Address, invitation));
            await using var rolePlayer = await CallClient.ConnectAsync(nodes[1].Address, await DemoCallOnServers.StaffPageAsync(nodes[1].Address, Roles.RolePlayer));
            var closed = new TaskCompletionSource();
            rolePlayer.Connection.Closed += _ =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
            await candidate.JoinAsync(callId);
            await rolePlayer.JoinAsync(callId);
            Guid rolePlayerId;
            await using (var db = database.CreateContext())
            {
                var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RolePlayer).Email;
                rolePlayerId = await db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync();
            }
            using var admin = await DemoCallOnServers.StaffPageAsync(nodes[0].Address, Roles.Admin);

            (await admin.SubmitAsync($"/admin/staff/edit/{rolePlayerId}", [], $"/admin/staff/edit/{rolePlayerId}?handler=Deactivate")).Dispose();

            await closed.Task.WaitAsync(CallClient.Patience);
            Assert.Equal(HubConnectionState.Disconnected, rolePlayer.Connection.State);
            var left = await candidate.NextEventAsync("left");
            Assert.Equal(rolePlayerId, left.GetProperty("userId").GetGuid());
            Assert.Contains($"of user {rolePlayerId}: their session has ended", nodes[1].Output, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }
    }
}
