using IucRecruit.Web.Features.Recordings;

namespace IucRecruit.Web.Tests.Recordings;

public sealed class WaveformTests
{
    [Fact]
    public void Each_column_holds_the_loudest_sample_of_its_slice()
    {
        var samples = new short[1000];
        samples[100] = 16384;
        samples[600] = -32768;
        samples[999] = 8192;

        var peaks = Waveform.Peaks(samples, 4);

        Assert.Equal([0.5, 0, 1, 0.25], peaks);
    }

    [Fact]
    public void An_empty_recording_is_a_flat_line() => Assert.All(Waveform.Peaks([], 10), p => Assert.Equal(0, p));

    [Fact]
    public void The_path_is_symmetric_about_the_middle()
    {
        Assert.Equal("M0 40 L0 20 L1 40 L1 40 L0 60 Z", Waveform.Path([0.5, 0], 80));
    }
}
