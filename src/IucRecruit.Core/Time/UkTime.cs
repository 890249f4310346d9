using System.Globalization;

namespace IucRecruit.Core.Time;

/// <summary>
/// The product stores UTC and speaks UK time: NHS 111 runs on UK clocks, with British Summer Time.
/// Slots are entered and shown in Europe/London time.
/// </summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The UTC instant of a UK wall-clock time. In the hour skipped when the clocks go
    /// forward, the time is read as if the clocks had not changed yet.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static DateTime ToUk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"14:30".</summary>
    public static string Clock(DateTime utc) => ToUk(utc).ToString("HH:mm", EnglishUk);

    /// <summary>"Monday 23 November 2026, 14:30".</summary>
    public static string DateAndClock(DateTime utc) => ToUk(utc).ToString("dddd d MMMM yyyy, HH:mm", EnglishUk);
}
