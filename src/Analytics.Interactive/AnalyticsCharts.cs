using System.Globalization;
using Analytics.Forecasting;
using Plotly.NET;
using Plotly.NET.CSharp;
using Analytics.Periods;
using Analytics.Series;
using Analytics.Growth;
using Chart = Plotly.NET.CSharp.Chart;

namespace Analytics.Interactive;

/// <summary>
/// The charts an economist's report needs, built with Plotly.NET: a series with its year-on-year growth, a seasonal
/// plot, a forecast fan with the plan, contributions to growth and shares. Numbers on axes and in hover labels follow
/// the culture given (vi-VN: 72.007; 12,6), and the charts render offline (<see cref="ChartHtml"/>).
/// </summary>
public static class AnalyticsCharts
{
    /// <summary>A series (line, left axis) with its growth on the same month of last year (bars, right axis).</summary>
    /// <param name="series">The monthly series.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="culture">The culture for numbers and labels.</param>
    /// <param name="from">The first month to show; growth is computed on the whole series, so the first year shown has its bars.</param>
    /// <returns>The chart.</returns>
    public static GenericChart SeriesWithGrowth(MonthlySeries series, string title, CultureInfo culture, Period? from = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(culture);
        var vi = IsVi(culture);
        var start = from ?? series.Start;
        var points = series.Points().Where(p => !double.IsNaN(p.Value) && p.Month >= start).ToList();
        var yoy = Growth.Growth.YearOnYear(series).Points().Where(p => !p.Figure.IsMissing && p.Month >= start).ToList();
        var level = Chart.Line<DateTime, double, string>(
            points.Select(p => Date(p.Month)), points.Select(p => p.Value), Name: vi ? "Giá trị" : "Value", LineColor: Color.fromString("#1f4e79"));
        var bars = Chart.Column<double, DateTime, string>(
            yoy.Select(p => p.Figure.Value), Keys: yoy.Select(p => Date(p.Month)).ToArray(), Name: vi ? "So cùng kỳ (%)" : "Year on year (%)", MarkerColor: Color.fromString("rgba(237,125,49,0.55)"));
        foreach (var trace in bars.GetTraces())
        {
            trace.SetProperty("yaxis", "y2");
            trace.SetProperty("hovertemplate", "%{x|%m/%Y}: %{y:,.1f}%<extra></extra>");
        }

        foreach (var trace in level.GetTraces())
        {
            trace.SetProperty("hovertemplate", "%{x|%m/%Y}: %{y:,.1f}<extra></extra>");
        }

        var chart = Chart.Combine([bars, level]);
        return Style(chart, title, culture, x: new { tickformat = "%m/%Y", title = new { text = vi ? "Tháng" : "Month" } },
            y: new { title = new { text = vi ? "Giá trị" : "Value" }, tickformat = ",~r" },
            y2: new { title = new { text = vi ? "% so cùng kỳ" : "% on a year earlier" }, overlaying = "y", side = "right", showgrid = false, tickformat = ",.0f", zeroline = true });
    }

    /// <summary>A seasonal plot: one line per year over January to December, so that Tết and the year-end rush show.</summary>
    /// <param name="series">The monthly series.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="culture">The culture for numbers and month names.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Seasonal(MonthlySeries series, string title, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(culture);
        var vi = IsVi(culture);
        var months = Enumerable.Range(1, 12).Select(m => MonthName(m, culture)).ToList();
        var lines = new List<GenericChart>();
        foreach (var year in series.Points().Where(p => !double.IsNaN(p.Value)).GroupBy(p => p.Month.Year).OrderBy(g => g.Key))
        {
            var pts = year.OrderBy(p => p.Month.LastMonth).ToList();
            var line = Chart.Line<string, double, string>(pts.Select(p => months[p.Month.LastMonth - 1]), pts.Select(p => p.Value), Name: year.Key.ToString(CultureInfo.InvariantCulture), ShowMarkers: true);
            foreach (var trace in line.GetTraces())
            {
                trace.SetProperty("hovertemplate", year.Key.ToString(CultureInfo.InvariantCulture) + " %{x}: %{y:,.1f}<extra></extra>");
            }

            lines.Add(line);
        }

