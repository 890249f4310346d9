using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// How many commands one hub connection may send, kind by kind (docs/decisions/0057): a token
/// bucket for each kind, and a cap on the characters of call-record updates, so that a page (or a
/// script pretending to be one) cannot flood a call's log. A refused command is refused in words
/// and changes nothing in the call; the first refusal of each kind on a connection is logged, and
/// how many there were when the connection closes. Audio frames have their own gate
/// (<see cref="AudioFrameGate"/>).
/// </summary>
public sealed partial class HubCommandLimiter(ILogger<HubCommandLimiter> log, HubCommandLimiter.Limits? limits = null) : IDisposable
{
    public enum Kind { Join, Control, RecordField, Evidence, Clip }

    /// <summary>A kind's sustained rate and burst, and what it is called in a refusal.</summary>
    public sealed record Rate(int PerSecond, int Burst, string Words);

    /// <summary>
    /// The page saves a call-record field half a second after typing stops, an assessor marks a
    /// moment with one click, a role-player plays a clip now and then: each limit is several times
    /// what a person does, with a burst for a quick run of clicks. The record cap is a quarter of a
    /// million characters a connection: a long call's record saved hundreds of times, a tenth of
    /// what a flood once wrote (2,000 updates of 1,000 characters).
    /// </summary>
    public sealed record Limits(IReadOnlyDictionary<Kind, Rate> Rates, long RecordCharacters)
    {
        public static readonly Limits Default = new(new Dictionary<Kind, Rate>
        {
            [Kind.Join] = new(1, 5, "attempts to join"),
            [Kind.Control] = new(5, 10, "call controls"),
            [Kind.RecordField] = new(5, 20, "call-record updates"),
            [Kind.Evidence] = new(5, 20, "evidence marks"),
            [Kind.Clip] = new(2, 5, "clips"),
        }, 250_000);
    }

    private readonly Limits limits = limits ?? Limits.Default;
    private readonly ConcurrentDictionary<string, Connection> connections = new();

    /// <summary>Why this command may not go ahead, or null when it may. <paramref name="recordCharacters"/>
    /// is the length of a call-record update's value.</summary>
    public string? Refusal(string connectionId, Kind kind, int recordCharacters = 0)
    {
        var connection = connections.GetOrAdd(connectionId, _ => new Connection(limits));
        var rate = limits.Rates[kind];
        string? refusal = null;
        using (var lease = connection.Buckets[kind].AttemptAcquire())
        {
            if (!lease.IsAcquired)
                refusal = $"Too many {rate.Words} from this page: at most {rate.PerSecond} a second. Wait a moment and try again.";
        }
        if (refusal is null && kind == Kind.RecordField &&
            Interlocked.Add(ref connection.RecordCharacters, recordCharacters) > limits.RecordCharacters)
        {
            Interlocked.Add(ref connection.RecordCharacters, -recordCharacters);
            refusal = $"The call record has reached its limit of {limits.RecordCharacters.ToString("N0", CultureInfo.InvariantCulture)} characters saved from this page.";
        }
        if (refusal is not null && connection.Refused.AddOrUpdate(kind, 1, (_, n) => n + 1) == 1)
            LogFirstRefusal(log, kind, connectionId, refusal);
        return refusal;
    }

    /// <summary>The connection has closed: its buckets go, and its refusals are counted in the log.</summary>
    public void Forget(string connectionId)
    {
        if (!connections.TryRemove(connectionId, out var connection)) return;
        foreach (var (kind, count) in connection.Refused) LogRefusedTotal(log, count, kind, connectionId);
        connection.Dispose();
    }

    public void Dispose()
    {
        foreach (var connection in connections.Values) connection.Dispose();
        connections.Clear();
    }

    private sealed class Connection(Limits limits) : IDisposable
    {
        public readonly IReadOnlyDictionary<Kind, TokenBucketRateLimiter> Buckets = limits.Rates.ToDictionary(r => r.Key, r =>
            new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = r.Value.Burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / r.Value.PerSecond),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

        public readonly ConcurrentDictionary<Kind, int> Refused = new();
        public long RecordCharacters;

        public void Dispose()
        {
            foreach (var bucket in Buckets.Values) bucket.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Kind} from connection {ConnectionId}: {Refusal} (further refusals of this kind are counted when it closes)")]
    private static partial void LogFirstRefusal(ILogger logger, Kind kind, string connectionId, string refusal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Count} commands of kind {Kind} from connection {ConnectionId} in all")]
    private static partial void LogRefusedTotal(ILogger logger, int count, Kind kind, string connectionId);
}
