using System.Globalization;
using Analytics.Forecasting;
using Xunit.Abstractions;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Tests.Forecasting;

public class TetTests(ITestOutputHelper output)
{
    [Fact]
    public void Regressors_Tet2024_SplitTheWindowsBetweenJanuaryAndFebruary()
    {
        // Tết 2024 fell on 10 February: the 21 days before it run 20 January–9 February, the 9 days from it 10–18 February.
        var c = TetCalendar.Default;
        Assert.Equal(new DateOnly(2024, 2, 10), c.DateOf(2024));
        Assert.Equal((12 / 21.0, 0.0), c.Regressors(Period.Month(2024, 1)));
        Assert.Equal((9 / 21.0, 1.0), c.Regressors(Period.Month(2024, 2)));
        Assert.Equal((0.0, 0.0), c.Regressors(Period.Month(2024, 3)));
    }

    [Fact]
    public void DateOf_VietnamNotChina_In2007And2030()
    {
        Assert.Equal(new DateOnly(2007, 2, 17), TetCalendar.Default.DateOf(2007));
        Assert.Equal(new DateOnly(2030, 2, 2), TetCalendar.Default.DateOf(2030));
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => TetCalendar.Default.DateOf(1999)).ParamName);
    }

    [Fact]
    public void TetAdjusted_GsoTrade_ForecastsJanuaryAndFebruaryBetter()
    {
        // Rolling origin: from each December 2015–2024, forecast January and February of the next year, with and
        // without the Tết adjustment (Theta), on GSO exports, imports and retail sales.
        var rows = File.ReadAllLines(TestData.Path("gso/gso_vn_monthly_headline.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var gains = new Dictionary<string, (double Plain, double Adjusted)>();
        foreach (var (indicator, breakdown) in new[] { ("EXPORT", "Tổng trị giá"), ("IMPORT", "Tổng trị giá"), ("RETAIL_TOTAL", "Tổng mức") })
        {
            var s = MonthlySeries.FromPoints(rows.Where(f => f[1] == indicator && f[2] == breakdown && (f[4].Length > 0 || f[5].Length > 0))
                .Select(f => (Period.Parse(f[0]), double.Parse(f[5].Length > 0 ? f[5] : f[4], CultureInfo.InvariantCulture))));
            double plain = 0, adjusted = 0;
            var years = 0;
            for (var year = 2016; year <= 2025; year++)
            {
                var train = MonthlySeries.FromPoints(s.Points().Where(p => p.Month >= Period.Month(2013, 1) && p.Month <= Period.Month(year - 1, 12) && !double.IsNaN(p.Value)));
                var a = new Theta().Fit(train).Predict(2, [95]).Mean;
                var b = new TetAdjusted(new Theta()).Fit(train).Predict(2, [95]).Mean;
                double jan = s[Period.Month(year, 1)], feb = s[Period.Month(year, 2)];
                plain += (Math.Abs((a[0] / jan) - 1) + Math.Abs((a[1] / feb) - 1)) / 2;
                adjusted += (Math.Abs((b[0] / jan) - 1) + Math.Abs((b[1] / feb) - 1)) / 2;
                years++;
            }

            gains[indicator] = (100 * plain / years, 100 * adjusted / years);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indicator}: January/February MAPE {gains[indicator].Plain:F2}% plain, {gains[indicator].Adjusted:F2}% Tết-adjusted ({years} years)"));
        }

        Assert.True(gains["EXPORT"].Adjusted < gains["EXPORT"].Plain - 2);
        Assert.True(gains["IMPORT"].Adjusted < gains["IMPORT"].Plain - 2);
    }

    [Fact]
    public void ByName_TetSuffix_WrapsTheMethod()
        => Assert.Equal("ets+tet", Forecasters.ByName("ets+tet").Name);
}
