using System.Globalization;

namespace IucRecruit.Core.Assessment.Reliability;

/// <summary>Numbers as the reports print them (the CLI, the calibration pages): invariant
/// culture, so a file means the same everywhere.</summary>
public static class Formats
{
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Three decimals, and never "-0.000": a value that rounds to zero is zero.</summary>
    public static string Estimate(double value) =>
        (Math.Round(value, 3) == 0 ? 0 : value).ToString("0.000", CultureInfo.InvariantCulture);
}
