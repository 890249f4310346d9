using IucRecruit.Core.Time;

namespace IucRecruit.Core.Tests.Time;

public sealed class UkTimeTests
{
    [Fact]
    public void Winter_times_are_utc_and_summer_times_are_an_hour_ahead()
    {
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2026, 12, 1), new TimeOnly(9, 0)));
        Assert.Equal(new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2026, 7, 1), new TimeOnly(9, 0)));
        Assert.Equal("10:30", UkTime.Clock(new DateTime(2026, 7, 1, 9, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_time_in_the_hour_the_clocks_skip_is_read_as_the_next_valid_time()
    {
        // 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:30 does not exist on UK clocks.
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
    }
}
