using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

public sealed class RatingTableTests
{
    [Fact]
    public void Items_and_raters_keep_their_first_order_and_gaps_count_as_missing()
    {
        var table = RatingTable.From([
            new Rating("call 2", "Sam", 3), new Rating("call 1", "Ali", 4), new Rating("call 1", "Sam", null), new Rating("call 3", "Ali", 2),
        ]);

        Assert.Equal(["call 2", "call 1", "call 3"], table.Items);
        Assert.Equal(["Sam", "Ali"], table.Raters);
        Assert.Equal(4.0, table.Score(1, 1));
        Assert.Null(table.Score(1, 0));
        Assert.Equal(3, table.ScoredCount);
        Assert.Equal(3, table.MissingCount); // an empty score and two absent cells
    }

    [Fact]
    public void A_second_rating_of_the_same_item_by_the_same_rater_is_refused()
    {
        var problem = Assert.Throws<ArgumentException>(() => RatingTable.From([new Rating("call 1", "Sam", 3), new Rating("call 1", "Sam", 4)]));

        Assert.StartsWith("Sam rated call 1 more than once.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_that_is_not_a_finite_number_is_refused() =>
        Assert.Throws<ArgumentException>(() => RatingTable.From([new Rating("call 1", "Sam", double.NaN)]));
}
