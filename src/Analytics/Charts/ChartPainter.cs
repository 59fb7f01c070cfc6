using System.Globalization;
using Analytics.Internal;
using ScottPlot;
using SkiaSharp;

namespace Analytics.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> to a PNG in-process (ScottPlot on SkiaSharp): no browser, no window. Numbers on axes
/// and labels follow the culture given (72.007 and 12,6 in vi-VN), negative rates carry a true minus sign (−20), and
/// the font is one installed with the Vietnamese letters.
/// </summary>
public static class ChartPainter
{
    /// <summary>The width of a picture, in logical pixels: 16 cm on the page at about 100 dpi, drawn at <see cref="Scale"/> times that.</summary>
    public const int Width = 640;

    /// <summary>The height of a picture, in logical pixels.</summary>
    public const int Height = 330;

    /// <summary>How many device pixels a logical pixel takes (so the picture stays sharp when printed).</summary>
    public const float Scale = 2.5f;

    private static readonly Color ThisYear = Color.FromHex("#1F4E79");
    private static readonly Color LastYear = Color.FromHex("#9DC3E6");
    private static readonly Color Growth = Color.FromHex("#C55A11");
    // The PNG's rows filtered by "up" (each the difference from the row above, which suits charts' flat fills and
    // straight edges) and deflated at zlib level 3: on the seed's charts about a tenth of the time of the encoder's
    // default (every filter tried on every row, level 6) for a file about 15% larger. PNG is lossless: the pixels are
    // the same whatever the options.
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Up, 3);

    private static readonly Color[] Palette = [Color.FromHex("#1F4E79"), Color.FromHex("#C55A11"), Color.FromHex("#7F7F7F")];

    /// <summary>Draws a chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <returns>The PNG's bytes, <see cref="Width"/> × <see cref="Height"/> logical pixels.</returns>
    /// <exception cref="InvalidOperationException">No installed font has the Vietnamese letters; the message says what to install.</exception>
    public static byte[] Png(Chart chart, CultureInfo culture)
    {
        Preconditions.CheckNotNull(chart);
        Preconditions.CheckNotNull(culture);
        using var plot = new Plot();
        plot.ScaleFactor = Scale;
        plot.Font.Set(ChartFont.Family);
        switch (chart)
        {
            case MonthlyChart m:
                DrawMonthly(plot, m, culture);
                break;
            case ShareChart s:
                DrawShares(plot, s, culture);
                break;
            case GrowthChart g:
                DrawGrowth(plot, g, culture);
                break;
            case FanChart f:
                DrawFan(plot, f, culture);
                break;
            default:
                throw new ArgumentException($"A chart of kind {chart.GetType().Name} cannot be drawn; use a MonthlyChart, ShareChart, GrowthChart or FanChart.", nameof(chart));
        }

        Fonts(plot);
        return Encode(plot, (int)(Width * Scale), (int)(Height * Scale));
    }

    /// <summary>The plot drawn as ScottPlot's <c>GetImage</c> draws it (an RGBA surface of that size), encoded with <see cref="PngOptions"/>.</summary>
    internal static byte[] Encode(Plot plot, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
                            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"SkiaSharp could not make a {width} × {height} picture to draw a chart on."));
        plot.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("SkiaSharp could not encode a chart as PNG.");
        return png.ToArray();
    }

    /// <summary>Formats a rate with its sign: +12,6 or −20 (a true minus, which never breaks from its digits).</summary>
    /// <param name="percent">The rate, percent.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    internal static string Signed(double percent, CultureInfo culture)
    {
        var text = Math.Abs(percent).ToString(Math.Abs(percent) >= 100 ? "N0" : "0.#", culture);
        return (percent < 0 && text != "0" ? "\u2212" : percent > 0 && text != "0" ? "+" : string.Empty) + text;
    }

    private static void DrawMonthly(Plot plot, MonthlyChart chart, CultureInfo culture)
    {
        var months = chart.Months;
        var bars = new List<Bar>();
        var hasLastYear = months.Any(m => !double.IsNaN(m.LastYear));
        for (var i = 0; i < months.Count; i++)
        {
            if (hasLastYear && !double.IsNaN(months[i].LastYear))
            {
                bars.Add(new Bar { Position = i - 0.2, Value = months[i].LastYear, Size = 0.38, FillColor = LastYear, LineWidth = 0 });
            }

            if (!double.IsNaN(months[i].Value))
            {
                bars.Add(new Bar { Position = hasLastYear ? i + 0.2 : i, Value = months[i].Value, Size = hasLastYear ? 0.38 : 0.6, FillColor = ThisYear, LineWidth = 0 });
            }
        }

        var hasValues = bars.Count > 0;
        if (hasValues)
        {
            plot.Add.Bars(bars);
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, months.Count).Select(i => (double)i)], [.. months.Select(m => m.Label)]);
        plot.Axes.Left.Label.Text = chart.Unit;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", culture) };
        if (hasValues)
        {
            var top = bars.Max(b => b.Value);
            plot.Axes.SetLimitsY(Math.Min(0, bars.Min(b => b.Value)), top * 1.12, plot.Axes.Left);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.ThisYearLabel, FillColor = ThisYear });
        }
        else
        {
            // An index published as rates only: the growth line alone, on the right axis.
            plot.Axes.Left.IsVisible = false;
            plot.Grid.YAxis = plot.Axes.Right;
        }

        plot.Axes.SetLimitsX(-0.6, months.Count - 0.4);
        if (hasValues && hasLastYear)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.LastYearLabel, FillColor = LastYear });
        }

        var growth = months.Select((m, i) => (X: (double)i, Y: m.YearOnYear)).Where(p => !double.IsNaN(p.Y)).ToList();
        if (growth.Count > 0)
        {
            var line = plot.Add.Scatter(growth.Select(p => p.X).ToArray(), growth.Select(p => p.Y).ToArray(), Growth);
            line.Axes.YAxis = plot.Axes.Right;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            plot.Axes.Right.Label.Text = chart.GrowthLabel;
            plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Signed(v, culture) };
            var (lo, hi) = (Math.Min(0, growth.Min(p => p.Y)), Math.Max(0, growth.Max(p => p.Y)));
            var pad = Math.Max((hi - lo) * 0.15, 1);
            plot.Axes.SetLimitsY(lo - pad, hi + pad, plot.Axes.Right);
            var zero = plot.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dotted);
            zero.Axes.YAxis = plot.Axes.Right;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.GrowthLabel, LineColor = Growth, LineWidth = 2, MarkerColor = Growth, MarkerShape = MarkerShape.FilledCircle });
        }

        plot.ShowLegend(Edge.Bottom);
    }

    private static void DrawShares(Plot plot, ShareChart chart, CultureInfo culture)
    {
        var n = chart.Slices.Count;
        var bars = chart.Slices.Select((s, i) => new Bar
        {
            Position = n - 1 - i,
            Value = s.Percent,
            FillColor = ThisYear,
            LineWidth = 0,
            Label = s.Percent.ToString("0.#", culture) + "% (" + s.Value.ToString(s.Value >= 100 ? "N0" : "N1", culture) + ")",
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 12;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. chart.Slices.Select(s => s.Label)]);
        plot.Axes.Bottom.Label.Text = chart.WholeLabel;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0.#", culture) };
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(0, Math.Max(chart.Slices.Max(s => s.Percent) * 1.3, 1), -0.6, n - 0.4);
    }

    private static void DrawGrowth(Plot plot, GrowthChart chart, CultureInfo culture)
    {
        var n = chart.Categories.Count;
        var k = Math.Max(chart.Series.Count, 1);
        var size = 0.8 / k;
        foreach (var (series, j) in chart.Series.Select((s, j) => (s, j)))
        {
            var color = Palette[j % Palette.Length];
            var bars = new List<Bar>();
            for (var i = 0; i < n && i < series.Percent.Count; i++)
            {
                var v = series.Percent[i];
                if (double.IsNaN(v))
                {
                    continue;
                }

                // Category i from the top; within it, the first comparison on top.
                bars.Add(new Bar { Position = n - 1 - i + 0.4 - (size * (j + 0.5)), Value = v, Size = size * 0.9, FillColor = color, LineWidth = 0, Label = Signed(v, culture) });
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
            barPlot.ValueLabelStyle.FontSize = 11;
            if (chart.Series.Count > 1)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = series.Name, FillColor = color });
            }
        }

        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. chart.Categories]);
        plot.Axes.Bottom.Label.Text = chart.AxisLabel;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Signed(v, culture) };
        var values = chart.Series.SelectMany(s => s.Percent).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).ToList();
        var (lo, hi) = (Math.Min(0, values.Min()), Math.Max(0, values.Max()));
        var pad = Math.Max((hi - lo) * 0.18, 2);
        plot.Axes.SetLimits(lo < 0 ? lo - pad : 0, hi + pad, -0.6, n - 0.4);
        plot.Add.VerticalLine(0, 1, Colors.Black);
        plot.Grid.YAxisStyle.IsVisible = false;
        if (chart.Series.Count > 1)
        {
            plot.ShowLegend(Edge.Bottom);
        }
    }

    private static void DrawFan(Plot plot, FanChart chart, CultureInfo culture)
    {
        var n = chart.MonthLabels.Count;
        static (double[] X, double[] Y) Points(IReadOnlyList<double> values)
        {
            var points = values.Select((v, i) => (X: (double)i, Y: v)).Where(p => !double.IsNaN(p.Y)).ToList();
            return ([.. points.Select(p => p.X)], [.. points.Select(p => p.Y)]);
        }

        var (kx, ky) = Points(chart.Cumulative);
        var (fx, fy) = Points(chart.ForecastCumulative);
        var top = ky.Concat(fy).DefaultIfEmpty(0).Max();
        if (fx.Length > 0)
        {
            // The year total's intervals at December: the 95% as a thin bar with caps, the 80% as a box.
            var x = fx[^1];
            var (lo95, hi95) = chart.YearEnd95;
            var (lo80, hi80) = chart.YearEnd80;
            if (double.IsFinite(lo95) && double.IsFinite(hi95))
            {
                foreach (var (x1, y1, x2, y2) in new[] { (x, lo95, x, hi95), (x - 0.12, lo95, x + 0.12, lo95), (x - 0.12, hi95, x + 0.12, hi95) })
                {
                    var bar = plot.Add.Line(x1, y1, x2, y2);
                    bar.LineColor = Colors.Gray;
                    bar.LineWidth = 1.5f;
                }

                top = Math.Max(top, hi95);
            }

            if (double.IsFinite(lo80) && double.IsFinite(hi80))
            {
                var box = plot.Add.Rectangle(x - 0.18, x + 0.18, lo80, hi80);
                box.FillColor = LastYear;
                box.LineColor = ThisYear;
                box.LineWidth = 1;
            }

            var path = plot.Add.Scatter(fx, fy, ThisYear);
            path.LineWidth = 2;
            path.LinePattern = LinePattern.Dashed;
            path.MarkerSize = 5;
            path.MarkerShape = MarkerShape.OpenCircle;
            // The year total with its 95% interval written out: at the scale of the year, the bars are short.
            var endText = fy[^1].ToString("N0", culture)
                + (double.IsFinite(lo95) && double.IsFinite(hi95) ? " (95%: " + lo95.ToString("N0", culture) + "–" + hi95.ToString("N0", culture) + ")" : string.Empty);
            var end = plot.Add.Text(endText, x - 0.3, fy[^1]);
            end.Alignment = Alignment.MiddleRight;
            end.LabelFontSize = 11;
            end.LabelFontColor = ThisYear;
        }

        var known = plot.Add.Scatter(kx, ky, ThisYear);
        known.LineWidth = 2.5f;
        known.MarkerSize = 6;
        if (!double.IsNaN(chart.Target))
        {
            plot.Add.HorizontalLine(chart.Target, 2, Growth, LinePattern.Dashed);
            top = Math.Max(top, chart.Target);
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)i)], [.. chart.MonthLabels]);
        plot.Axes.Left.Label.Text = chart.Unit;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", culture) };
        plot.Axes.SetLimits(-0.6, n - 0.4, 0, top * 1.08);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.KnownLabel, LineColor = ThisYear, LineWidth = 2.5f, MarkerColor = ThisYear, MarkerShape = MarkerShape.FilledCircle });
        if (fx.Length > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.ForecastLabel, LineColor = ThisYear, LineWidth = 2, LinePattern = LinePattern.Dashed });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.IntervalLabel, FillColor = LastYear, LineColor = Colors.Gray });
        }

        if (!double.IsNaN(chart.Target))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.TargetLabel, LineColor = Growth, LineWidth = 2, LinePattern = LinePattern.Dashed });
        }

        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
    }

    private static void Fonts(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = 12;
            axis.Label.FontSize = 13;
            axis.Label.Bold = false;
        }

        plot.Legend.FontSize = 12;
    }
}
