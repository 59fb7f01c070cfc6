using System.Globalization;
using Analytics.Charts;
using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Tests.Charts;

/// <summary>The year-end fan against the plan, from the GSO's 2024 exports, drawn with no browser on the machine.</summary>
[Collection(ProcessEnvironment.Name)]
public class FanChartTests
{
    private static readonly Period September = Period.Month(2024, 9);
    private static readonly SeriesKey Exports = new("EXPORT", string.Empty);

    private static ObservationStore Gso() => new(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);

    private static Dictionary<SeriesKey, Plan> Plans() => new() { [Exports] = Plan.Growth(6) };

    [Fact]
    public void Fan_IsTheEstimateOfThePlanSection()
    {
        var store = Gso();
        var fan = Assert.IsType<FanChart>(Assert.Single(ReportCharts.YearEndFans(store, September, Plans())));
        var e = PublishedYearEnd.Estimate(store, Exports, September, new Ensemble(), Plans()[Exports]);
        Assert.Equal("EXPORT", fan.Indicator);
        Assert.Equal(12, fan.MonthLabels.Count);
        Assert.All(fan.Cumulative.Take(9), v => Assert.False(double.IsNaN(v)));
        Assert.All(fan.Cumulative.Skip(9), v => Assert.True(double.IsNaN(v)));
        Assert.True(fan.Cumulative.Zip(fan.Cumulative.Skip(1)).Take(8).All(p => p.Second > p.First), "the months known cumulate");
        Assert.Equal(e.YtdActual, fan.Cumulative[8]);
        Assert.Equal(e.YtdActual, fan.ForecastCumulative[8]);
        Assert.Equal(e.TotalMean, fan.ForecastCumulative[11], 6);
        Assert.Equal(e.Interval95, fan.YearEnd95);
        Assert.True(fan.YearEnd95.Lower < fan.YearEnd80.Lower && fan.YearEnd80.Upper < fan.YearEnd95.Upper);
        Assert.Equal(e.Plan!.Target, fan.Target);
        Assert.Equal(e.LastYearTotal * 1.06, fan.Target, 6);
        Assert.Contains(fan.Target.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), fan.TargetLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithAPlan_HasOneMorePictureThatDecodes_WithNoBrowserOnThePath()
    {
        var store = Gso();
        var path = Environment.GetEnvironmentVariable("PATH");
        var empty = Directory.CreateTempSubdirectory("no-browser-").FullName;
        try
        {
            Environment.SetEnvironmentVariable("PATH", empty);
            var without = Scratch.Path("fan-without", ".docx");
            var with = Scratch.Path("fan-with", ".docx");
            DocxRenderer.Write(ReportBuilder.Build(store, September), without);
            var report = ReportBuilder.Build(store, September, plans: Plans());
            DocxRenderer.Write(report, with);
            Assert.Equal(Pictures(without) + 1, Pictures(with));
            var fan = Assert.Single(report.Charts.OfType<FanChart>());
            var png = ChartPainter.Png(fan, CultureInfo.GetCultureInfo("vi-VN"));
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            Assert.NotNull(bitmap);
            Assert.Equal((int)(ChartPainter.Width * ChartPainter.Scale), bitmap.Width);
            Assert.Equal((int)(ChartPainter.Height * ChartPainter.Scale), bitmap.Height);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            Directory.Delete(empty);
        }
    }

    private static int Pictures(string docx)
    {
        using var doc = WordprocessingDocument.Open(docx, false);
        return doc.MainDocumentPart!.ImageParts.Count();
    }
}
