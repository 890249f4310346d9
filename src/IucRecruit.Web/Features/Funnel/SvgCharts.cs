using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace IucRecruit.Web.Features.Funnel;

/// <summary>A series of bars: one value per category (null: no bar).</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>Horizontal bars, one row per category, series side by side or stacked; optional
/// whiskers (a confidence interval per category of the first series) and a reference line.</summary>
public sealed record BarChart(
    string Id, string Title, string Summary, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series,
    string Unit, bool Stacked = false, IReadOnlyList<(double Low, double High)?>? Whiskers = null,
    double? ReferenceLine = null, double? Maximum = null);

/// <summary>A step line (a survival curve) with an optional band around it.</summary>
public sealed record StepSeries(string Name, IReadOnlyList<(double X, double Y)> Points, IReadOnlyList<(double X, double Low, double High)>? Band);

public sealed record StepChart(string Id, string Title, string Summary, IReadOnlyList<StepSeries> Series, string XUnit, double XMaximum, double XTickEvery);

/// <summary>An estimate with its interval (null: none), one row per category, around a zero line:
/// a forest plot, for differences such as an assessor's leniency. <see cref="Reach"/> sets how far
/// the axis goes either side of zero, so that several charts share one scale.</summary>
public sealed record IntervalChart(
    string Id, string Title, string Summary, IReadOnlyList<string> Categories, IReadOnlyList<(double? Estimate, double Low, double High)?> Values,
    string Unit, double Reach = 0);

