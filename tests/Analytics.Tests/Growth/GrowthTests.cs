using Analytics.Periods;
using Analytics.Series;
using Analytics.Growth;

namespace Analytics.Tests.Growth;

using Growth = Analytics.Growth;

public class GrowthTests
{
    [Fact]
    public void Rate_PositiveBase_IsPercentChange()
        => Assert.Equal(12.6, Growth.Growth.Rate(112.6, 100).Value, 10);

    [Theory]
    [InlineData(double.NaN, 100, MissingReason.NoData)]
    [InlineData(100, double.NaN, MissingReason.BaseMissing)]
    [InlineData(100, 0, MissingReason.ZeroBase)]
    [InlineData(100, -5, MissingReason.NegativeBase)]
    public void Rate_UncomputableBase_IsMissingWithReason(double current, double @base, MissingReason reason)
    {
        var f = Growth.Growth.Rate(current, @base);
        Assert.True(f.IsMissing);
        Assert.True(double.IsNaN(f.Value));
        Assert.Equal(reason, f.Reason);
    }

    [Fact]
    public void ImpliedBase_SeedProductionValue_IsValueOverOnePlusRate()
    {
        // Seed: 72.007 tỷ đồng, +9,2% → 2022: 72007 / 1.092 = 65940.476...
        Assert.Equal(65940.476, Growth.Growth.ImpliedBase(72007, 9.2).Value, 3);
    }

    [Fact]
    public void ImpliedBase_RateOfMinus100_IsImpossible()
        => Assert.Equal(MissingReason.ImpossibleRate, Growth.Growth.ImpliedBase(10, -100).Reason);

    [Fact]
    public void Share_SeedAsia_Is53Percent()
        => Assert.Equal(53.0, Math.Round(Growth.Growth.Share(1078, 2032).Value), 10);

    [Fact]
    public void Contribution_PartsOfAPartition_SumToTotalGrowth()
    {
        // Two parts 60 → 66 and 40 → 38: total 100 → 104 (+4%); contributions +6 and −2 points.
        var a = Growth.Growth.Contribution(66, 60, 100).Value;
        var b = Growth.Growth.Contribution(38, 40, 100).Value;
        Assert.Equal(6.0, a, 10);
        Assert.Equal(-2.0, b, 10);
        Assert.Equal(Growth.Growth.Rate(104, 100).Value, a + b, 10);
    }

    [Fact]
    public void Ratio_SeedHeadphones_IsAMultiple()
    {
        // "tai nghe tăng 3,4 lần": +340%, 4,4 times last year's output.
        var r = Growth.Growth.Ratio(440, 100).Value;
        Assert.Equal(4.4, r, 10);
        Assert.True(Growth.Growth.IsMultiple(r));
        Assert.False(Growth.Growth.IsMultiple(Growth.Growth.Ratio(188.7, 100).Value));
    }

    [Fact]
    public void YearOnYear_AfterAGap_ComparesTheSameCalendarMonth()
    {
        // 2022-01..2022-12 then a gap (2023-01..2023-02 missing) then 2023-03: yoy of 2023-03 is against 2022-03.
        var points = Enumerable.Range(1, 12).Select(m => (Period.Month(2022, m), 100.0 + m))
            .Append((Period.Month(2023, 3), 206.0));
        var s = MonthlySeries.FromPoints(points);
        var yoy = Growth.Growth.YearOnYear(s);
        Assert.Equal((206.0 / 103.0 - 1) * 100, yoy[Period.Month(2023, 3)].Value, 10);
        Assert.Equal(MissingReason.NoData, yoy[Period.Month(2023, 2)].Reason);
        Assert.Equal(MissingReason.BaseMissing, Growth.Growth.MonthOnMonth(s)[Period.Month(2023, 3)].Reason);
    }

    [Fact]
    public void CumulativeSum_MissingMonth_CarriesTheGapToYearEnd()
    {
        var s = new MonthlySeries(Period.Month(2023, 1), [1, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 1]);
        var c = Growth.Growth.CumulativeSum(s);
        Assert.Equal(3, c[Period.Month(2023, 2)].Value);
        Assert.Equal(MissingReason.IncompleteCumulation, c[Period.Month(2023, 3)].Reason);
        Assert.Equal(MissingReason.IncompleteCumulation, c[Period.Month(2023, 12)].Reason);
        Assert.Equal(2, c[Period.Month(2024, 2)].Value);
    }

    [Fact]
    public void CumulativeSum_SeriesStartingInApril_HasNoFirstYearCumulative()
    {
        var s = new MonthlySeries(Period.Month(2023, 4), [1, 2, 3]);
        Assert.Equal(MissingReason.IncompleteCumulation, Growth.Growth.CumulativeSum(s)[Period.Month(2023, 4)].Reason);
    }

    [Fact]
    public void CumulativeGrowth_IsRatioOfSumsNotMeanOfRates()
    {
        // Last year Jan..Mar 100, 100, 200; this year 110, 130, 200. Ratio of sums: 440/400 = +10%.
        // The mean of the monthly rates (+10%, +30%, 0%) would be +13.3%.
        var s = new MonthlySeries(Period.Month(2022, 1), [100, 100, 200, 1, 1, 1, 1, 1, 1, 1, 1, 1, 110, 130, 200]);
        Assert.Equal(10.0, Growth.Growth.CumulativeGrowth(s)[Period.Month(2023, 3)].Value, 10);
    }

    [Fact]
    public void FromPoints_DuplicateMonth_ThrowsNamingTheMonth()
    {
        var e = Assert.Throws<ArgumentException>(() => MonthlySeries.FromPoints([(Period.Month(2023, 1), 1.0), (Period.Month(2023, 1), 2.0)]));
        Assert.Equal("points", e.ParamName);
        Assert.Contains("2023-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_AlignByCalendarNotPosition()
    {
        var part = new MonthlySeries(Period.Month(2023, 3), [10, 20]);
        var total = new MonthlySeries(Period.Month(2023, 1), [1000, 1000, 100, 200]);
        var shares = Growth.Growth.Shares(part, total);
        Assert.Equal(10.0, shares[Period.Month(2023, 3)].Value, 10);
        Assert.Equal(10.0, shares[Period.Month(2023, 4)].Value, 10);
    }
}
