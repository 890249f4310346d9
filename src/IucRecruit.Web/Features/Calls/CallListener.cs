using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// This node's <see cref="ICallListener"/> (decision 0034), like Orleans' GPSTracker sample's
/// <c>RemoteLocationHub</c>: a call grain on another node pushes to it through its observer
/// reference, a call grain on this node calls it directly (decision 0077), and it writes to the
/// connections on this node through the call hub's <see cref="CallHubConnections"/>.
/// </summary>
public sealed partial class CallListener(CallHubConnections connections, ILogger<CallListener> log) : ICallListener
{
    public Task Audio(string[] connectionIds, string source, byte[] frame) => Send(connectionIds, "audio", [source, frame]);

    public Task CallEvent(string[] connectionIds, string callEventJson) => Send(connectionIds, "callEvent", [callEventJson]);

    // One message for all of them: SignalR serializes it once per protocol and caches the bytes in
    // it (decision 0078). A connection that has just closed is simply not there.
    private Task Send(string[] connectionIds, string target, object?[] arguments)
    {
        var message = new SerializedHubMessage(new InvocationMessage(target, arguments));
        foreach (var connectionId in connectionIds)
        {
            if (connections.Find(connectionId) is { } connection) Watch(connection.WriteAsync(message));
        }
        return Task.CompletedTask;
    }

    // A write usually completes at once (the message is in the connection's buffer); only one that
    // is still going needs watching, and a failed one is logged rather than lost silently.
    private void Watch(ValueTask writing)
    {
        if (writing.IsCompletedSuccessfully) return;
        _ = writing.AsTask().ContinueWith(static (task, state) => LogSendFailed((ILogger)state!, task.Exception!),
            log, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending to a call's participants failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
