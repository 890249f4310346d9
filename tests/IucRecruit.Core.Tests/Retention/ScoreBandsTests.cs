using IucRecruit.Core.Retention;

namespace IucRecruit.Core.Tests.Retention;

public sealed class ScoreBandsTests
{
    [Fact]
    public void Bands_use_the_share_of_each_criterions_maximum()
    {
        Assert.Equal(ScoreBand.From80, ScoreBands.Of([(4, 5), (5, 5), (8, 10)]));
        Assert.Equal(ScoreBand.From60To79, ScoreBands.Of([(3, 5), (4, 5)]));
        Assert.Equal(ScoreBand.Below60, ScoreBands.Of([(2, 5)]));
        Assert.Null(ScoreBands.Of([]));
    }
}