/// <summary>
/// Server-rendered SVG charts (DESIGN.md §6): no script, no inline style (colours come from the
/// chart-series-N classes in site.css), a title and a text summary read by screen readers, and
/// always a data table beside them on the page. A chart with nothing to draw says so in words
/// instead of drawing empty axes (issue 16: an empty filter used to fail the whole page).
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int LabelWidth = 250;
    private const int RightMargin = 56;
    private const int RowHeight = 16;
    private const int RowGap = 10;
    private const int AxisHeight = 34;

    public static IHtmlContent Bars(BarChart chart)
    {
        if (chart.Categories.Count == 0) return NothingToShow(chart.Title);
        var perRow = chart.Stacked ? 1 : chart.Series.Count;
        var rowHeight = perRow * RowHeight + RowGap;
        var legendHeight = LegendHeight(chart.Series.Select(s => s.Name).ToList(), LabelWidth);
        var height = legendHeight + chart.Categories.Count * rowHeight + AxisHeight;
        var plotWidth = Width - LabelWidth - RightMargin;
        var maximum = NiceMaximum(chart.Maximum ?? Math.Max(1e-9, Enumerable.Range(0, chart.Categories.Count).Max(i => chart.Stacked
            ? chart.Series.Sum(s => s.Values[i] ?? 0)
            : chart.Series.Max(s => Math.Max(s.Values[i] ?? 0, chart.Whiskers?[i]?.High ?? 0)))));
        double X(double value) => LabelWidth + value / maximum * plotWidth;

        var svg = Open(chart.Id, chart.Title, chart.Summary, height);
        Legend(svg, chart.Series.Select(s => s.Name).ToList(), LabelWidth);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var top = legendHeight + i * rowHeight;
            svg.Append(Text(LabelWidth - 8, top + perRow * RowHeight / 2.0 + 4, chart.Categories[i], "end", "chart-label"));
            double stackedAt = 0;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (chart.Series[s].Values[i] is not { } value) continue;
                var y = chart.Stacked ? top : top + s * RowHeight;
                var from = chart.Stacked ? stackedAt : 0;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"chart-series-{s + 1}\" x=\"{N(X(from))}\" y=\"{N(y)}\" width=\"{N(X(from + value) - X(from))}\" height=\"{RowHeight - 2}\"><title>{E(chart.Categories[i])}, {E(chart.Series[s].Name)}: {E(Format(value))} {E(chart.Unit)}</title></rect>");
                stackedAt += value;
                if (!chart.Stacked && chart.Whiskers is null)
                    svg.Append(Text(X(value) + 4, y + RowHeight - 4, Format(value), "start", "chart-value"));
            }
            if (chart.Whiskers?[i] is { } whisker)
            {
                var y = top + RowHeight / 2.0 - 1;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<path class=\"chart-whisker\" d=\"M{N(X(whisker.Low))} {N(y)} H{N(X(whisker.High))} M{N(X(whisker.Low))} {N(y - 5)} V{N(y + 5)} M{N(X(whisker.High))} {N(y - 5)} V{N(y + 5)}\"/>");
            }
            if (chart.Stacked) svg.Append(Text(X(stackedAt) + 4, top + RowHeight - 4, Format(stackedAt), "start", "chart-value"));
        }
        var axisTop = legendHeight + chart.Categories.Count * rowHeight;
        if (chart.ReferenceLine is { } reference)
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"chart-reference\" d=\"M{N(X(reference))} {legendHeight} V{N(axisTop)}\"/>");
        Axis(svg, axisTop, LabelWidth, plotWidth, maximum, maximum / 4, chart.Unit, v => Format(v));
        return Close(svg);
    }

    public static IHtmlContent Steps(StepChart chart)
    {
        if (chart.Series.Count == 0) return NothingToShow(chart.Title);
        const int left = 48, plotHeight = 240;
        var top = Math.Max(30, LegendHeight(chart.Series.Select(s => s.Name).ToList(), left) + 8);
        var plotWidth = Width - left - 24;
        var height = top + plotHeight + AxisHeight;
        double X(double x) => left + Math.Min(x, chart.XMaximum) / chart.XMaximum * plotWidth;
        double Y(double y) => top + (1 - y) * plotHeight;

        var svg = Open(chart.Id, chart.Title, chart.Summary, height);
        Legend(svg, chart.Series.Select(s => s.Name).ToList(), left);
        foreach (var tick in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"chart-grid\" d=\"M{left} {N(Y(tick))} H{N(left + plotWidth)}\"/>");
            svg.Append(Text(left - 6, Y(tick) + 4, $"{tick * 100:0}%", "end", "chart-label"));
        }
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            if (series.Band is { Count: > 0 } band)
            {
                var upper = StepPath(band.Select(b => (b.X, b.High)).ToList(), X, Y);
                var lower = StepPath(band.Select(b => (b.X, b.Low)).ToList(), X, Y);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<path class=\"chart-band chart-series-{s + 1}\" d=\"M{string.Join(" L", upper)} L{string.Join(" L", lower.AsEnumerable().Reverse())} Z\"/>");
            }
            svg.Append(CultureInfo.InvariantCulture,
                $"<path class=\"chart-line chart-series-{s + 1}\" d=\"M{string.Join(" L", StepPath(series.Points, X, Y))}\"><title>{E(series.Name)}</title></path>");
        }
        Axis(svg, top + plotHeight, left, plotWidth, chart.XMaximum, chart.XTickEvery, chart.XUnit, v => v.ToString("0", CultureInfo.InvariantCulture));
        return Close(svg);
    }

    /// <summary>A dot per category at its estimate, a whisker over its interval, and a line at zero,
    /// on an axis symmetric about zero so that above and below read alike.</summary>
    public static IHtmlContent Intervals(IntervalChart chart)
    {
        if (chart.Values.All(v => v is null)) return NothingToShow(chart.Title);
        var rowHeight = RowHeight + RowGap;
        var height = chart.Categories.Count * rowHeight + AxisHeight;
        var plotWidth = Width - LabelWidth - RightMargin;
        var reach = NiceMaximum(Math.Max(Math.Max(0.5, chart.Reach), chart.Values.OfType<(double? Estimate, double Low, double High)>()
            .SelectMany(v => new[] { Math.Abs(v.Low), Math.Abs(v.High), Math.Abs(v.Estimate ?? 0) }).DefaultIfEmpty(0).Max()));
        double X(double value) => LabelWidth + (value + reach) / (2 * reach) * plotWidth;

        var svg = Open(chart.Id, chart.Title, chart.Summary, height);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var y = i * rowHeight + RowHeight / 2.0;
            svg.Append(Text(LabelWidth - 8, y + 4, chart.Categories[i], "end", "chart-label"));
            if (chart.Values[i] is not { } value) continue;
            if (value.High > value.Low)
                svg.Append(CultureInfo.InvariantCulture,
                    $"<path class=\"chart-whisker\" d=\"M{N(X(value.Low))} {N(y)} H{N(X(value.High))} M{N(X(value.Low))} {N(y - 5)} V{N(y + 5)} M{N(X(value.High))} {N(y - 5)} V{N(y + 5)}\"/>");
            if (value.Estimate is { } estimate)
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"chart-series-1\" cx=\"{N(X(estimate))}\" cy=\"{N(y)}\" r=\"5\"><title>{E(chart.Categories[i])}: {E(Format(estimate))} {E(chart.Unit)}</title></circle>");
        }
        var axisTop = chart.Categories.Count * rowHeight;
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"chart-reference\" d=\"M{N(X(0))} 0 V{N(axisTop)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"chart-axis\" d=\"M{LabelWidth} {N(axisTop)} H{N(LabelWidth + plotWidth)}\"/>");
        foreach (var tick in new[] { -reach, -reach / 2, 0, reach / 2, reach })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"chart-axis\" d=\"M{N(X(tick))} {N(axisTop)} V{N(axisTop + 4)}\"/>");
            svg.Append(Text(X(tick), axisTop + 16, tick > 0 ? "+" + Format(tick) : Format(tick), "middle", "chart-label"));
        }
        svg.Append(Text(LabelWidth + plotWidth / 2.0, axisTop + 30, chart.Unit, "middle", "chart-label"));
        return Close(svg);
    }

    /// <summary>The corners of a step function that holds each value until the next point; it stops
    /// at the last point (the last time anyone was followed), as survival curves do.</summary>
    private static List<string> StepPath(IReadOnlyList<(double X, double Y)> points, Func<double, double> x, Func<double, double> y)
    {
        var corners = new List<string>();
        for (var i = 0; i < points.Count; i++)
        {
            var end = i + 1 < points.Count ? points[i + 1].X : points[i].X;
            corners.Add($"{N(x(points[i].X))} {N(y(points[i].Y))}");
            corners.Add($"{N(x(end))} {N(y(points[i].Y))}");
        }
        return corners;
    }

    private static HtmlString NothingToShow(string title) =>
        new($"<p class=\"chart-empty\"><strong>{E(title)}</strong>: nothing to show.</p>");

    private static StringBuilder Open(string id, string title, string summary, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">" +
            $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(summary)}</desc>");

    private static HtmlString Close(StringBuilder svg) => new HtmlString(svg.Append("</svg>").ToString());

    /// <summary>The legend's entries, wrapped onto as many lines as the chart's width needs, so
    /// that every series shown is named.</summary>
    private static void Legend(StringBuilder svg, List<string> names, double left)
    {
        foreach (var (name, i, x, line) in LegendLayout(names, left))
        {
            var y = 4 + line * LegendLine;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-series-{i + 1}\" x=\"{N(x)}\" y=\"{y}\" width=\"12\" height=\"12\"/>");
            svg.Append(Text(x + 16, y + 10, name, "start", "chart-label"));
        }
    }

    private const int LegendLine = 20;

    private static int LegendHeight(List<string> names, double left) =>
        names.Count < 2 ? 0 : (LegendLayout(names, left).Max(e => e.Line) + 1) * LegendLine + 4;

    private static List<(string Name, int Index, double X, int Line)> LegendLayout(List<string> names, double left)
    {
        var entries = new List<(string, int, double, int)>();
        if (names.Count < 2) return entries;
        var (x, line) = (left, 0);
        for (var i = 0; i < names.Count; i++)
        {
            var width = 24 + names[i].Length * 6.5;
            if (x > left && x + width > Width) (x, line) = (left, line + 1);
            entries.Add((names[i], i, x, line));
            x += width;
        }
        return entries;
    }

    private static void Axis(StringBuilder svg, double y, double left, double width, double maximum, double every, string unit, Func<double, string> format)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"chart-axis\" d=\"M{N(left)} {N(y)} H{N(left + width)}\"/>");
        for (var tick = 0.0; tick <= maximum + every / 1000; tick += every)
        {
            var x = left + tick / maximum * width;
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"chart-axis\" d=\"M{N(x)} {N(y)} V{N(y + 4)}\"/>");
            svg.Append(Text(x, y + 16, format(tick), "middle", "chart-label"));
        }
        svg.Append(Text(left + width / 2, y + 30, unit, "middle", "chart-label"));
    }

    private static string Text(double x, double y, string text, string anchor, string cssClass) =>
        $"<text class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\">{E(text)}</text>";

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="value"/>: round tick values.</summary>
    public static double NiceMaximum(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(m => m >= value);
    }

    private static string Format(double value) =>
        value.ToString(Math.Abs(value - Math.Round(value)) < 1e-9 ? "0" : value < 10 ? "0.##" : "0.#", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
