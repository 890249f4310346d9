using IucRecruit.Core.Candidates;

namespace IucRecruit.Core.Tests.Candidates;

/// <summary>Numbers are Ofcom's drama range (07700 900000 to 900999), set aside for fiction, so none is anyone's.</summary>
public sealed class UkMobileNumberTests
{
    [Theory]
    [InlineData("07700900123")]
    [InlineData("07700 900123")]
    [InlineData("07700-900-123")]
    [InlineData(" +44 7700 900123 ")]
    [InlineData("+447700900123")]
    [InlineData("+44 (0)7700 900123")]
    [InlineData("0044 7700 900123")]
    [InlineData("447700900123")]
    [InlineData("(07700) 900123")]
    public void A_mobile_number_written_any_usual_way_is_held_in_one_form(string written) =>
        Assert.Equal("+447700900123", UkMobileNumber.Normalise(written));

    [Fact]
    public void Isle_of_man_mobiles_are_mobiles_though_the_rest_of_076_is_pagers()
    {
        Assert.Equal("+447624123456", UkMobileNumber.Normalise("07624 123456"));
        Assert.Null(UkMobileNumber.Normalise("07623 123456"));
    }

    [Theory]
    [InlineData("01632 960123")]    // a landline (Ofcom's drama range for Newcastle)
    [InlineData("020 7946 0123")]   // a London landline
    [InlineData("0800 123 4567")]   // a freephone number
    [InlineData("07700 90012")]     // a digit short
    [InlineData("07700 9001234")]   // a digit long
    [InlineData("+33 6 12 34 56 78")] // a French mobile
    [InlineData("7700 900123")]     // no trunk zero or country code
    [InlineData("07700 9OO123")]    // letter O for zero
    [InlineData("")]
    public void Anything_else_is_not_a_uk_mobile_number(string written) => Assert.Null(UkMobileNumber.Normalise(written));

    [Fact]
    public void The_held_form_reads_as_people_in_the_uk_write_it() => Assert.Equal("07700 900123", UkMobileNumber.Display("+447700900123"));
}
