using Analytics.Periods;
using Analytics.Series;
using Analytics.Growth;

namespace Analytics.Tests.Growth;

public class IndexNumbersTests
{
    [Fact]
    public void CumulativeGrowthFromRates_EqualLevels_IsMeanOfRates()
    {
        var f = IndexNumbers.CumulativeGrowthFromRates([0.0, 0.0], [10.0, 20.0, 30.0]);
        Assert.Equal(20.0, f.Value, 10);
    }

    [Fact]
    public void CumulativeGrowthFromRates_GsoMarch2023_MatchesRatioOfSums()
    {
        // GSO IIP, whole industry. 2022 month-on-month (first estimates): Feb −12,41%, Mar +22,92%.
        // 2023 year-on-year as known in the March 2023 release: Jan −14,89 (revised), Feb +7,23 (revised), Mar −1,6.
        // Ratio of sums by hand: levels 1, 0.8759, 1.07665 → (0.8511 + 0.93923 + 1.05942) / 2.95255 − 1 = −3.4817%.
        var f = IndexNumbers.CumulativeGrowthFromRates([-12.41, 22.92], [-14.89, 7.23, -1.6]);
        Assert.Equal(-3.4817, f.Value, 3);
    }

    [Fact]
    public void CumulativeGrowthFromRates_UnknownRate_IsMissing()
        => Assert.True(IndexNumbers.CumulativeGrowthFromRates([double.NaN], [1.0, 2.0]).IsMissing);

    [Fact]
    public void Laspeyres_FixedWeights_IsWeightedMean()
    {
        var a = new MonthlySeries(Period.Month(2023, 1), [100, 110]);
        var b = new MonthlySeries(Period.Month(2023, 1), [100, 90]);
        var agg = IndexNumbers.Laspeyres([a, b], [3, 1]);
        Assert.Equal(105.0, agg[Period.Month(2023, 2)], 10);
    }

    [Fact]
    public void Laspeyres_ComponentMissing_IsNaNNotReweighted()
    {
        var a = new MonthlySeries(Period.Month(2023, 1), [100, double.NaN]);
        var b = new MonthlySeries(Period.Month(2023, 1), [100, 90]);
        Assert.True(double.IsNaN(IndexNumbers.Laspeyres([a, b], [1, 1])[Period.Month(2023, 2)]));
    }

    [Fact]
    public void Rebase_ToYear_MakesItsMean100()
    {
        var s = new MonthlySeries(Period.Month(2023, 1), [.. Enumerable.Range(1, 24).Select(i => (double)i)]);
        var r = IndexNumbers.Rebase(s, Period.CalendarYear(2024));
        Assert.Equal(100.0, Period.CalendarYear(2024).Months().Average(m => r[m]), 10);
    }

    [Fact]
    public void Rebase_BaseNotCovered_ThrowsWithParamName()
    {
        var s = new MonthlySeries(Period.Month(2023, 1), [1.0, 2.0]);
        var e = Assert.Throws<ArgumentException>(() => IndexNumbers.Rebase(s, Period.CalendarYear(2020)));
        Assert.Equal("basePeriod", e.ParamName);
    }
}
