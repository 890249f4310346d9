using IucRecruit.Core.Time;

namespace IucRecruit.Core.Messages;

/// <summary>When an outbox message is tried again, when it is given up, and when a reminder is due.</summary>
public static class OutboxRules
{
    /// <summary>The wait after the first failure; it doubles with each failure after that.</summary>
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts: a mail server back after a night's outage is
    /// tried within the hour.</summary>
    public static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    /// <summary>How long a node holds a message it is sending before another node may take it. Longer
    /// than any one send can take (MailKit's timeout is 30 s), so two nodes never send the same
    /// message unless the first died while sending.</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);

    /// <summary>When to try again after <paramref name="failures"/> failed attempts (1 or more):
    /// 30 s, 1 min, 2 min, 4 min, … up to an hour.</summary>
    public static DateTime NextAttemptUtc(int failures, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var doublings = Math.Min(failures - 1, 20);
        var wait = TimeSpan.FromTicks(Math.Min(FirstRetry.Ticks << doublings, LongestRetry.Ticks));
        return nowUtc + wait;
    }

    /// <summary>The reminder goes at 09:00 UK time on the day before the call. Null when that moment
    /// has passed at booking (a call booked for tomorrow afternoon): the confirmation is the reminder.</summary>
    public static DateTime? ReminderDueUtc(DateTime slotStartUtc, DateTime bookedUtc)
    {
        var dayBefore = DateOnly.FromDateTime(UkTime.ToUk(slotStartUtc)).AddDays(-1);
        var due = UkTime.ToUtc(dayBefore, new TimeOnly(9, 0));
        return due > bookedUtc ? due : null;
    }
}
