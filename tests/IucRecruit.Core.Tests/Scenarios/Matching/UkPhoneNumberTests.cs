using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Tests.Scenarios.Matching;

public sealed class UkPhoneNumberTests
{
    [Theory]
    [InlineData("07700 900123", "07700900123")]
    [InlineData("07700-900-123", "07700900123")]
    [InlineData("+44 7700 900123", "07700900123")]
    [InlineData("+44 (0)7700 900123", "07700900123")]
    [InlineData("0044 7700 900123", "07700900123")]
    [InlineData("(0113) 496 0000", "01134960000")]
    [InlineData(" 0113.496.0000 ", "01134960000")]
    [InlineData("016977 3456", "0169773456")]
    public void Usual_ways_of_writing_a_number_normalise_to_national_form(string written, string national) =>
        Assert.Equal(national, UkPhoneNumber.Normalise(written));

    [Theory]
    [InlineData("7700 900123")]        // no trunk 0
    [InlineData("077009001234567")]    // too long
    [InlineData("+33 1 42 68 53 00")]  // France
    [InlineData("0800 abc")]
    [InlineData("00 1234 5678")]       // 0 then 0 is an international prefix, not a UK code
    public void Text_that_is_not_a_UK_number_is_refused(string written)
        => Assert.Null(UkPhoneNumber.Normalise(written));

    [Fact]
    public void Different_spacing_and_an_international_prefix_still_match()
    {
        var result = UkPhoneNumber.Compare("07700 900123", "+44 (0) 7700-900-123");

        Assert.True(result.Matched);
        Assert.Contains("07700900123", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_digit_does_not_match_and_the_explanation_shows_both_numbers()
    {
        var result = UkPhoneNumber.Compare("07700 900123", "07700 900132");

        Assert.False(result.Matched);
        Assert.Equal("07700900132 is a different number from 07700900123.", result.Explanation);
    }

    [Fact]
    public void An_answer_that_is_not_a_number_says_what_was_expected() =>
        Assert.Equal("\"call me back\" is not a UK phone number (10 or 11 digits starting with 0, or the same after +44).",
            UkPhoneNumber.Compare("07700 900123", "call me back").Explanation);
}
