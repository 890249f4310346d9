using System.Collections.Concurrent;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// This web node's part in live calls (decisions 0034, 0074): which of its hub connections are in
/// which call, the one <see cref="CallListener"/> every call grain reaches them through, and the
/// loop that tells each call again which of its connections are here, for a call that was
/// reactivated elsewhere and knows nobody.
/// </summary>
public sealed partial class CallNode(IGrainFactory grains, CallListener listener, ILocalSiloDetails silo, ILogger<CallNode> log) : BackgroundService
{
    /// <summary>How often each call hears from this node. A call that was reactivated elsewhere
    /// (its node died) takes this node's participants back within one period. A late round
    /// only delays that: no call forgets anyone for want of a refresh (decision 0074).</summary>
    public static readonly TimeSpan RefreshPeriod = TimeSpan.FromSeconds(1);

    /// <summary>How long a join keeps trying while Orleans refuses it: three times what the cluster
    /// takes to declare a killed node dead (decision 0035).</summary>
    private static readonly TimeSpan JoinPatience = TimeSpan.FromSeconds(6);

    private readonly ConcurrentDictionary<string, (Guid CallId, CallConnection Connection)> connections = new();
    // Departures the call has not heard of yet (its grain was unreachable when the connection
    // closed): tried again every round, because the call keeps a connection until it is told.
    private readonly ConcurrentDictionary<(string ConnectionId, Guid CallId), bool> departures = new();
    private readonly Lock referenceLock = new();
    // Orleans holds the listener object weakly (CreateObjectReference): this node keeps it alive
    // through the injected singleton, and the reference made from it once.
    private ICallListener? reference;

    private ICallListener Reference
    {
        get
        {
            lock (referenceLock) return reference ??= grains.CreateObjectReference<ICallListener>(listener);
        }
    }

    /// <summary>The call a connection is in, if any.</summary>
    public Guid? CallOf(string connectionId) => connections.TryGetValue(connectionId, out var entry) ? entry.CallId : null;

    /// <summary>Joins a connection to a call. A connection is in one call at a time: joining
    /// another leaves the first, and that is logged as leaving it.</summary>
    public async Task<JoinOutcome> JoinAsync(Guid callId, string connectionId, CallUser user)
    {
        var connection = new CallConnection(connectionId, user, silo.SiloAddress);
        var outcome = await JoinSoonAsync(grains.GetGrain<ICallGrain>(callId), connection);
        if (outcome.Refusal is not null) return outcome;
        var previous = CallOf(connectionId);
        connections[connectionId] = (callId, connection);
        if (previous is { } left && left != callId) await TellLeftAsync(left, connectionId);
        return outcome;
    }

    // Retried because a participant whose node was killed reconnects here within a second, before
    // the cluster has declared the dead node dead (about two seconds): until then a call to the
    // grain it held is refused, and after it Orleans activates the grain on a live node.
    private async Task<JoinOutcome> JoinSoonAsync(ICallGrain call, CallConnection connection)
    {
        var deadline = DateTime.UtcNow + JoinPatience;
        while (true)
        {
            try
            {
                return await call.Join(connection, Reference);
            }
            catch (OrleansException ex) when (DateTime.UtcNow < deadline)
            {
                LogJoinRetried(log, ex.GetType().Name, connection.ConnectionId);
                await Task.Delay(RefreshPeriod / 4);
            }
        }
    }

    /// <summary>The connection closed: its call is told, now or, if its grain cannot be reached,
    /// in the rounds that follow.</summary>
    public async Task LeaveAsync(string connectionId)
    {
        if (connections.TryRemove(connectionId, out var entry)) await TellLeftAsync(entry.CallId, connectionId);
    }

    private async Task TellLeftAsync(Guid callId, string connectionId)
    {
        try
        {
            await grains.GetGrain<ICallGrain>(callId).Leave(connectionId).WaitAsync(RefreshPeriod * 2);
            departures.TryRemove((connectionId, callId), out _);
        }
        catch (Exception ex)
        {
            // Orleans' refusal, a timeout, or the call's log refusing the entry: told again next round.
            departures[(connectionId, callId)] = true;
            LogLeaveDeferred(log, ex, callId, connectionId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshPeriod);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await Task.WhenAll(departures.Keys.Select(d => TellLeftAsync(d.CallId, d.ConnectionId)));
            await Task.WhenAll(connections.GroupBy(c => c.Value.CallId, c => c.Value.Connection)
                .Select(call => RefreshAsync(call.Key, call.ToList())));
        }
    }

    // Looped rather than subscribed once because grain observers are not virtual: a call grain
    // reactivated on another node knows none of them until its nodes say so again. A refresh that
    // fails (the call's node has just died and is not yet declared dead) is simply tried again on
    // the next round, when Orleans places the call on a live node.
    private async Task RefreshAsync(Guid callId, List<CallConnection> here)
    {
        try
        {
            // Bounded, so that a call whose node has just died does not hold up the others' round.
            var refused = await grains.GetGrain<ICallGrain>(callId).KeepListening(Reference, here).WaitAsync(RefreshPeriod * 2);
            foreach (var connectionId in refused) connections.TryRemove(connectionId, out _);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            LogRefreshFailed(log, ex, callId);
            return;
        }
        // A connection that closed while this round was on its way may have been taken back by
        // it after its departure was told: told again now, after the round, so the call keeps
        // nobody who has gone.
        foreach (var connection in here.Where(c => CallOf(c.ConnectionId) != callId))
        {
            await TellLeftAsync(callId, connection.ConnectionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Joining connection {ConnectionId} to its call was refused by Orleans ({Exception}); trying again")]
    private static partial void LogJoinRetried(ILogger logger, string exception, string connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: telling it which of this node's connections are present failed; trying again")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, Guid callId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: telling it that connection {ConnectionId} left failed; trying again every round")]
    private static partial void LogLeaveDeferred(ILogger logger, Exception exception, Guid callId, string connectionId);
}
