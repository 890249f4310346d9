using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Tests.Scenarios.Matching;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("ls6 2qt", "LS6 2QT")]
    [InlineData("LS62QT", "LS6 2QT")]
    [InlineData(" LS6  2QT ", "LS6 2QT")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("gir0aa", "GIR 0AA")]
    public void Every_UK_format_is_normalised_to_capitals_with_one_space(string written, string normalised) =>
        Assert.Equal(normalised, UkPostcode.Normalise(written));

    [Theory]
    [InlineData("LS6")]
    [InlineData("LS6 2Q")]
    [InlineData("6LS 2QT")]
    [InlineData("LS6 QQT")]
    [InlineData("ABC1 2QT")]
    [InlineData("Leeds")]
    public void Text_not_in_postcode_format_is_refused(string written) => Assert.Null(UkPostcode.Normalise(written));

    [Fact]
    public void Case_and_spacing_do_not_count_but_a_character_does()
    {
        Assert.True(UkPostcode.Compare("LS6 2QT", "ls62qt").Matched);
        var wrong = UkPostcode.Compare("LS6 2QT", "LS6 2QE");
        Assert.False(wrong.Matched);
        Assert.Equal("LS6 2QE is a different postcode from LS6 2QT.", wrong.Explanation);
    }
}
