using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Tests.Forecasting;

/// <summary>The year end when the last months known are a shock: half lasting, half passing.</summary>
public class ShockHedgeTests
{
    private static readonly Lazy<ObservationStore> Store = new(() =>
        new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors()));

    /// <summary>Five years of a seasonal series growing 0.5% a month, with a little noise, from January 2019.</summary>
    private static double[] Seasonal(int months, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, months).Select(i => 1000 * Math.Pow(1.005, i) * (1 + (0.15 * Math.Sin(2 * Math.PI * i / 12))) * (1 + (0.01 * (random.NextDouble() - 0.5))))];
    }

    [Fact]
    public void ThreeMonthsFallen_AreAShock_TheForecastIsTheMeanOfLastingAndPassing()
    {
        var values = Seasonal(60, 3);
        for (var i = 57; i < 60; i++)
        {
            values[i] *= 0.6;
        }

        var series = new MonthlySeries(Period.Month(2019, 1), values);
        var hedge = new ShockHedge(new Ets());
        var model = hedge.Fit(series);
        Assert.Equal((Period.Month(2023, 10), Period.Month(2023, 12), true), hedge.Shock);
        Assert.Contains("2023-10–2023-12, fell below the 99% interval", hedge.Note!.Text, StringComparison.Ordinal);
        Assert.Equal(YearEndNoteKind.Shock, hedge.Note.Kind);

        // Independently, from the inner method: on all months (lasting), and on the months before the shock, three months on (passing).
        var lasting = new Ets().Fit(series).Predict(6, [80]);
        var passing = new Ets().Fit(new MonthlySeries(series.Start, values.AsSpan(0, 57))).Predict(9, [80]);
        var hedged = model.Predict(6, [80]);
        for (var h = 0; h < 6; h++)
        {
            Assert.Equal((lasting.Mean[h] + passing.Mean[h + 3]) / 2, hedged.Mean[h], 9);
            Assert.Equal(Math.Min(lasting.Lower(80)[h], passing.Lower(80)[h + 3]), hedged.Lower(80)[h], 9);
            Assert.Equal(Math.Max(lasting.Upper(80)[h], passing.Upper(80)[h + 3]), hedged.Upper(80)[h], 9);
        }

        // The passing paths sit near the pre-shock level, the lasting ones near the fallen one.
        var paths = model.Simulate(3, 1000, 7);
        Assert.InRange(paths.Where((_, p) => p % 2 == 1).Average(p => p[0]), passing.Mean[3] * 0.97, passing.Mean[3] * 1.03);
        Assert.InRange(paths.Where((_, p) => p % 2 == 0).Average(p => p[0]), lasting.Mean[0] * 0.97, lasting.Mean[0] * 1.03);
    }

    [Fact]
    public void OneMonthJumped_IsAShockOfOneMonth_ConfirmedAgainstTheForecastJustBeforeIt()
    {
        var values = Seasonal(60, 5);
        values[59] *= 1.5;
        var hedge = new ShockHedge(new Ets());
        hedge.Fit(new MonthlySeries(Period.Month(2019, 1), values));
        Assert.Equal((Period.Month(2023, 12), Period.Month(2023, 12), false), hedge.Shock);
        Assert.Contains("2023-12, fell above", hedge.Note!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryMonths_AreNoShock_TheModelIsTheMethodsOwn()
    {
        var series = new MonthlySeries(Period.Month(2019, 1), Seasonal(60, 11));
        var hedge = new ShockHedge(new Ets());
        var model = hedge.Fit(series);
        Assert.Null(hedge.Shock);
        Assert.Null(hedge.Note);
        Assert.Equal(new Ets().Fit(series).Predict(3, [80]).Mean, model.Predict(3, [80]).Mean);
    }

    [Fact]
    public void TooShortBeforeTheLastMonths_NoShockIsLookedFor()
    {
        var values = Seasonal(38, 3);
        values[37] *= 0.5;
        var hedge = new ShockHedge(new Ets());
        hedge.Fit(new MonthlySeries(Period.Month(2019, 1), values));
        Assert.Null(hedge.Shock);
    }

    [Fact]
    public void GsoSeptembers2015To2024_TheOneShockIsRetailSales2021_AndItsEstimateComesCloser()
    {
        // Of the thirty September year ends of the backtest, only retail sales 2021 (the lockdown of July–September)
        // has its last months outside the 99% interval of the forecast made before them.
        var shocks = new List<string>();
        foreach (var code in new[] { "RETAIL", "EXPORT", "IMPORT" })
        {
            for (var year = 2015; year <= 2024; year++)
            {
                var e = PublishedYearEnd.Estimate(Store.Value, new SeriesKey(code, string.Empty), Period.Month(year, 9), calibrationYears: 0);
                shocks.AddRange(e.Notes.Where(n => n.Kind == YearEndNoteKind.Shock).Select(n => $"{code} {year}: {n.Text}"));
            }
        }

        var shock = Assert.Single(shocks);
        Assert.StartsWith("RETAIL 2021: The last months known, 2021-07–2021-09, fell below", shock, StringComparison.Ordinal);

        // The year ended at 4.789.494,9 tỷ đồng (December's release). The hedged estimate is nearer than the method
        // fitted on all the months, which continues the lockdown's level through the fourth quarter.
        var retail = new SeriesKey("RETAIL", string.Empty);
        var hedged = PublishedYearEnd.Estimate(Store.Value, retail, Period.Month(2021, 9), calibrationYears: 0);
        var view = Store.Value.AsOf(Period.Month(2021, 9));
        var months = Store.Value.Periods(retail).Where(p => p.Kind == PeriodKind.Month && p <= Period.Month(2021, 9)).Order().ToList();
        var series = MonthlySeries.FromPoints(months.Select(m => (m, view.Get(retail, m)!.Value * (m.Year < 2021 ? hedged.BaseRevisionRatio : 1))));
        var lasting = hedged.YtdActual + new Ensemble().Fit(series).Predict(3, [80]).Mean.Sum();
        const double Published = 4789494.8848;
        Assert.True(Math.Abs(hedged.TotalMean - Published) < Math.Abs(lasting - Published), $"hedged {hedged.TotalMean:0}, lasting {lasting:0}");
        Assert.InRange(hedged.TotalMean, lasting * 1.01, Published);
    }
}
