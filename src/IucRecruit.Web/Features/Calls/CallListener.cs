using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// This node's <see cref="ICallListener"/> (decision 0034), like Orleans' GPSTracker sample's
/// <c>RemoteLocationHub</c>: a call grain on another node pushes to it through its observer
/// reference, a call grain on this node calls it directly (decision 0077), and it sends to the
/// connections through this node's own <see cref="IHubContext{THub}"/>.
/// </summary>
public sealed partial class CallListener(IHubContext<CallHub> hub, ILogger<CallListener> log) : ICallListener
{
    // One connection at a time: SignalR's Clients(ids) walks every connection of the node to find
    // the few it names, for every frame (the calls benchmark found it among the relay's top costs,
    // growing with the node's connections); Client(id) looks each one up.
    public Task Audio(string[] connectionIds, string source, byte[] frame)
    {
        foreach (var connectionId in connectionIds) Watch(hub.Clients.Client(connectionId).SendAsync("audio", source, frame));
        return Task.CompletedTask;
    }

    public Task CallEvent(string[] connectionIds, string callEventJson)
    {
        foreach (var connectionId in connectionIds) Watch(hub.Clients.Client(connectionId).SendAsync("callEvent", callEventJson));
        return Task.CompletedTask;
    }

    // A send usually completes at once (the message is in the connection's buffer); only one that
    // is still going needs watching, and a failed one is logged rather than lost silently.
    private void Watch(Task sending)
    {
        if (sending.IsCompletedSuccessfully) return;
        _ = sending.ContinueWith(static (task, state) => LogSendFailed((ILogger)state!, task.Exception!),
            log, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending to a call's participants failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
