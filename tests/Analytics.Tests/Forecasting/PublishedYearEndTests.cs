using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;
using Xunit.Abstractions;

namespace Analytics.Tests.Forecasting;

/// <summary>The year end from the figures as published by the report's month, on the GSO national data (data/gso/gso_vn_monthly.csv).</summary>
public class PublishedYearEndTests(ITestOutputHelper output)
{
    private static readonly Lazy<ObservationStore> Store = new(() =>
        new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors()));

    private static readonly SeriesKey Exports = new("EXPORT", string.Empty);
    private static readonly SeriesKey Retail = new("RETAIL", string.Empty);

    [Fact]
    public void Exports2024_ThroughSeptember_UsesTheSeptemberRelease()
    {
        // September's release: January–September 299.625,1 triệu USD; October's revision of September makes the months sum to 299.998,5.
        var e = PublishedYearEnd.Estimate(Store.Value, Exports, Period.Month(2024, 9), new SeasonalNaive());
        Assert.Equal(299625.1322, e.YtdActual, 0.001);
        var latest = Period.YearToDate(2024, 9).Months().Sum(m => Store.Value.Latest().Get(Exports, m)!.Value);
        Assert.Equal(299998.5, latest, 0.1);

        // Last year's total as published (the 2023-01..2023-12 figure), and no re-estimated base: the stated 15,36% agrees with the values.
        Assert.Equal(355500.0, e.LastYearPublishedTotal, 0.001);
        Assert.Equal(1.0, e.BaseRevisionRatio);
        Assert.Equal(15.3632, e.StatedYtdGrowthPercent, 4);
        Assert.Empty(e.Notes);
        output.WriteLine($"exports 2024 through September: ytd {e.YtdActual:0.0}, year {e.TotalMean:0.0} ({e.TotalGrowthPercent:0.00}%)");
    }

    [Fact]
    public void Retail2024_ReestimatedBase_GrowthFromTheStatedRate()
    {
        // January–September 2024: 4.703.401,1 tỷ đồng, stated +8,767%; over the published 2023 figure 4.567.835,2 the
        // values give +2,97%: the GSO re-estimated 2023. The year ended at 6.391.002,5, +8,9594% as stated.
        var e = PublishedYearEnd.Estimate(Store.Value, Retail, Period.Month(2024, 9), plan: Plan.Growth(8));
        Assert.Equal(4703401.1006, e.YtdActual, 0.001);
        Assert.Equal(6231828.0663, e.LastYearPublishedTotal, 0.001);
        var ratio = 4703401.1006 / 1.08767 / 4567835.1591;
        Assert.Equal(ratio, e.BaseRevisionRatio, 9);
        Assert.Equal(6231828.0663 * ratio, e.LastYearTotal, 0.01);
        Assert.Single(e.Notes);
        Assert.Equal(YearEndNoteKind.BaseReestimated, e.Notes[0].Kind);
        Assert.Contains("re-estimated", e.Notes[0].Text, StringComparison.Ordinal);
        Assert.Equal(8.767, (double)e.Notes[0].Values["stated"], 3);
        Assert.Equal(((4703401.1006 / 4567835.1591) - 1) * 100, (double)e.Notes[0].Values["implied"], 6);
        output.WriteLine($"retail 2024: year {e.TotalMean:0.0} ({e.TotalGrowthPercent:0.00}%), 80% {e.Interval80.Lower:0}–{e.Interval80.Upper:0}, P(+8%) {e.Plan!.Probability:0.000}, Q4 needs {e.Plan.RequiredGrowthPercent:0.00}%; {e.Method}");
        Assert.InRange(e.TotalGrowthPercent, 6.5, 10.5);
        Assert.True(e.Plan!.Probability >= 0.5, $"P = {e.Plan.Probability}");
    }

    [Fact]
    public void FdiExports_GapAt2020_10_ForecastsFromTheStretchAfterIt()
    {
        var key = new SeriesKey("EXPORT", "Khu vực có vốn đầu tư nước ngoài");
        Assert.Throws<ForecastException>(() => YearEnd.Estimate(MonthlySeriesOf(key, Period.Month(2022, 9)), Period.Month(2022, 9)));
        var e = PublishedYearEnd.Estimate(Store.Value, key, Period.Month(2022, 9), new Ets());
        var note = Assert.Single(e.Notes);
        Assert.Equal("A gap at 2020-10: the remaining months are forecast from the 23 months 2020-11–2022-09.", note.Text);
        Assert.Equal((YearEndNoteKind.Gap, Period.Month(2020, 10), Period.Month(2020, 11), 23), (note.Kind, (Period)note.Values["gap"], (Period)note.Values["first"], (int)note.Values["months"]));
        Assert.True(e.TotalMean > e.YtdActual);
    }

    [Fact]
    public void Iip2024_RatesOnly_ForecastOnRebuiltLevels_GrowthAsTheRatioOfSums()
    {
        // The IIP is published as rates: January–September 2024 stated +8,64%; the year ended at +8,35% (December release).
        var key = new SeriesKey("IIP", string.Empty);
        var e = PublishedYearEnd.Estimate(Store.Value, key, Period.Month(2024, 9), plan: Plan.Growth(8));
        Assert.Equal(8.64, e.StatedYtdGrowthPercent, 6);

        // Independently: the ratio of sums from last year's month-on-month rates and this year's year-on-year rates as of September.
        double Rate(Period m, Func<Observation, StatedRate> r)
        {
            var latest = Store.Value.History(key, m).Where(o => o.EffectiveRelease <= Period.Month(2024, 9) && r(o).IsStated).MaxBy(o => o.EffectiveRelease)!;
            return r(latest).Percent;
        }

        var mom = Enumerable.Range(2, 8).Select(m => Rate(Period.Month(2023, m), o => o.MonthOnMonth)).ToArray();
        var yoy = Enumerable.Range(1, 9).Select(m => Rate(Period.Month(2024, m), o => o.YearOnYear)).ToArray();
        var expected = Analytics.Growth.IndexNumbers.CumulativeGrowthFromRates(mom, yoy).Value;
        Assert.Equal(8.64, expected, 0.3);

        // The stated cumulative growth is the official figure: the months known give it exactly, whatever the rebuilt one.
        Assert.Equal(8.64, ((e.YtdActual / (e.LastYearTotal - e.LastYearRemaining)) - 1) * 100, 9);
        output.WriteLine($"IIP 2024 through September: Jan-Sep rebuilt {expected:0.00}% (stated 8.64%), year {e.TotalGrowthPercent:0.00}% (published 8.35%), 80% {(e.Interval80.Lower / e.LastYearTotal - 1) * 100:0.00}–{(e.Interval80.Upper / e.LastYearTotal - 1) * 100:0.00}%, P(+8%) {e.Plan!.Probability:0.000}; {e.Method}");
        Assert.Equal(8.35, e.TotalGrowthPercent, 1.0);
        Assert.StartsWith("IIP is an index published as rates", e.Notes[0].Text, StringComparison.Ordinal);
        Assert.Equal((YearEndNoteKind.IndexFromRates, 2023), (e.Notes[0].Kind, (int)e.Notes[0].Values["base"]));
    }

    [Theory]
    [InlineData(2023, 1.46)]
    [InlineData(2024, 8.35)]
    public void Iip_InDecember_TheYearIsAsPublished(int year, double published)
    {
        // The December release states January–December: 1,46% in 2023, 8,35% in 2024; nothing remains to forecast.
        var e = PublishedYearEnd.Estimate(Store.Value, new SeriesKey("IIP", string.Empty), Period.Month(year, 12), plan: Plan.Growth(8));
        Assert.Equal(published, e.TotalGrowthPercent, 9);
        Assert.Equal(published >= 8 ? 1 : 0, e.Plan!.Probability);
    }

    [Fact]
    public void January2024_LastYearsJanuaryAsRevised_NotItsFirstEstimate()
    {
        // Imports: January 2024 30.650 triệu USD, stated +33,30%. January 2023 was first estimated at 21.480 (the
        // January release, also its cumulative figure) and revised to 23.040 in February: the stated growth is on the
        // revised month (30.650 / 1,3330 = 22.993), not on the first estimate (which would make the base 7% higher).
        var imports = new SeriesKey("IMPORT", string.Empty);
        var e = PublishedYearEnd.Estimate(Store.Value, imports, Period.Month(2024, 1), new SeasonalNaive(), calibrationYears: 0);
        Assert.Equal(30650.0 / 1.332978 / 23040.0, e.BaseRevisionRatio, 9);

        // Retail: the same 2023 re-estimation in January as in September (0,946), where the first estimate of January
        // 2023 gave 0,890.
        var retail = PublishedYearEnd.Estimate(Store.Value, Retail, Period.Month(2024, 1), new SeasonalNaive(), calibrationYears: 0);
        Assert.Equal(524115.6463 / 1.081104 / 512320.508, retail.BaseRevisionRatio, 9);
        var september = PublishedYearEnd.Estimate(Store.Value, Retail, Period.Month(2024, 9), new SeasonalNaive(), calibrationYears: 0);
        Assert.Equal(september.BaseRevisionRatio, retail.BaseRevisionRatio, 0.002);
    }

    [Fact]
    public void Exports2024_IntervalsCalibratedOnTheSeptembersBefore_AsAnIndependentComputation()
    {
        // Exports start in January 2014, so the Septembers with 24 months of history before them are 2016–2023.
        var through = Period.Month(2024, 9);
        var method = new SeasonalNaive();
        var z = new List<double>();
        for (var year = 2016; year <= 2023; year++)
        {
            var earlier = PublishedYearEnd.Estimate(Store.Value, Exports, Period.Month(year, 9), method, calibrationYears: 0);
            var published = Store.Value.AsOf(Period.Month(year, 12)).Get(Exports, Period.YearToDate(year, 12))!.Value;
            var spread = (earlier.Interval80.Upper - earlier.Interval80.Lower) / (2 * MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.9));
            z.Add((published - earlier.TotalMean) / spread);
        }

        var scale = Math.Sqrt((2 + z.Sum(v => v * v)) / (2 + z.Count));
        var calibrated = PublishedYearEnd.Estimate(Store.Value, Exports, through, method);
        var plain = PublishedYearEnd.Estimate(Store.Value, Exports, through, method, calibrationYears: 0);
        Assert.Equal(8, calibrated.CalibrationYears);
        Assert.Equal(scale, calibrated.IntervalScale, 9);
        Assert.Equal(1, plain.IntervalScale);
        Assert.Equal(plain.TotalMean, calibrated.TotalMean, 6);

        // The 80% and 95% intervals widen as a Student t with 2 + 8 degrees of freedom, scaled: to the simulation's precision.
        foreach (var (level, lower, upper, plainLower, plainUpper) in new[] { (0.9, calibrated.Interval80.Lower, calibrated.Interval80.Upper, plain.Interval80.Lower, plain.Interval80.Upper), (0.975, calibrated.Interval95.Lower, calibrated.Interval95.Upper, plain.Interval95.Lower, plain.Interval95.Upper) })
        {
            var expected = scale * MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 10, level) / MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, level);
            var ratio = (upper - lower) / (plainUpper - plainLower);
            output.WriteLine($"level {level}: width ratio {ratio:0.000}, expected {expected:0.000} (scale {scale:0.000})");
            Assert.Equal(expected, ratio, expected * 0.06);
        }
    }

    private static Analytics.Series.MonthlySeries MonthlySeriesOf(SeriesKey key, Period through)
    {
        var view = Store.Value.AsOf(through);
        var months = Store.Value.Periods(key).Where(p => p.Kind == PeriodKind.Month && p <= through).Order().ToList();
        return Analytics.Series.MonthlySeries.FromPoints(months.Select(m => (m, view.Get(key, m)?.Value ?? double.NaN)));
    }
}
