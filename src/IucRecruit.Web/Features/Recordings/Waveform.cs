using System.Globalization;
using System.Text;

namespace IucRecruit.Web.Features.Recordings;

/// <summary>A channel's waveform as an SVG path of peak levels, one column per slice of time, drawn
/// on the server so the page needs no script to show it.</summary>
public static class Waveform
{
    /// <summary>The largest absolute sample in each of <paramref name="columns"/> equal slices,
    /// scaled to 0..1.</summary>
    public static double[] Peaks(short[] samples, int columns)
    {
        var peaks = new double[columns];
        if (samples.Length == 0) return peaks;
        for (var c = 0; c < columns; c++)
        {
            var from = (int)((long)samples.Length * c / columns);
            var to = Math.Max(from + 1, (int)((long)samples.Length * (c + 1) / columns));
            var peak = 0;
            for (var i = from; i < to && i < samples.Length; i++) peak = Math.Max(peak, Math.Abs((int)samples[i]));
            peaks[c] = peak / 32768.0;
        }
        return peaks;
    }

    /// <summary>A closed path, symmetric about the middle line, in a box <paramref name="height"/>
    /// high and one unit wide per column.</summary>
    public static string Path(double[] peaks, double height)
    {
        var middle = height / 2;
        var path = new StringBuilder(peaks.Length * 24);
        path.Append(CultureInfo.InvariantCulture, $"M0 {middle:0.#}");
        for (var c = 0; c < peaks.Length; c++) path.Append(CultureInfo.InvariantCulture, $" L{c} {middle - peaks[c] * middle:0.#}");
        for (var c = peaks.Length - 1; c >= 0; c--) path.Append(CultureInfo.InvariantCulture, $" L{c} {middle + peaks[c] * middle:0.#}");
        return path.Append(" Z").ToString();
    }
}
