using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Tests.Scenarios.Matching;

public sealed class ExpectedAnswerTests
{
    [Fact]
    public void Exact_ignores_case_and_spacing_only()
    {
        var expected = ExpectedAnswer.Of(MatchRule.Exact, "Kirkgate Surgery");

        Assert.True(expected.Check("  kirkgate   SURGERY ").Matched);
        Assert.False(expected.Check("Kirkgate Surgery.").Matched);
    }

    [Fact]
    public void No_answer_never_matches()
    {
        var result = ExpectedAnswer.Of(MatchRule.Exact, "x").Check("   ");

        Assert.False(result.Matched);
        Assert.Equal("No answer was given.", result.Explanation);
    }

    [Fact]
    public void One_of_accepts_the_true_value_and_each_alternative_under_its_rule()
    {
        var expected = ExpectedAnswer.OneOf("Salbutamol inhaler", ["salbutamol", "blue inhaler", "Ventolin"], MatchRule.Name);

        Assert.True(expected.Check("Salbutamol Inhaler").Matched);
        Assert.True(expected.Check("salbutomol").Matched);   // one slip in a ten-letter word
        Assert.True(expected.Check("Ventolin").Matched);
        var wrong = expected.Check("brown inhaler");
        Assert.False(wrong.Matched);
        Assert.Equal("\"brown inhaler\" is none of the 4 accepted answers (Salbutamol inhaler; salbutamol; blue inhaler; Ventolin), " +
                     "compared as the same name, allowing small misspellings.", wrong.Explanation);
    }

    [Fact]
    public void One_of_says_which_accepted_answer_matched()
    {
        var result = ExpectedAnswer.OneOf("999", ["ambulance"], MatchRule.Exact).Check("Ambulance");

        Assert.True(result.Matched);
        Assert.Equal("One of 2 accepted answers. \"Ambulance\" is \"ambulance\", ignoring case and spacing.", result.Explanation);
    }

    [Theory]
    [InlineData(MatchRule.Phone, "0770", "\"0770\" is not a UK phone number; expected 10 or 11 digits starting with 0, or the same after +44")]
    [InlineData(MatchRule.Date, "14/03/98", "\"14/03/98\" is not a full date; expected a date with a four-digit year, e.g. 1998-03-14")]
    [InlineData(MatchRule.Postcode, "Leeds", "\"Leeds\" is not a UK postcode; expected a postcode such as LS6 2QT or SW1A 1AA")]
    [InlineData(MatchRule.Phone, "0113 496 0000", null)]
    [InlineData(MatchRule.Date, "1998-03-14", null)]
    public void A_true_value_that_its_rule_cannot_read_is_reported(MatchRule rule, string value, string? problem) =>
        Assert.Equal(problem, AnswerMatching.ProblemWithValue(rule, value));

    [Fact]
    public void Every_rule_has_a_file_name_that_reads_back()
    {
        foreach (var rule in Enum.GetValues<MatchRule>())
        {
            Assert.True(MatchRules.TryParse(rule.FileName(), out var read));
            Assert.Equal(rule, read);
        }
        Assert.Equal("one_of", MatchRule.OneOf.FileName());
    }
}
