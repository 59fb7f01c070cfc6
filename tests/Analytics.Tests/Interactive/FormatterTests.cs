using Analytics.Forecasting;
using Analytics.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;
using Analytics.Growth;

namespace Analytics.Tests.Interactive;

/// <summary>What the notebook formatters produce: HTML in the chosen culture, whatever the process's culture is.</summary>
[Collection("Formatters")]
public sealed class FormatterTests
{
    private static MonthlySeries Exports()
        => MonthlySeries.FromPoints(Enumerable.Range(0, 24).Select(i => (Period.Month(2022, 1).PlusMonths(i), 30000.0 + (i * 512.25))));

    [Fact]
    public void Series_ViVN_WritesVietnameseNumbersWhateverTheCurrentCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        try
        {
            AnalyticsFormatters.Register("vi-VN");
            var html = Exports().ToDisplayString("text/html");
            Assert.StartsWith("<table", html, StringComparison.Ordinal);
            Assert.Contains("41.781", html, StringComparison.Ordinal); // 30000 + 23 × 512,25 = 41.781,75 → 41.781,8
            Assert.Contains("41.781,8", html, StringComparison.Ordinal);
            Assert.Contains("tháng 12/2023", html, StringComparison.Ordinal);
            Assert.DoesNotContain("41,781.8", html, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Series_EnUS_WritesEnglishNumbers()
    {
        AnalyticsFormatters.Register("en-US");
        try
        {
            var html = Exports().ToDisplayString("text/html");
            Assert.Contains("41,781.8", html, StringComparison.Ordinal);
        }
        finally
        {
            AnalyticsFormatters.Register("vi-VN");
        }
    }

    [Fact]
    public void GrowthRows_AsAList_AreOneTableWithTheRowLimit()
    {
        AnalyticsFormatters.Register("vi-VN", maxRows: 5);
        try
        {
            var rows = GrowthTable.Compute(TestData.Seed());
            var html = rows.ToDisplayString("text/html");
            Assert.Equal(1, CountOf(html, "<table"));
            Assert.Equal(5 + 1, CountOf(html, "<tr>"));
            Assert.Contains($"… và {rows.Count - 5} dòng nữa", html, StringComparison.Ordinal);
        }
        finally
        {
            AnalyticsFormatters.Register("vi-VN");
        }
    }

    [Fact]
    public void YearEnd_ShowsTotalIntervalsAndPlanInVietnamese()
    {
        AnalyticsFormatters.Register("vi-VN");
        var series = MonthlySeries.FromPoints(Enumerable.Range(0, 60).Select(i => (Period.Month(2019, 1).PlusMonths(i), 1000 + (10.0 * i) + (50 * Math.Sin(i * Math.PI / 6)))));
        var estimate = YearEnd.Estimate(series, Period.Month(2023, 9), Forecasters.ByName("ets"), Plan.Growth(5));
        var html = estimate.ToDisplayString("text/html");
        Assert.Contains("Ước cả năm", html, StringComparison.Ordinal);
        Assert.Contains("Xác suất đạt kế hoạch (%)", html, StringComparison.Ordinal);
        Assert.Contains(Analytics.Narrative.ReportNumbers.Format(estimate.TotalMean, 1, System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_FindingsTable_ErrorsFirst()
    {
        AnalyticsFormatters.Register("vi-VN");
        var store = new ObservationStore(Analytics.Io.InterchangeFormat.Read(TestData.BadInput("total-not-parts.csv")).ThrowIfErrors());
        var html = Analytics.Audit.ConsistencyAudit.Run(store).ToDisplayString("text/html");
        Assert.Contains("<td style=\"padding:2px 8px\">Error</td>", html, StringComparison.Ordinal);
        Assert.Contains("5.300", html, StringComparison.Ordinal);
    }

    private static int CountOf(string s, string what)
    {
        var n = 0;
        for (var i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
