using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Tests.Scenarios.Matching;

public sealed class UkDateTests
{
    [Theory]
    [InlineData("14/03/1998")]
    [InlineData("14/3/1998")]
    [InlineData("14-03-1998")]
    [InlineData("14.03.1998")]
    [InlineData("14 03 1998")]
    [InlineData("14031998")]
    [InlineData("1998-03-14")]
    [InlineData("14 March 1998")]
    [InlineData("14th March 1998")]
    [InlineData("14th of March, 1998")]
    [InlineData("14 Mar 1998")]
    [InlineData("14-Mar-1998")]
    [InlineData("March 14, 1998")]
    [InlineData("  14 MARCH 1998 ")]
    public void Usual_UK_forms_of_a_date_match(string written) =>
        Assert.True(UkDate.Compare("1998-03-14", written).Matched, written);

    [Fact]
    public void Day_comes_before_month_as_in_the_UK()
    {
        Assert.False(UkDate.Compare("1998-03-04", "03/04/1998").Matched);
        Assert.True(UkDate.Compare("1998-03-04", "04/03/1998").Matched);
    }

    [Fact]
    public void A_two_digit_year_matches_when_its_digits_agree_and_the_explanation_says_how_it_was_read()
    {
        var result = UkDate.Compare("1938-05-12", "12/05/38");

        Assert.True(result.Matched);
        Assert.Equal("The same date as 12 May 1938; the two-digit year 38 was taken as 1938.", result.Explanation);
        Assert.False(UkDate.Compare("1938-05-12", "12/05/39").Matched);
    }

    [Theory]
    [InlineData("31/02/1998")]
    [InlineData("14/13/1998")]
    [InlineData("00/03/1998")]
    [InlineData("14 Smarch 1998")]
    [InlineData("last Tuesday")]
    [InlineData("14/03")]
    public void Impossible_or_incomplete_dates_are_not_read(string written) => Assert.Null(UkDate.Parse(written));

    [Fact]
    public void A_leap_day_is_a_date_only_in_a_leap_year()
    {
        Assert.NotNull(UkDate.Parse("29/02/2024"));
        Assert.Null(UkDate.Parse("29/02/2023"));
    }

    [Fact]
    public void A_different_date_says_which_date_was_given_and_which_was_expected() =>
        Assert.Equal("15 March 1998 is not 14 March 1998.", UkDate.Compare("1998-03-14", "15/03/1998").Explanation);
}
