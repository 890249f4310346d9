using System.Collections.Concurrent;
using System.Net;

namespace IucRecruit.Web.Security;

/// <summary>
/// Slows password and code guessing with growing delays instead of locking accounts (issue 16, bug 7):
/// a hard lockout let any stranger who knew an address lock its owner out for 15 minutes. Failures
/// are counted per email address (which, for staff, is the account), per signed-in-so-far account
/// at the code step, and per client address. A few are free; after that each further failure makes
/// the next attempt wait twice as long, up to a cap: short for an address, so that its owner waits
/// seconds at worst, longer for a client address that tries many. The counts know nothing about
/// whether an address belongs to anyone, so the waits are the same for real and unknown addresses.
/// Kept in this node's memory: behind a balancer each node counts its own (the limits are per node).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    /// <summary>Failures allowed before the waits start, and the longest wait, by the key's kind.</summary>
    private static (int Free, TimeSpan Cap) RuleFor(string key) => key[0] switch
    {
        'a' => (5, TimeSpan.FromSeconds(30)),  // an email address or an account
        _ => (20, TimeSpan.FromMinutes(5)),    // a client address trying many accounts
    };

    /// <summary>A key with no failure for this long is forgotten.</summary>
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(15);

    /// <summary>Past this many keys, forgotten ones are swept out on the next failure.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset NotBefore);

    public static IReadOnlyList<string> KeysFor(string address, IPAddress? client) =>
        ["a:" + address.Trim().ToUpperInvariant(), "c:" + (client?.ToString() ?? "unknown")];

    public static IReadOnlyList<string> KeysFor(Guid accountId, IPAddress? client) =>
        ["a:" + accountId.ToString("N"), "c:" + (client?.ToString() ?? "unknown")];

    /// <summary>How long to wait before another attempt with these keys, or null to go ahead.</summary>
    public TimeSpan? WaitFor(IReadOnlyList<string> keys)
    {
        var now = clock.GetUtcNow();
        var wait = keys.Select(k => entries.TryGetValue(k, out var e) ? e.NotBefore - now : TimeSpan.Zero).Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(IReadOnlyList<string> keys)
    {
        var now = clock.GetUtcNow();
        if (entries.Count > SweepAbove)
        {
            foreach (var (key, entry) in entries)
            {
                if (now - entry.LastFailure > Memory) entries.TryRemove(key, out _);
            }
        }
        foreach (var key in keys)
        {
            entries.AddOrUpdate(key,
                _ => Next(key, 1, now),
                (_, old) => Next(key, now - old.LastFailure > Memory ? 1 : old.Failures + 1, now));
        }
    }

    /// <summary>A right password or code clears the account's count (not the client's: one good
    /// account does not excuse guessing at others).</summary>
    public void Succeeded(IReadOnlyList<string> keys)
    {
        foreach (var key in keys.Where(k => k[0] == 'a')) entries.TryRemove(key, out _);
    }

    /// <summary>1 s after the first failure past the free ones, then 2 s, 4 s, … up to the cap.</summary>
    public static TimeSpan Delay(int failures, int free, TimeSpan cap) =>
        failures <= free ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - free - 1), cap.TotalSeconds));

    private static Entry Next(string key, int failures, DateTimeOffset now)
    {
        var (free, cap) = RuleFor(key);
        return new Entry(failures, now, now + Delay(failures, free, cap));
    }
}
