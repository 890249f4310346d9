using IucRecruit.Core.Funnel;

namespace IucRecruit.Core.Tests.Funnel;

public sealed class QuantilesTests
{
    // R: quantile(c(1, 2, 3, 4, 10), c(0.5, 0.9, 0.25)) → 3, 7.6, 2 (type 7, the default).
    [Theory]
    [InlineData(0.5, 3.0)]
    [InlineData(0.9, 7.6)]
    [InlineData(0.25, 2.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 10.0)]
    public void Agree_with_Rs_default_definition(double p, double expected) =>
        Assert.Equal(expected, Quantiles.FromCounts([(1, 1), (2, 1), (3, 1), (4, 1), (10, 1)], p)!.Value, 10);

    [Fact]
    public void Counted_values_are_the_same_as_repeated_values() =>
        // R: quantile(c(0, 0, 0, 5, 5, 9), 0.9) → 7
        Assert.Equal(7.0, Quantiles.FromCounts([(5, 2), (0, 3), (9, 1)], 0.9)!.Value, 10);

    [Fact]
    public void Nothing_counted_has_no_quantile_rather_than_NaN() =>
        Assert.Null(Quantiles.FromCounts([(3, 0)], 0.5));
}
