using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Tests.Scenarios.Matching;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]   // Levenshtein's textbook example
    [InlineData("ab", "ba", 1)]            // a swap of neighbours is one edit (Damerau)
    [InlineData("Reid", "Ried", 1)]
    [InlineData("CA", "ABC", 3)]           // optimal string alignment: no substring edited twice (unrestricted Damerau gives 2)
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Edit_distance_agrees_with_published_values(string a, string b, int distance)
    {
        Assert.Equal(distance, DamerauLevenshtein.Distance(a, b));
        Assert.Equal(distance, DamerauLevenshtein.Distance(b, a));
    }

    [Theory]
    [InlineData("Daniel O'Connor", "daniel oconnor")]
    [InlineData("Daniel O’Connor", "Daniel O'Connor")]
    [InlineData("Siân Smith-Jones", "Sian Smith Jones")]
    [InlineData("Mrs Margaret Hughes", "Margaret Hughes")]
    [InlineData("Hughes, Margaret", "Margaret Hughes")]
    public void Case_accents_punctuation_titles_and_order_do_not_count(string written, string same) =>
        Assert.Equal(PersonName.Normalise(same), PersonName.Normalise(written));

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(9, 1)]
    [InlineData(10, 2)]
    [InlineData(15, 3)]
    [InlineData(40, 3)]
    public void The_tolerance_grows_with_the_length_of_the_name(int letters, int slips) =>
        Assert.Equal(slips, PersonName.Tolerance(letters));

    [Theory]
    [InlineData("Jordan Reid", "Jordan Reed", true)]     // heard wrongly: one letter
    [InlineData("Jordan Reid", "Jordon Ried", true)]     // two slips in ten letters
    [InlineData("Jordan Reid", "Jordan Read", true)]
    [InlineData("Jordan Reid", "Jason Reid", false)]     // another person
    [InlineData("Jordan Reid", "Reid", false)]
    [InlineData("Ann Lee", "Anne Lee", true)]
    [InlineData("Ann Lee", "Anne Leigh", false)]
    [InlineData("Bo Li", "Bo Lu", false)]                // four letters: no slips allowed
    public void Small_misspellings_match_and_other_names_do_not(string expected, string answer, bool matched) =>
        Assert.Equal(matched, PersonName.Compare(expected, answer).Matched);

    [Fact]
    public void The_explanation_counts_the_slips_and_the_allowance() =>
        Assert.Equal("\"Jason Reed\" is 5 letters different from \"Jordan Reid\" (up to 2 allowed for a name of 10 letters).",
            PersonName.Compare("Jordan Reid", "Jason Reed").Explanation);
}
