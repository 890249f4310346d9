using IucRecruit.Audio.Telephony;

namespace IucRecruit.Audio.Tests.Telephony;

/// <summary>
/// Against ITU-T G.711 (1988) Table 2a: the reconstruction value at the start of each of the eight
/// segments, on the Recommendation's 14-bit scale (the codec's 16-bit values are four times these),
/// for the transmitted code with its bits inverted.
/// </summary>
public sealed class MuLawTests
{
    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0xEF, 33)]
    [InlineData(0xDF, 99)]
    [InlineData(0xCF, 231)]
    [InlineData(0xBF, 495)]
    [InlineData(0xAF, 1023)]
    [InlineData(0x9F, 2079)]
    [InlineData(0x8F, 4191)]
    [InlineData(0x80, 8031)]
    [InlineData(0x00, -8031)]
    [InlineData(0x6F, -33)]
    [InlineData(0x7F, 0)]
    public void Decodes_to_the_reconstruction_values_of_Table_2a(int code, int fourteenBitValue) =>
        Assert.Equal(fourteenBitValue * 4, MuLaw.Decode((byte)code));

    [Fact]
    public void Each_segment_has_sixteen_equal_steps_doubling_from_segment_to_segment()
    {
        for (var segment = 0; segment < 8; segment++)
        {
            var step = segment == 0 ? 2 : 2 << segment;
            for (var mantissa = 1; mantissa < 16; mantissa++)
            {
                var code = (byte)~((segment << 4) | mantissa);
                var previous = (byte)~((segment << 4) | (mantissa - 1));
                Assert.Equal(step * 4, MuLaw.Decode(code) - MuLaw.Decode(previous));
            }
        }
    }

    [Fact]
    public void Every_code_survives_decoding_and_encoding_again()
    {
        for (var code = 0; code < 256; code++)
        {
            var expected = code == 0x7F ? 0xFF : code; // negative zero comes back as positive zero
            Assert.Equal(expected, MuLaw.Encode(MuLaw.Decode((byte)code)));
        }
    }

    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(short.MaxValue, 0x80)]
    [InlineData(short.MinValue, 0x00)] // NAudio alone gives 0x7F here (PLATFORM.md): the clamp is tested
    [InlineData(-1, 0x7F)]
    public void Encodes_silence_and_the_extremes(short sample, int code) => Assert.Equal(code, MuLaw.Encode(sample));

    [Fact]
    public void Encoding_picks_the_nearest_level_below_the_next_decision_value()
    {
        // 14-bit decision value between 33 and 37 is 35 (Table 2a): 34 stays at 33, 35 moves up.
        Assert.Equal(33 * 4, MuLaw.Decode(MuLaw.Encode(34 * 4)));
        Assert.Equal(37 * 4, MuLaw.Decode(MuLaw.Encode(35 * 4 + 2)));
    }

    [Fact]
    public void Quantisation_error_is_less_than_one_step_of_the_segment_across_the_range()
    {
        for (var sample = -32000; sample <= 32000; sample += 7)
        {
            var code = MuLaw.Encode((short)sample);
            var segment = (~code >> 4) & 0x07;
            var step = (segment == 0 ? 2 : 2 << segment) * 4;
            Assert.InRange(Math.Abs(MuLaw.Decode(code) - sample), 0, step - 1);
        }
    }
}
