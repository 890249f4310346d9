using IucRecruit.Core.Calls;

namespace IucRecruit.Core.Tests.Calls;

/// <summary>The candidate's time to finish the call record: two minutes, lengthened in proportion
/// to their extra time and never shortened; the call enforces what the page announces.</summary>
public sealed class WrapUpTests
{
    private static readonly CallScript Script = new(new Dictionary<string, int>(), new Dictionary<string, (string, TimeSpan)>());

    [Theory]
    [InlineData(0, 120)]
    [InlineData(25, 150)]
    [InlineData(50, 180)]
    [InlineData(100, 240)]
    [InlineData(-50, 120)]
    public void Extra_time_lengthens_the_two_minutes_in_proportion_and_never_shortens_them(int extraTimePercent, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), CallScript.WrapUpWithExtraTime(extraTimePercent));
        Assert.Equal(TimeSpan.FromSeconds(seconds), Script.WithExtraTime(extraTimePercent).WrapUp);
    }
}