        return Style(Chart.Combine(lines), title, culture, x: new { title = new { text = vi ? "Tháng" : "Month" }, type = "category" }, y: new { tickformat = ",~r" });
    }

    /// <summary>
    /// A forecast fan: the history, the forecast mean, its 80% and 95% bands and, with a plan, the monthly level the
    /// remaining months must average to meet it.
    /// </summary>
    /// <param name="history">The months known.</param>
    /// <param name="forecast">The forecast of the following months (with levels 80 and 95).</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="culture">The culture for numbers and labels.</param>
    /// <param name="planMonthlyLevel">The monthly level the plan requires, if any.</param>
    /// <param name="historyMonths">How many months of history to show.</param>
    /// <returns>The chart.</returns>
    public static GenericChart ForecastFan(MonthlySeries history, Forecast forecast, string title, CultureInfo culture, double? planMonthlyLevel = null, int historyMonths = 36)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(culture);
        var vi = IsVi(culture);
        var hist = history.Points().Where(p => !double.IsNaN(p.Value)).TakeLast(historyMonths).ToList();
        var x = Enumerable.Range(1, forecast.Horizon).Select(h => Date(forecast.MonthOf(h))).ToList();
        var charts = new List<GenericChart>();
        foreach (var (level, color) in new[] { (95, "rgba(31,78,121,0.15)"), (80, "rgba(31,78,121,0.30)") })
        {
            if (!forecast.Levels.Contains(level))
            {
                continue;
            }

            var band = Chart.Range<DateTime, double, string>(
                x, forecast.Mean, forecast.Upper(level), forecast.Lower(level), StyleParam.Mode.Lines,
                Name: string.Create(culture, $"{(vi ? "Khoảng" : "Interval")} {level}%"), RangeColor: Color.fromString(color), LineColor: Color.fromString("rgba(0,0,0,0)"));

            // The band's bounds are drawn as their own traces: keep them out of the legend, which names the band once.
            foreach (var trace in band.GetTraces())
            {
                trace.SetProperty("legendgrouptitle", new { text = string.Empty });
                if (trace.TryGetPropertyValue("name") is { } name && name.Value is "upper" or "lower")
                {
                    trace.SetProperty("showlegend", false);
                }
            }

            charts.Add(band);
        }

        charts.Add(Chart.Line<DateTime, double, string>(hist.Select(p => Date(p.Month)), hist.Select(p => p.Value), Name: vi ? "Thực hiện" : "Actual", LineColor: Color.fromString("#222222")));
        charts.Add(Chart.Line<DateTime, double, string>(x, forecast.Mean, Name: (vi ? "Dự báo " : "Forecast ") + forecast.Method, LineColor: Color.fromString("#1f4e79"), LineDash: StyleParam.DrawingStyle.Dash));
        if (planMonthlyLevel is { } plan)
        {
            charts.Add(Chart.Line<DateTime, double, string>(x, x.Select(_ => plan), Name: vi ? "Mức cần đạt/tháng để hoàn thành kế hoạch" : "Monthly level the plan needs", LineColor: Color.fromString("#c00000"), LineDash: StyleParam.DrawingStyle.Dot));
        }

        return Style(Chart.Combine(charts), title, culture, x: new { tickformat = "%m/%Y" }, y: new { tickformat = ",~r" });
    }

    /// <summary>Contributions of the parts to the total's growth, in percentage points (horizontal bars).</summary>
    /// <param name="contributions">Each part's name and contribution in percentage points.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="culture">The culture for numbers.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Contributions(IEnumerable<(string Part, double Points)> contributions, string title, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        ArgumentNullException.ThrowIfNull(culture);
        var list = contributions.Where(c => !double.IsNaN(c.Points)).OrderBy(c => c.Points).ToList();
        var bars = Chart.Bar<double, string, string>(list.Select(c => c.Points), Keys: list.Select(c => c.Part).ToArray(), Name: IsVi(culture) ? "Điểm phần trăm" : "Percentage points");
        foreach (var trace in bars.GetTraces())
        {
            trace.SetProperty("hovertemplate", "%{y}: %{x:,.2f}<extra></extra>");
            trace.SetProperty("marker", new { color = list.Select(c => c.Points >= 0 ? "#2e75b6" : "#c00000").ToArray() });
        }

        return Style(bars, title, culture, x: new { title = new { text = IsVi(culture) ? "Đóng góp (điểm phần trăm)" : "Contribution (percentage points)" }, tickformat = ",.1f", zeroline = true }, y: new { automargin = true });
    }

    /// <summary>Shares of a total (a doughnut), e.g. exports by market.</summary>
    /// <param name="parts">Each part's name and value.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="culture">The culture for numbers.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Shares(IEnumerable<(string Part, double Value)> parts, string title, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(culture);
        var list = parts.Where(p => !double.IsNaN(p.Value) && p.Value > 0).ToList();
        var pie = Chart.Pie<double, string, string>(list.Select(p => p.Value), Labels: list.Select(p => p.Part).ToArray(), Hole: 0.45);
        foreach (var trace in pie.GetTraces())
        {
            trace.SetProperty("hovertemplate", "%{label}: %{value:,.1f} (%{percent})<extra></extra>");
            trace.SetProperty("sort", false);
        }

        return Style(pie, title, culture, null, null);
    }

    private static GenericChart Style(GenericChart chart, string title, CultureInfo culture, object? x, object? y, object? y2 = null)
    {
        var layout = new Layout();
        // plotly.js takes the decimal and thousands separators from here: ",." in vi-VN (72.007,5), ".," in en-US.
        layout.SetProperty("separators", culture.NumberFormat.NumberDecimalSeparator + culture.NumberFormat.NumberGroupSeparator);
        layout.SetProperty("title", new { text = title });
        layout.SetProperty("legend", new { orientation = "h", y = -0.2 });
        layout.SetProperty("margin", new { l = 60, r = 60, t = 50, b = 60 });
        if (x is not null)
        {
            layout.SetProperty("xaxis", x);
        }

        if (y is not null)
        {
            layout.SetProperty("yaxis", y);
        }

        if (y2 is not null)
        {
            layout.SetProperty("yaxis2", y2);
        }

        return GenericChart.addLayout(layout, chart);
    }

    private static DateTime Date(Period month) => new(month.Year, month.LastMonth, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static bool IsVi(CultureInfo c) => c.TwoLetterISOLanguageName == "vi";

    private static string MonthName(int m, CultureInfo c) => IsVi(c) ? "T" + m.ToString(CultureInfo.InvariantCulture) : c.DateTimeFormat.GetAbbreviatedMonthName(m);
}
