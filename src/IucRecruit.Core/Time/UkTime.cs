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

    /// <summary>"Monday 23 November 2026".</summary>
    public static string LongDate(DateTime utc) => ToUk(utc).ToString("dddd d MMMM yyyy", EnglishUk);

    /// <summary>"Monday 23 November 2026, 14:30".</summary>
    public static string DateAndClock(DateTime utc) => ToUk(utc).ToString("dddd d MMMM yyyy, HH:mm", EnglishUk);

    /// <summary>"Monday 23 November 2026, 14:30 GMT" (or BST in summer): for times a person reads
    /// away from a page that says its times are UK time.</summary>
    public static string DateAndClockWithZone(DateTime utc) => $"{DateAndClock(utc)} {ZoneName(utc)}";

    /// <summary>"14:30–15:15": a slot on one day.</summary>
    public static string Slot(DateTime startUtc, DateTime endUtc) => $"{Clock(startUtc)}–{Clock(endUtc)}";

    /// <summary>"Tue 3 Dec": a day named briefly.</summary>
    public static string ShortDay(DateTime utc) => ToUk(utc).ToString("ddd d MMM", EnglishUk);

    /// <summary>GMT in winter, BST (British Summer Time) in summer.</summary>
    public static string ZoneName(DateTime utc) => Zone.IsDaylightSavingTime(ToUk(utc)) ? "BST" : "GMT";
}
