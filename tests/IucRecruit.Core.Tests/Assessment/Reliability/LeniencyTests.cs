using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

public sealed class LeniencyTests
{
    // Hand-computed fixture: three raters, four items.
    //   item   A  B  C
    //   1      3  2  2
    //   2      4  3  3
    //   3      5  4  4
    //   4      2  1  2
    // A minus the mean of B and C: 1, 1, 1, 0.5 → mean 0.875, SD 0.25, SE 0.125.
    // B minus the mean of A and C: −0.5, −0.5, −0.5, −1 → mean −0.625, SD 0.25, SE 0.125.
    // C minus the mean of A and B: −0.5, −0.5, −0.5, 0.5 → mean −0.25, SD 0.5, SE 0.25.
    // t(0.975; 3) = 3.182446305.
    private static readonly RatingTable Fixture = RatingTables.FromRows([3, 2, 2], [4, 3, 3], [5, 4, 4], [2, 1, 2]);
    private const double T3 = 3.182446305;

    [Theory]
    [InlineData(0, 0.875, 0.125, LeniencyVerdict.Lenient)]
    [InlineData(1, -0.625, 0.125, LeniencyVerdict.Severe)]
    [InlineData(2, -0.25, 0.25, LeniencyVerdict.InLine)]
    public void Each_rater_is_compared_with_the_mean_of_the_others_on_the_same_items(int rater, double mean, double standardError, LeniencyVerdict verdict)
    {
        var result = Leniency.AgainstPeers(Fixture)[rater];

        Assert.Equal(mean, result.MeanDifference.Estimate!.Value, 12);
        Assert.Equal(mean - (T3 * standardError), result.MeanDifference.Interval!.Lower, 8);
        Assert.Equal(mean + (T3 * standardError), result.MeanDifference.Interval.Upper, 8);
        Assert.Equal(4, result.MeanDifference.N);
        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Against_a_reference_the_differences_are_from_the_expert_score()
    {
        var reference = new Dictionary<string, double> { ["item 1"] = 3, ["item 2"] = 3, ["item 3"] = 4, ["item 4"] = 2 };

        var a = Leniency.AgainstReference(Fixture, reference)[0];

        // A minus reference: 0, 1, 1, 0 → mean 0.5, SD √(1/3), SE √(1/3)/2.
        Assert.Equal(0.5, a.MeanDifference.Estimate!.Value, 12);
        Assert.Equal(0.5 + (T3 * Math.Sqrt(1.0 / 3) / 2), a.MeanDifference.Interval!.Upper, 8);
        Assert.Equal(LeniencyVerdict.InLine, a.Verdict);
        Assert.Equal("Mean difference from reference", a.MeanDifference.Form.Name);
    }

    [Fact]
    public void Items_with_no_peer_score_or_no_reference_are_not_compared()
    {
        var table = RatingTables.FromRows([3, null], [4, 2], [5, 3], [1, null]);

        var peers = Leniency.AgainstPeers(table);
        var reference = Leniency.AgainstReference(table, new Dictionary<string, double> { ["item 2"] = 3 });

        Assert.Equal(2, peers[0].MeanDifference.N);
        Assert.Equal(2, peers[0].MeanDifference.Estimate!.Value, 12);
        Assert.Equal(1, reference[1].MeanDifference.N);
        Assert.Equal(LeniencyVerdict.NotEnoughData, reference[1].Verdict);
        Assert.Equal("one item: no interval", reference[1].MeanDifference.Note);
    }

    [Fact]
    public void A_lone_rater_has_no_peers_and_says_so()
    {
        var only = Leniency.AgainstPeers(RatingTables.FromRows([3], [4]))[0];

        Assert.False(only.MeanDifference.IsDefined);
        Assert.Equal("no item scored by this rater and another", only.MeanDifference.NotDefinedReason);
        Assert.Equal(LeniencyVerdict.NotEnoughData, only.Verdict);
    }

    [Fact]
    public void Perfect_agreement_puts_every_rater_in_line()
    {
        var raters = Leniency.AgainstPeers(RatingTables.FromRows([1, 1, 1], [3, 3, 3], [2.5, 2.5, 2.5]));

        Assert.All(raters, r =>
        {
            Assert.Equal(0, r.MeanDifference.Estimate!.Value, 12);
            Assert.Equal(LeniencyVerdict.InLine, r.Verdict);
        });
    }
}
