using System.Buffers.Binary;
using System.Globalization;
using Analytics.Charts;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;

namespace Analytics.Tests.Charts;

/// <summary>Charts drawn in-process, from the seed's and the GSO's figures, with no browser on the machine.</summary>
[Collection(ProcessEnvironment.Name)]
public class ChartPainterTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public void Seed_GivesIndustryTradeAndStructureCharts()
    {
        var charts = ReportCharts.Build(TestData.Seed(), Period.Month(2023, 9));
        Assert.Equal(["IIP", "RETAIL", "EXPORT", "EXPORT"], charts.Select(c => c.Indicator));
        var sectors = Assert.IsType<GrowthChart>(charts[0]);
        Assert.Equal(["Toàn ngành", "Khai khoáng"], sectors.Categories.Take(2));
        Assert.Equal([12.6, -20, 2.2, 80, 4.4], sectors.Series[0].Percent);
        var trade = Assert.IsType<GrowthChart>(charts[1]);
        Assert.Equal(["Tổng mức bán lẻ", "Xuất khẩu", "Nhập khẩu"], trade.Categories);
        Assert.Equal([12.6, 28.6, -3.6], trade.Series[0].Percent);
        var markets = Assert.IsType<ShareChart>(charts[2]);
        Assert.Equal("Cơ cấu kim ngạch xuất khẩu hàng hóa 9 tháng đầu năm 2023 theo thị trường", markets.Title);
        Assert.Equal(["Châu Á", "Châu Mỹ", "Châu Âu", "Thị trường khác"], markets.Slices.Select(s => s.Label));
        Assert.Equal([53, 28.4, 9.4], markets.Slices.Take(3).Select(s => s.Percent));
        Assert.Equal(2032 - 1078 - 577 - 191, markets.Slices[3].Value, 6);
        Assert.Equal("% tổng kim ngạch xuất khẩu hàng hóa", markets.WholeLabel);
    }

    [Fact]
    public void Gso2024_09_RetailByMonth_TheGrowthIsTheStatedRate_NotOneRecomputedAcrossBases()
    {
        // Retail 2024: each month's stated year-on-year rate, read here from the file's own lines (the estimate rows
        // carry it; the preliminary revisions released a month later do not). Recomputed from the revised months over
        // 2023's, on the base the GSO re-estimated, January would show +1,85% instead of +8,11%.
        var stated = File.ReadLines(TestData.Path("gso/gso_vn_monthly.csv"))
            .Select(l => l.Split(','))
            .Where(f => f.Length > 8 && f[0] == "RETAIL" && f[1].Length == 0 && f[2].StartsWith("2024-0", StringComparison.Ordinal) && f[2].Length == 7 && f[6].Length > 0 && string.CompareOrdinal(f[8], "2024-09") <= 0)
            .ToDictionary(f => f[2], f => double.Parse(f[6], CultureInfo.InvariantCulture));
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);
        var retail = Assert.Single(ReportCharts.Build(store, Period.Month(2024, 9)).OfType<MonthlyChart>(), c => c.Indicator == "RETAIL");
        Assert.Equal(9, stated.Count);
        Assert.Equal(stated.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value), retail.Months.Select(m => m.YearOnYear));
        Assert.Equal(8.1104, retail.Months[0].YearOnYear, 4);
    }

    [Fact]
    public void Gso_GivesAMonthByMonthChartOfEachHeadlineIndicator()
    {
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);
        var charts = ReportCharts.Build(store, Period.Month(2023, 9));
        var exports = Assert.Single(charts.OfType<MonthlyChart>(), c => c.Indicator == "EXPORT");
        Assert.Equal(9, exports.Months.Count);
        Assert.Equal("T1", exports.Months[0].Label);
        Assert.All(exports.Months, m => Assert.False(double.IsNaN(m.Value)));
        Assert.All(exports.Months, m => Assert.False(double.IsNaN(m.YearOnYear)));
        Assert.Contains(charts.OfType<MonthlyChart>(), c => c.Indicator == "RETAIL");
        var png = ChartPainter.Png(exports, Vi);
        AssertPng(png);
    }

    [Fact]
    public void Png_DrawsWithNoBrowserOnThePath()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        var empty = Directory.CreateTempSubdirectory("no-browser-").FullName;
        try
        {
            Environment.SetEnvironmentVariable("PATH", empty);
            foreach (var chart in ReportCharts.Build(TestData.Seed(), Period.Month(2023, 9), NarrativeStyle.English))
            {
                AssertPng(ChartPainter.Png(chart, CultureInfo.GetCultureInfo("en-US")));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Encode_HasThePixelsOfScottPlotsOwnPng()
    {
        // The seed's monthly exports (triệu USD) as bars with Vietnamese labels: the picture ChartPainter encodes with
        // its own PNG options is, pixel for pixel, the one ScottPlot's GetImageBytes encodes with the encoder's default.
        using var plot = new ScottPlot.Plot();
        plot.ScaleFactor = ChartPainter.Scale;
        plot.Font.Set(ChartFont.Family);
        var months = InterchangeFormat.Read(TestData.Path("thai-binh/2023-09.csv")).ThrowIfErrors()
            .Where(o => o.Indicator == "EXPORT" && o.Breakdown.Length == 0 && o.Period.Kind == PeriodKind.Month && o.HasValue).Select(o => o.Value).ToArray();
        Assert.NotEmpty(months);
        plot.Add.Bars(months);
        plot.Axes.Left.Label.Text = "Kim ngạch xuất khẩu (triệu USD)";
        var (w, h) = ((int)(ChartPainter.Width * ChartPainter.Scale), (int)(ChartPainter.Height * ChartPainter.Scale));
        var ours = ChartPainter.Encode(plot, w, h);
        var theirs = plot.GetImageBytes(w, h, ScottPlot.ImageFormat.Png);
        AssertPng(ours);
        using var a = SkiaSharp.SKBitmap.Decode(ours);
        using var b = SkiaSharp.SKBitmap.Decode(theirs);
        Assert.Equal((b.Width, b.Height), (a.Width, a.Height));
        Assert.True(a.GetPixelSpan().SequenceEqual(b.GetPixelSpan()), "the pixels differ from ScottPlot's own PNG");
    }

    [Fact]
    public void Font_HasTheVietnameseLetters()
    {
        using var face = SkiaSharp.SKTypeface.FromFamilyName(ChartFont.Family);
        using var font = new SkiaSharp.SKFont(face);
        Assert.True(font.ContainsGlyphs("Kim ngạch xuất khẩu hàng hóa Độc lập Thị trường khác"));
    }

    [Theory]
    [InlineData(12.6, "+12,6")]
    [InlineData(-20, "\u221220")]
    [InlineData(0, "0")]
    [InlineData(340, "+340")]
    [InlineData(1250, "+1.250")]
    public void Signed_WritesVietnameseNumbersWithATrueMinus(double percent, string expected)
        => Assert.Equal(expected, ChartPainter.Signed(percent, Vi));

    private static void AssertPng(byte[] png)
    {
        Assert.Equal(0x89, png[0]);
        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(png, 1, 3));
        Assert.Equal((int)(ChartPainter.Width * ChartPainter.Scale), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal((int)(ChartPainter.Height * ChartPainter.Scale), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.True(png.Length > 20_000, $"{png.Length} bytes: an empty picture?");
    }
}
