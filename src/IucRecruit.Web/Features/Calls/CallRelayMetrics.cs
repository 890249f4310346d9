namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// How long the server holds an audio frame (from the hub receiving it to handing it to the
/// listeners' connections), as a histogram in 0.1 ms steps, and how many frames were relayed or
/// dropped. Read by the relay benchmark; cheap enough to keep on in production.
/// </summary>
public sealed class CallRelayMetrics
{
    private const int Buckets = 2000; // BucketMilliseconds each: up to 200 ms, the last bucket holds the rest
    private readonly long[] histogram = new long[Buckets];
    private long relayed;
    private long dropped;
    private long liveCalls;

    public long Relayed => Interlocked.Read(ref relayed);
    public long Dropped => Interlocked.Read(ref dropped);

    public void RecordRelay(TimeSpan held)
    {
        var bucket = Math.Min(Buckets - 1, (int)(held.TotalMilliseconds * 10));
        Interlocked.Increment(ref histogram[bucket]);
        Interlocked.Increment(ref relayed);
    }

    public void RecordDrop() => Interlocked.Increment(ref dropped);

    /// <summary>Call grains active on this node now.</summary>
    public long LiveCalls => Interlocked.Read(ref liveCalls);

    public void CallActivated() => Interlocked.Increment(ref liveCalls);

    public void CallDeactivated() => Interlocked.Decrement(ref liveCalls);

    /// <summary>A copy of the counters, for the diagnostics endpoint: a reader subtracts two
    /// snapshots to get the figures of the time between them.</summary>
    public Snapshot Read() => new(Relayed, Dropped, BucketMilliseconds, histogram.Select(b => Interlocked.Read(ref b)).ToArray());

    public const double BucketMilliseconds = 0.1;

    public sealed record Snapshot(long Relayed, long Dropped, double BucketMilliseconds, long[] Buckets)
    {
        /// <summary>What happened between <paramref name="earlier"/> and this snapshot.</summary>
        public Snapshot Since(Snapshot earlier) => new(
            Relayed - earlier.Relayed, Dropped - earlier.Dropped, BucketMilliseconds,
            Buckets.Zip(earlier.Buckets, (now, then) => now - then).ToArray());

        /// <summary>The held time (upper edge of its bucket) below which <paramref name="quantile"/>
        /// of the relayed frames fall; zero when none were relayed.</summary>
        public TimeSpan Percentile(double quantile)
        {
            var total = Buckets.Sum();
            if (total == 0) return TimeSpan.Zero;
            var target = (long)Math.Ceiling(quantile * total);
            long seen = 0;
            for (var b = 0; b < Buckets.Length; b++)
            {
                seen += Buckets[b];
                if (seen >= target) return TimeSpan.FromMilliseconds((b + 1) * BucketMilliseconds);
            }
            return TimeSpan.FromMilliseconds(Buckets.Length * BucketMilliseconds);
        }
    }
}
