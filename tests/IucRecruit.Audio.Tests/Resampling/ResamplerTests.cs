using IucRecruit.Audio.Resampling;

namespace IucRecruit.Audio.Tests.Resampling;

public sealed class ResamplerTests
{
    public static TheoryData<int> InputRates => new() { 8000, 16000, 22050, 32000, 44100, 48000 };

    [Theory]
    [MemberData(nameof(InputRates))]
    public void A_1_kHz_tone_passes_within_half_a_decibel(int inputRate)
    {
        var output = Resampler.Convert(Signals.Tone(1000, inputRate, 1), inputRate);

        Assert.InRange(Signals.Decibels(Signals.AmplitudeAt(output, 8000, 1000) / 30000), -0.5, 0.5);
    }

    [Theory]
    [MemberData(nameof(InputRates))]
    public void The_top_of_the_telephone_band_3400_Hz_passes_within_half_a_decibel(int inputRate)
    {
        var output = Resampler.Convert(Signals.Tone(3400, inputRate, 1), inputRate);

        Assert.InRange(Signals.Decibels(Signals.AmplitudeAt(output, 8000, 3400) / 30000), -0.5, 0.5);
    }

    [Theory]
    [InlineData(48000)]
    [InlineData(44100)]
    public void A_6_kHz_tone_is_attenuated_by_at_least_40_dB(int inputRate)
    {
        var output = Resampler.Convert(Signals.Tone(6000, inputRate, 1), inputRate);

        // Unfiltered, 6 kHz would fold back to 2 kHz at 8 kHz: everything left is what leaked.
        Assert.True(Signals.Decibels(Signals.Rms(output, 8000) / (30000 / Math.Sqrt(2))) <= -40);
    }

    [Theory]
    [InlineData(48000)]
    [InlineData(44100)]
    [InlineData(16000)]
    public void Every_tone_from_4_kHz_up_is_at_least_60_dB_down(int inputRate)
    {
        for (var frequency = 4000; frequency < inputRate / 2; frequency += 350)
        {
            var output = Resampler.Convert(Signals.Tone(frequency, inputRate, 0.5), inputRate);
            var level = Signals.Decibels(Signals.Rms(output, 8000) / (30000 / Math.Sqrt(2)));
            Assert.True(level <= -60, $"{frequency} Hz came through at {level:F1} dB");
        }
    }

    [Theory]
    [InlineData(44100, 882)]
    [InlineData(44100, 128)]
    [InlineData(48000, 960)]
    [InlineData(22050, 333)]
    public void Block_by_block_output_equals_converting_all_at_once(int inputRate, int blockSize)
    {
        var input = Signals.Tone(440, inputRate, 0.7).Zip(Signals.Tone(2900, inputRate, 0.7, 1500), (a, b) => (short)(a / 2 + b)).ToArray();
        var resampler = new Resampler(inputRate);
        var streamed = new List<short>();
        var output = new short[resampler.MaxOutputLength(blockSize)];
        for (var start = 0; start < input.Length; start += blockSize)
        {
            var written = resampler.Process(input.AsSpan(start, Math.Min(blockSize, input.Length - start)), output);
            streamed.AddRange(output[..written]);
        }
        var tail = new short[resampler.MaxOutputLength(resampler.Taps)];
        streamed.AddRange(tail[..resampler.Flush(tail)]);

        Assert.Equal(Resampler.Convert(input, inputRate), streamed);
    }

    [Fact]
    public void Output_is_not_shifted_in_time()
    {
        var input = new short[48000];
        input[24000] = 30000; // a click at exactly 0.5 s

        var output = Resampler.Convert(input, 48000);

        Assert.Equal(4000, Array.IndexOf(output, output.Max()));
        Assert.Equal(8000, output.Length);
    }

    [Fact]
    public void Upsampling_8_kHz_for_a_sound_card_keeps_the_tone_and_removes_its_images()
    {
        var output = Resampler.Convert(Signals.Tone(1000, 8000, 1), 8000, 48000);

        Assert.Equal(48000, output.Length);
        Assert.InRange(Signals.Decibels(Signals.AmplitudeAt(output, 48000, 1000) / 30000), -0.5, 0.5);
        // Zero-stuffing would leave images at 8 kHz ± 1 kHz.
        Assert.True(Signals.Decibels(Signals.AmplitudeAt(output, 48000, 7000) / 30000) <= -60);
        Assert.True(Signals.Decibels(Signals.AmplitudeAt(output, 48000, 9000) / 30000) <= -60);
    }

    [Fact]
    public void A_constant_passes_unchanged_through_every_phase()
    {
        var input = Enumerable.Repeat((short)12345, 44100).ToArray();

        var output = Resampler.Convert(input, 44100);

        Assert.All(output[100..^100], s => Assert.Equal(12345, s));
    }

    [Fact]
    public void Full_scale_input_is_clipped_not_wrapped()
    {
        // A square wave rings past full scale after filtering (Gibbs); it must clip, not wrap around.
        var input = Enumerable.Range(0, 48000).Select(i => (i / 24) % 2 == 0 ? short.MaxValue : short.MinValue).ToArray();

        var output = Resampler.Convert(input, 48000);

        Assert.Contains(short.MaxValue, output);
        Assert.DoesNotContain(output.Zip(output.Skip(1)), pair => Math.Abs(pair.First - pair.Second) > 60000);
    }

    [Fact]
    public void The_streaming_delay_is_a_few_milliseconds()
    {
        Assert.InRange(new Resampler(44100).Delay.TotalMilliseconds, 2, 5);
        Assert.InRange(new Resampler(8000, 48000).Delay.TotalMilliseconds, 2, 5);
    }

    [Theory]
    [InlineData(4000, 8000)]
    [InlineData(8000, 400_000)]
    public void Rates_outside_8_to_384_kHz_are_refused_with_the_reason(int inputRate, int outputRate)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Resampler(inputRate, outputRate));

        Assert.Contains("between 8000 and 384000 Hz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_odd_rate_converts_as_well_as_a_standard_one()
    {
        // WDL interpolates between tabulated filter positions, so a ratio such as 8000/44099 needs
        // no filter set of its own (the former polyphase design refused it).
        var output = Resampler.Convert(Signals.Tone(3400, 44099, 1), 44099);

        Assert.Equal(8000, output.Length);
        Assert.InRange(Signals.Decibels(Signals.AmplitudeAt(output, 8000, 3400) / 30000), -0.5, 0.5);
    }
}
