namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// How long the server holds an audio frame (from the hub receiving it to handing it to the
/// listeners' connections), as a histogram in 0.1 ms steps, and how many frames were relayed or
/// dropped. Read by the relay benchmark; cheap enough to keep on in production.
/// </summary>
public sealed class CallRelayMetrics
{
    private const int Buckets = 2000; // 0.1 ms each: up to 200 ms, the last bucket holds the rest
    private readonly long[] histogram = new long[Buckets];
    private long relayed;
    private long dropped;

    public long Relayed => Interlocked.Read(ref relayed);
    public long Dropped => Interlocked.Read(ref dropped);

    public void RecordRelay(TimeSpan held)
    {
        var bucket = Math.Min(Buckets - 1, (int)(held.TotalMilliseconds * 10));
        Interlocked.Increment(ref histogram[bucket]);
        Interlocked.Increment(ref relayed);
    }

    public void RecordDrop() => Interlocked.Increment(ref dropped);

    /// <summary>The held time below which <paramref name="quantile"/> of relayed frames fall.</summary>
    public TimeSpan Percentile(double quantile)
    {
        var total = Relayed;
        if (total == 0) return TimeSpan.Zero;
        var target = (long)Math.Ceiling(quantile * total);
        long seen = 0;
        for (var b = 0; b < Buckets; b++)
        {
            seen += Interlocked.Read(ref histogram[b]);
            if (seen >= target) return TimeSpan.FromMilliseconds((b + 1) / 10.0);
        }
        return TimeSpan.FromMilliseconds(Buckets / 10.0);
    }

    public void Reset()
    {
        Array.Clear(histogram);
        Interlocked.Exchange(ref relayed, 0);
        Interlocked.Exchange(ref dropped, 0);
    }
}
