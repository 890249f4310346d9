namespace IucRecruit.Testing;

/// <summary>
/// Real time plus an offset that a test can move forward, so that expiry can be tested without
/// waiting while live calls, whose clock must run, still run.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
