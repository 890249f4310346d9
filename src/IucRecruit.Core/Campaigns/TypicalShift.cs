using System.Globalization;

namespace IucRecruit.Core.Campaigns;

/// <summary>
/// A campaign's own statement of what a shift holds in numbers: how long a typical shift is and how
/// many calls an advisor takes in one (issue 15, "what a real shift looks like"). Either may be
/// unstated (null): then the pages say so rather than guess. The pace is the part of the job the
/// free working-conditions text rarely puts in figures, and the one new advisors most often say
/// they did not expect (seeds/001, "the pace").
/// </summary>
/// <param name="ShiftMinutes">A typical shift's length, breaks included.</param>
/// <param name="FewestCalls">The fewest calls in such a shift; equal to <paramref name="MostCalls"/> for one figure.</param>
public sealed record TypicalShift(int? ShiftMinutes, int? FewestCalls, int? MostCalls)
{
    /// <summary>A shift from one hour to thirteen: the Working Time Regulations 1998 give 11 hours' rest
    /// in every 24, so a longer stretch is not one shift.</summary>
    public const int ShortestMinutes = 60, LongestMinutes = 13 * 60;

    /// <summary>More than one call a minute over thirteen hours is not a statement anyone means.</summary>
    public const int MostCallsStated = 800;

    public static readonly TypicalShift Unstated = new(null, null, null);

    public bool CallsStated => FewestCalls is not null && MostCalls is not null;

    /// <summary>What the manager typed, read: the shift's length in hours ("10", "7.5") and the
    /// calls from and to. Problems come back by field, in words; the shift is null if there are any.</summary>
    public static (TypicalShift? Shift, IReadOnlyList<(string Field, string Problem)> Problems) Parse(string? hours, string? fewest, string? most)
    {
        var problems = new List<(string, string)>();
        int? minutes = null;
        if (!string.IsNullOrWhiteSpace(hours))
        {
            if (decimal.TryParse(hours.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h)
                && h * 60 is var m && m >= ShortestMinutes && m <= LongestMinutes && m == Math.Round(m))
                minutes = (int)m;
            else
                problems.Add((nameof(ShiftMinutes), "Enter the shift's length in hours, from 1 to 13, like 10 or 7.5"));
        }
        var from = Calls(nameof(FewestCalls), fewest, "fewest", problems);
        var to = Calls(nameof(MostCalls), most, "most", problems);
        if (problems.Count == 0 && (from is null) != (to is null))
            problems.Add(from is null
                ? (nameof(FewestCalls), "Enter the fewest calls in a shift too (the same number as the most, for one figure)")
                : (nameof(MostCalls), "Enter the most calls in a shift too (the same number as the fewest, for one figure)"));
        if (problems.Count == 0 && from > to)
            problems.Add((nameof(MostCalls), "The most calls in a shift must not be fewer than the fewest"));
        return (problems.Count == 0 ? new TypicalShift(minutes, from, to) : null, problems);
    }

    private static int? Calls(string field, string? text, string which, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var calls) && calls is >= 1 and <= MostCallsStated)
            return calls;
        problems.Add((field, $"Enter the {which} calls in a shift as a whole number from 1 to {MostCallsStated}"));
        return null;
    }

    /// <summary>The length as the manager would type it: "10", "7.5".</summary>
    public string? HoursText => ShiftMinutes is { } m ? (m / 60m).ToString("0.##", CultureInfo.InvariantCulture) : null;

    /// <summary>What a candidate reads, in one or two sentences; it says what the campaign has not stated.</summary>
    public string Describe()
    {
        var length = ShiftMinutes is null ? null : $"{HoursText}-hour";
        var calls = !CallsStated ? null : FewestCalls == MostCalls ? $"about {FewestCalls} calls" : $"about {FewestCalls} to {MostCalls} calls";
        return (length, calls) switch
        {
            (null, null) => "This campaign has not stated how long a shift is or how many calls an advisor takes in one.",
            (_, null) => $"A typical shift is {HoursText} hours. This campaign has not stated how many calls an advisor takes in one.",
            (null, _) => $"In a typical shift an advisor takes {calls}. This campaign has not stated how long a shift is.",
            _ => $"In a typical {length} shift an advisor takes {calls}: {Pace()}.",
        };
    }

    /// <summary>A call every so many minutes, wrap-up included, from the stated figures: the pace in a
    /// form a candidate can picture after a five-minute practice call.</summary>
    private string Pace()
    {
        var slowest = ShiftMinutes!.Value / (double)FewestCalls!.Value;
        var fastest = ShiftMinutes.Value / (double)MostCalls!.Value;
        static string Minutes(double m) => Math.Max(1, Math.Round(m)).ToString(CultureInfo.InvariantCulture);
        return Math.Round(slowest) == Math.Round(fastest)
            ? $"a new call about every {Minutes(fastest)} minutes, wrap-up and breaks included"
            : $"a new call about every {Minutes(fastest)} to {Minutes(slowest)} minutes, wrap-up and breaks included";
    }
}
