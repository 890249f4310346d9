using IucRecruit.Web.Features.Calls;

namespace IucRecruit.Web.Tests.Calls;

public sealed class CallRelayMetricsTests
{
    [Fact]
    public void Percentiles_come_from_the_frames_relayed_between_two_snapshots()
    {
        var metrics = new CallRelayMetrics();
        for (var i = 0; i < 100; i++) metrics.RecordRelay(TimeSpan.FromMilliseconds(50)); // before the window
        var before = metrics.Read();
        for (var i = 0; i < 98; i++) metrics.RecordRelay(TimeSpan.FromMilliseconds(0.25));
        metrics.RecordRelay(TimeSpan.FromMilliseconds(4.05));
        metrics.RecordRelay(TimeSpan.FromSeconds(1)); // beyond the histogram: counted in the last bucket
        metrics.RecordDrop();

        var window = metrics.Read().Since(before);

        Assert.Equal((100L, 1L), (window.Relayed, window.Dropped));
        Assert.Equal(TimeSpan.FromMilliseconds(0.3), window.Percentile(0.5));
        Assert.Equal(TimeSpan.FromMilliseconds(4.1), window.Percentile(0.99));
        Assert.Equal(TimeSpan.FromMilliseconds(200), window.Percentile(1));
        Assert.Equal(TimeSpan.Zero, before.Since(before).Percentile(0.99));
    }
}
