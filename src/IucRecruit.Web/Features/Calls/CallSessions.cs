using System.Collections.Concurrent;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// Finds the one live session of a call, activating it from its log when it is asleep; at most
/// one activation per call runs at a time in this process (DESIGN.md §2 pins every participant of
/// a call to the same node).
/// </summary>
public sealed class CallSessions(CallSessionServices services)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<CallSession?>>> sessions = new();

    /// <summary>Sessions that are awake now.</summary>
    public IEnumerable<CallSession> Awake => sessions.Values
        .Where(entry => entry.IsValueCreated && entry.Value.IsCompletedSuccessfully && entry.Value.Result is not null)
        .Select(entry => entry.Value.Result!);

    /// <summary>Runs <paramref name="use"/> on the call's session; null when the call does not
    /// exist. If the session falls asleep in between, it is woken again.</summary>
    public async Task<T?> WithSessionAsync<T>(Guid callId, Func<CallSession, Task<T>> use) where T : class
    {
        while (true)
        {
            var session = await GetAsync(callId);
            if (session is null) return null;
            try
            {
                return await use(session);
            }
            catch (CallSessionAsleepException)
            {
                await session.Completion;
            }
        }
    }

    public async Task<CallSession?> GetAsync(Guid callId)
    {
        while (true)
        {
            var entry = sessions.GetOrAdd(callId, id => new Lazy<Task<CallSession?>>(() => ActivateAsync(id)));
            CallSession? session;
            try
            {
                session = await entry.Value;
            }
            catch
            {
                sessions.TryRemove(KeyValuePair.Create(callId, entry));
                throw;
            }
            if (session is null) sessions.TryRemove(KeyValuePair.Create(callId, entry));
            if (session is not { FallingAsleep: true }) return session;

            // It is finishing its last messages: wait until it has released the recording, then
            // wake a new one from the log.
            await session.Completion;
            sessions.TryRemove(KeyValuePair.Create(callId, entry));
        }
    }

    private async Task<CallSession?> ActivateAsync(Guid callId)
    {
        var session = await CallSession.ActivateAsync(callId, services, CancellationToken.None);
        _ = session?.Completion.ContinueWith(_ => Forget(callId, session), TaskScheduler.Default);
        return session;
    }

    private void Forget(Guid callId, CallSession asleep)
    {
        if (sessions.TryGetValue(callId, out var entry) && entry.IsValueCreated &&
            entry.Value.IsCompletedSuccessfully && ReferenceEquals(entry.Value.Result, asleep))
        {
            sessions.TryRemove(KeyValuePair.Create(callId, entry));
        }
    }
}
