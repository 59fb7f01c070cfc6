using System.Globalization;
using Analytics.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;

namespace Analytics.Tests.Interactive;

/// <summary>Charts carry plotly.js themselves (no CDN), use the culture's separators, and render to PNG.</summary>
[Collection("Formatters")]
public sealed class ChartTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static MonthlySeries Retail()
    {
        var obs = Analytics.Io.InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors();
        var store = new ObservationStore(obs).Latest();
        return MonthlySeries.FromPoints(store.Observations().Where(o => o.Indicator == "RETAIL" && o.Breakdown.Length == 0 && o.Period.Kind == PeriodKind.Month && o.HasValue).Select(o => (o.Period, o.Value)));
    }

    [Fact]
    public void SeriesWithGrowth_Html_EmbedsPlotlyAndNoCdn()
    {
        AnalyticsFormatters.Register("vi-VN");
        var chart = AnalyticsCharts.SeriesWithGrowth(Retail(), "Tổng mức bán lẻ", Vi);
        var html = chart.ToDisplayString("text/html");
        Assert.True(html.Length > 3_000_000, $"{html.Length} characters: plotly.js is not embedded");
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.plot.ly", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdnjs", html, StringComparison.Ordinal);
        Assert.Contains("\"separators\":\",.\"", html, StringComparison.Ordinal);
        Assert.Contains("\"yaxis\":\"y2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SeriesWithGrowth_EnUS_UsesEnglishSeparators()
    {
        var chart = AnalyticsCharts.SeriesWithGrowth(Retail(), "Retail sales", CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains("\"separators\":\".,\"", ChartHtml.Render(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void SavePng_ForecastFan_WritesAnImageOfTheChart()
    {
        var series = Retail();
        var history = MonthlySeries.FromPoints(series.Points().Where(p => p.Month <= Period.Month(2023, 9)));
        var forecast = Analytics.Forecasting.Forecasters.ByName("ets").Fit(history).Predict(15, [80, 95]);
        var chart = AnalyticsCharts.ForecastFan(history, forecast, "Bán lẻ: dự báo", Vi, planMonthlyLevel: 560_000);
        var path = Scratch.Path("fan", ".png");
        ChartHtml.SavePng(chart, path);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.True(bytes.Length > 20_000, $"{bytes.Length} bytes: a blank page is a few kilobytes");
    }
}
