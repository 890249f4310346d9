using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// SignalR's own in-memory lifetime manager for the call hub, which also keeps this node's
/// connections by id, so that <see cref="CallListener"/> can hand one serialized frame to the few
/// people who hear it. SignalR's send to one connection serializes the message again for each, and
/// its send to several walks every connection on the node to find them (the calls benchmark found
/// both among the relay's costs, decision 0078).
/// </summary>
public sealed class CallHubConnections(ILogger<DefaultHubLifetimeManager<CallHub>> log) : DefaultHubLifetimeManager<CallHub>(log)
{
    private readonly ConcurrentDictionary<string, HubConnectionContext> connections = new();

    /// <summary>The connection, while it is open on this node.</summary>
    public HubConnectionContext? Find(string connectionId) => connections.GetValueOrDefault(connectionId);

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        connections[connection.ConnectionId] = connection;
        return base.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        connections.TryRemove(connection.ConnectionId, out _);
        return base.OnDisconnectedAsync(connection);
    }
}
