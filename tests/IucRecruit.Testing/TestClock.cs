namespace IucRecruit.Testing;

/// <summary>
/// A clock a test controls. By default it stands still at the moment it was made, so times are
/// exact and expiry is tested with <see cref="Advance"/>. A running clock (<c>running: true</c>)
/// follows real time plus what was advanced: a live call's clock must run.
/// </summary>
public sealed class TestClock(bool running = false) : TimeProvider
{
    private readonly DateTimeOffset madeAt = DateTimeOffset.UtcNow;
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() =>
        (running ? DateTimeOffset.UtcNow : madeAt).AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
