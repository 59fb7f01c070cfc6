using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;
using Xunit.Abstractions;

namespace Analytics.Tests.Forecasting;

/// <summary>
/// The plan arithmetic of a September report, 2015–2024, on the GSO national data: exports and imports +6%, retail +8%,
/// IIP +8%. The share of the plan reached and the growth the fourth quarter needs equal a computation from that
/// release's published figures alone, written here from them without the library's year end.
/// </summary>
public class PlanArithmeticTests(ITestOutputHelper output)
{
    private static readonly Lazy<ObservationStore> Store = new(() =>
        new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors()));

    public static TheoryData<int> Years => [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

    [Theory]
    [MemberData(nameof(Years))]
    public void Flows_AttainmentAndRequiredGrowth_EqualThePublishedFigures(int year)
    {
        foreach (var (code, growth) in new[] { ("EXPORT", 6.0), ("IMPORT", 6.0), ("RETAIL", 8.0) })
        {
            var key = new SeriesKey(code, string.Empty);
            var september = Period.Month(year, 9);
            var view = Store.Value.AsOf(september);

            // As published in September's release: January–September with its stated growth, last year's
            // January–September and January–December.
            var ytdObs = view.Get(key, Period.YearToDate(year, 9))!;
            var ytd = ytdObs.Value;
            var lastYtd = view.Get(key, Period.YearToDate(year - 1, 9))!.Value;
            var lastYear = view.Get(key, Period.YearToDate(year - 1, 12))!.Value;

            // The base as the stated growth gives it: when January–September over last year's published figure
            // disagrees with the stated rate, last year is taken on the base the stated rate implies.
            var stated = ytdObs.YearOnYear.Percent;
            var scale = Math.Abs(((ytd / lastYtd) - 1) * 100 - stated) > 0.15 ? ytd / (1 + (stated / 100)) / lastYtd : 1;
            var target = lastYear * scale * (1 + (growth / 100));
            var attainment = ytd / target * 100;
            var q4Needs = ((target - ytd) / ((lastYear - lastYtd) * scale) - 1) * 100;

            var e = PublishedYearEnd.Estimate(Store.Value, key, september, new SeasonalNaive(), Plan.Growth(growth));
            output.WriteLine($"{code} {year}: attainment {e.Plan!.AttainmentPercent:0.00}% (published {attainment:0.00}%), Q4 needs {e.Plan.RequiredGrowthPercent:+0.00;-0.00}% (published {q4Needs:+0.00;-0.00}%), base x{scale:0.0000}");
            Assert.Equal(ytd, e.YtdActual, 6);
            Assert.True(Math.Abs(e.Plan.AttainmentPercent - attainment) <= 0.05, $"{code} {year}: attainment {e.Plan.AttainmentPercent} against {attainment}");
            Assert.True(Math.Abs(e.Plan.RequiredGrowthPercent - q4Needs) <= 0.05, $"{code} {year}: Q4 needs {e.Plan.RequiredGrowthPercent} against {q4Needs}");
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Iip_RequiredGrowth_EqualsTheRatesOfTheRelease(int year)
    {
        // The IIP is published as rates: last year's months rebuilt from its month-on-month rates, this year's from
        // the year-on-year rates, each the latest released by September; the plan +8% on last year's sum.
        var key = new SeriesKey("IIP", string.Empty);
        var september = Period.Month(year, 9);
        double Rate(Period m, Func<Observation, StatedRate> r)
            => Store.Value.History(key, m).Where(o => o.EffectiveRelease <= september && r(o).IsStated).MaxBy(o => o.EffectiveRelease) is { } o ? r(o).Percent : double.NaN;
        var last = new double[12];
        last[0] = 1;
        for (var m = 2; m <= 12; m++)
        {
            last[m - 1] = last[m - 2] * (1 + (Rate(Period.Month(year - 1, m), o => o.MonthOnMonth) / 100));
        }

        // This year's months from their year-on-year rates, their sum on the cumulative growth the release states
        // (the official figure) when it states one.
        var ytd = Enumerable.Range(1, 9).Sum(m => last[m - 1] * (1 + (Rate(Period.Month(year, m), o => o.YearOnYear) / 100)));
        var statedYtd = Rate(Period.YearToDate(year, 9), o => o.YearOnYear);
        ytd = double.IsNaN(statedYtd) || double.IsNaN(ytd) ? ytd : last.Take(9).Sum() * (1 + (statedYtd / 100));
        var target = last.Sum() * 1.08;
        var q4Needs = ((target - ytd) / last.Skip(9).Sum() - 1) * 100;
        var attainment = ytd / target * 100;
        if (double.IsNaN(q4Needs))
        {
            // The data lacks a rate (the IIP of 2017-05): the library refuses rather than guesses, and says which.
            var error = Assert.Throws<ForecastException>(() => PublishedYearEnd.Estimate(Store.Value, key, september, new SeasonalNaive(), Plan.Growth(8)));
            output.WriteLine($"IIP {year}: {error.Message}");
            Assert.Contains("2017-05", error.Message, StringComparison.Ordinal);
            return;
        }

        var e = PublishedYearEnd.Estimate(Store.Value, key, september, new SeasonalNaive(), Plan.Growth(8));
        output.WriteLine($"IIP {year}: Q4 needs {e.Plan!.RequiredGrowthPercent:+0.00;-0.00}% (rates {q4Needs:+0.00;-0.00}%), attainment {e.Plan.AttainmentPercent:0.00}% ({attainment:0.00}%)");
        Assert.True(Math.Abs(e.Plan.RequiredGrowthPercent - q4Needs) <= 0.05, $"IIP {year}: {e.Plan.RequiredGrowthPercent} against {q4Needs}");
        Assert.True(Math.Abs(e.Plan.AttainmentPercent - attainment) <= 0.05, $"IIP {year}: {e.Plan.AttainmentPercent} against {attainment}");
    }
}
