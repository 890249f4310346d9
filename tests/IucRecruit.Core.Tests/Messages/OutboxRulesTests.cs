using IucRecruit.Core.Messages;

namespace IucRecruit.Core.Tests.Messages;

public sealed class OutboxRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Retries_wait_30_seconds_then_twice_as_long_each_time_up_to_an_hour() =>
        Assert.Equal(new double[] { 30, 60, 120, 240, 480, 960, 1920, 3600, 3600 },
            Enumerable.Range(1, 9).Select(failures => (OutboxRules.NextAttemptUtc(failures, Now) - Now).TotalSeconds));

    [Fact]
    public void After_many_failures_the_wait_stays_an_hour() =>
        Assert.Equal(TimeSpan.FromHours(1), OutboxRules.NextAttemptUtc(500, Now) - Now);

    [Fact]
    public void The_reminder_goes_at_nine_uk_time_the_day_before_in_summer_and_in_winter()
    {
        // 15 July: BST, 09:00 UK is 08:00 UTC. 15 January: GMT, 09:00 UK is 09:00 UTC.
        Assert.Equal(new DateTime(2027, 7, 14, 8, 0, 0, DateTimeKind.Utc),
            OutboxRules.ReminderDueUtc(new DateTime(2027, 7, 15, 13, 0, 0, DateTimeKind.Utc), Now));
        Assert.Equal(new DateTime(2027, 1, 14, 9, 0, 0, DateTimeKind.Utc),
            OutboxRules.ReminderDueUtc(new DateTime(2027, 1, 15, 13, 0, 0, DateTimeKind.Utc), Now));
    }

    [Fact]
    public void A_call_booked_after_its_reminder_time_gets_no_reminder() =>
        Assert.Null(OutboxRules.ReminderDueUtc(new DateTime(2026, 12, 2, 14, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc)));
}
