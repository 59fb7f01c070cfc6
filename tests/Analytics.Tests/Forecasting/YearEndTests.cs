using System.Globalization;
using Analytics.Forecasting;
using Xunit.Abstractions;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Tests.Forecasting;

public class YearEndTests(ITestOutputHelper output)
{
    // Two years of a seasonal flow: 2022 complete, 2023 January–September, with small noise.
    private static MonthlySeries Flow()
    {
        var rng = new Random(11);
        var points = Enumerable.Range(0, 21).Select(t => (Period.Month(2022, 1).PlusMonths(t), 100 + (20 * Math.Sin(2 * Math.PI * t / 12)) + (t * 0.5) + rng.NextDouble()));
        return MonthlySeries.FromPoints(points);
    }

    [Fact]
    public void Estimate_SeasonalNaive_AddsLastYearsRemainingMonths()
    {
        var s = Flow();
        var e = YearEnd.Estimate(s, Period.Month(2023, 9), new SeasonalNaive());
        var ytd = Period.YearToDate(2023, 9).Months().Sum(m => s[m]);
        var lastQ4 = Period.Quarter(2022, 4).Months().Sum(m => s[m]);
        Assert.Equal(ytd, e.YtdActual, 9);
        Assert.Equal(lastQ4, e.RemainingMean, 9);
        Assert.Equal(ytd + lastQ4, e.TotalMean, 9);
        Assert.True(e.Interval95.Lower < e.Interval80.Lower && e.Interval80.Lower < e.TotalMean && e.TotalMean < e.Interval80.Upper && e.Interval80.Upper < e.Interval95.Upper);
        Assert.Equal(ytd + (1.05 * lastQ4), e.ScenarioTotal(5), 9);
    }

    [Fact]
    public void Estimate_PlanAtTheExpectedTotal_NeedsNoGrowthAndHasEvenOdds()
    {
        var s = Flow();
        var ytd = Period.YearToDate(2023, 9).Months().Sum(m => s[m]);
        var lastQ4 = Period.Quarter(2022, 4).Months().Sum(m => s[m]);
        var e = YearEnd.Estimate(s, Period.Month(2023, 9), new SeasonalNaive(), Plan.Value(ytd + lastQ4));
        Assert.Equal(0.0, e.Plan!.RequiredGrowthPercent, 9);
        Assert.Equal(ytd / (ytd + lastQ4) * 100, e.Plan.AttainmentPercent, 9);
        Assert.InRange(e.Plan.Probability, 0.45, 0.55);
    }

    [Fact]
    public void Estimate_GrowthPlan_TargetsLastYearTimesGrowth()
    {
        var s = Flow();
        var last = Period.CalendarYear(2022).Months().Sum(m => s[m]);
        var e = YearEnd.Estimate(s, Period.Month(2023, 9), new SeasonalNaive(), Plan.Growth(50));
        Assert.Equal(last * 1.5, e.Plan!.Target, 9);
        Assert.True(e.Plan.Probability < 0.01);
        Assert.True(e.Plan.RequiredGrowthPercent > 50);
    }

    [Fact]
    public void Estimate_MissingMonth_SaysWhichAndWhatToDo()
    {
        var values = Flow().Points().Where(p => p.Month != Period.Month(2023, 5));
        var e = Assert.Throws<ForecastException>(() => YearEnd.Estimate(MonthlySeries.FromPoints(values), Period.Month(2023, 9)));
        Assert.Contains("2023-05 is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_GsoSeriesCutInSeptember_BeatsTheSpreadsheetRule()
    {
        // The year totals of retail, exports and imports estimated from January–September 2022, 2023 and 2024,
        // against the GSO's published December cumulative values. The spreadsheet rule
        // (Q4 = Jan–Sep × last year's Q4 / last year's Jan–Sep) misses by 2.6% on average (docs: anchors).
        var headline = File.ReadAllLines(TestData.Path("gso/gso_vn_monthly_headline.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var errors = new List<double>();
        foreach (var (indicator, breakdown) in new[] { ("RETAIL_TOTAL", "Tổng mức"), ("EXPORT", "Tổng trị giá"), ("IMPORT", "Tổng trị giá") })
        {
            var rows = headline.Where(f => f[1] == indicator && f[2] == breakdown).ToList();
            var series = MonthlySeries.FromPoints(rows.Where(f => f[4].Length > 0 || f[5].Length > 0)
                .Select(f => (Period.Parse(f[0]), double.Parse(f[5].Length > 0 ? f[5] : f[4], CultureInfo.InvariantCulture))));
            foreach (var year in new[] { 2022, 2023, 2024 })
            {
                var published = double.Parse(rows.Single(f => f[0] == $"{year}-12")[6], CultureInfo.InvariantCulture);
                var cut = MonthlySeries.FromPoints(series.Points().Where(p => p.Month.Year >= 2014 && p.Month <= Period.Month(year, 9) && !double.IsNaN(p.Value)));
                var e = YearEnd.Estimate(cut, Period.Month(year, 9));
                var error = Math.Abs(e.TotalMean / published - 1) * 100;
                errors.Add(error);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indicator} {year}: estimated {e.TotalMean:F0} [{e.Interval95.Lower:F0}, {e.Interval95.Upper:F0}], published {published:F0}, error {error:F2}%"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean absolute percentage error: {errors.Average():F2}%"));
        Assert.True(errors.Average() < 2.6);
    }
}
