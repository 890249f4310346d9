using System.Diagnostics.Metrics;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// How long the server holds an audio frame (from the hub receiving it to handing it to the
/// listeners' connections), as a histogram in 0.1 ms steps, and how many frames were relayed or
/// dropped. Read by the relay benchmark; cheap enough to keep on in production. The same figures,
/// and the live calls, are instruments of the <see cref="MeterName"/> meter for OpenTelemetry
/// (decision 0039); the fine histogram here is what the benchmark's percentiles need.
/// </summary>
public sealed class CallRelayMetrics
{
    public const string MeterName = "IucRecruit.Calls";

    private const int Buckets = 2000; // BucketMilliseconds each: up to 200 ms, the last bucket holds the rest
    private readonly long[] histogram = new long[Buckets];
    private long relayed;
    private long dropped;
    private long activeCalls;

    private readonly Counter<long> framesIn;
    private readonly Counter<long> framesOut;
    private readonly Counter<long> framesDropped;
    private readonly Histogram<double> heldSeconds;
    private readonly UpDownCounter<long> liveCalls;

    /// <summary>For the benchmark's floor and end-to-end tallies, which nobody exports.</summary>
    public CallRelayMetrics() : this(new Meter(MeterName)) { }

    /// <summary>The app's: the host's meter factory ties the meter to this service provider.</summary>
    public CallRelayMetrics(IMeterFactory meters) : this(meters.Create(MeterName)) { }

    private CallRelayMetrics(Meter meter)
    {
        framesIn = meter.CreateCounter<long>("iucrecruit.calls.frames.received", "{frame}", "Audio frames received from participants.");
        framesOut = meter.CreateCounter<long>("iucrecruit.calls.frames.relayed", "{frame}", "Audio frames passed on to the listeners.");
        framesDropped = meter.CreateCounter<long>("iucrecruit.calls.frames.dropped", "{frame}", "Audio frames refused: unknown sender, wrong party or phase, bad size, too many.");
        // Buckets around the 10 ms target of the relay (issue 13), fine enough to see p99 move.
        heldSeconds = meter.CreateHistogram<double>("iucrecruit.calls.relay.duration", "s",
            "How long the server held a relayed frame, from receiving it to handing it to the listeners' connections.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2] });
        liveCalls = meter.CreateUpDownCounter<long>("iucrecruit.calls.live", "{call}", "Call grains active on this node.");
    }

    public long Relayed => Interlocked.Read(ref relayed);
    public long Dropped => Interlocked.Read(ref dropped);

    public void RecordRelay(TimeSpan held)
    {
        var bucket = Math.Min(Buckets - 1, (int)(held.TotalMilliseconds * 10));
        Interlocked.Increment(ref histogram[bucket]);
        Interlocked.Increment(ref relayed);
        framesIn.Add(1);
        framesOut.Add(1);
        heldSeconds.Record(held.TotalSeconds);
    }

    public void RecordDrop()
    {
        Interlocked.Increment(ref dropped);
        framesIn.Add(1);
        framesDropped.Add(1);
    }

    /// <summary>Call grains active on this node now.</summary>
    public long LiveCalls => Interlocked.Read(ref activeCalls);

    /// <summary>The call grain says when it is activated on this node and when it is deactivated.</summary>
    public void CallActivated()
    {
        Interlocked.Increment(ref activeCalls);
        liveCalls.Add(1);
    }

    public void CallDeactivated()
    {
        Interlocked.Decrement(ref activeCalls);
        liveCalls.Add(-1);
    }

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
