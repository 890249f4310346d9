namespace IucRecruit.Testing;

/// <summary>
/// A clock a test controls. By default it stands still (at the moment it was made, or at a given
/// instant), so times are exact and expiry is tested with <see cref="Advance"/>. A running clock
/// (<c>running: true</c>) follows real time plus what was advanced: a live call's clock must run.
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>Where a still clock stands; null for a running one.</summary>
    private readonly DateTimeOffset? standing;
    private long offsetTicks;

    public TestClock(bool running = false) => standing = running ? null : DateTimeOffset.UtcNow;

    public TestClock(DateTimeOffset standsAt) => standing = standsAt;

    public override DateTimeOffset GetUtcNow() =>
        (standing ?? DateTimeOffset.UtcNow).AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
