using System.Globalization;
using Analytics.Growth;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;

namespace Analytics.Tests.Reference;

/// <summary>
/// The figures of data/gso/gso_vn_monthly.csv as the GSO published them (issue 18, item 1): month on month against last
/// month as revised in the same release where the GSO states no rate, the same figure from the narrator and from
/// <see cref="GrowthOptions.Official"/>, and every figure rounded on its decimal value, half away from zero.
/// </summary>
public sealed class RightAsPublishedTests
{
    private static readonly ObservationStore Gso = new(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    // Two decimals for computed rates, as the GSO's own tables; the default style writes one.
    private static readonly NarrativeStyle TwoDecimals = NarrativeStyle.Vietnamese with { RateDecimals = 2 };

    [Fact]
    public void Converter_StatesMonthOnMonthOnlyWhereTheGsoPublishesIt()
    {
        // The source (hiennguyen9874/vn-macroeconomics csv/) has a MOM column for the IIP and the CPI only; the headline
        // table's trade and retail month-on-month rates are its own ratios of values, not published figures.
        var monthly = Gso.Series.SelectMany(k => Gso.Periods(k).Where(p => p.Kind == PeriodKind.Month).SelectMany(p => Gso.History(k, p))).ToList();
        Assert.DoesNotContain(monthly, o => o.Indicator is "EXPORT" or "IMPORT" or "RETAIL" && o.MonthOnMonth.IsStated);
        Assert.Contains(monthly, o => o.Indicator == "IIP" && o.MonthOnMonth.IsStated);
        Assert.Contains(monthly, o => o.Indicator == "CPI" && o.MonthOnMonth.IsStated);
    }

    public static TheoryData<int, int, string, string> MonthOnMonth => new()
    {
        // GSO releases: September 2024 exports 34.049,6 against August as revised in the same release, 38.074,2.
        { 2024, 9, "kim ngạch xuất khẩu hàng hóa ước đạt 34.050 triệu USD, giảm 10,57% so với tháng trước", "EXPORT" },
        { 2024, 9, "kim ngạch nhập khẩu ước đạt 31.758 triệu USD, giảm 6,94% so với tháng trước", "IMPORT" },
        { 2023, 3, "kim ngạch xuất khẩu hàng hóa ước đạt 29.570 triệu USD, tăng 13,56% so với tháng trước", "EXPORT" },
        { 2023, 3, "kim ngạch nhập khẩu ước đạt 28.920 triệu USD, tăng 24,98% so với tháng trước", "IMPORT" },
    };

    [Theory]
    [MemberData(nameof(MonthOnMonth))]
    public void Narrate_MonthOnMonthWithoutStatedRate_ComparesWithLastMonthAsRevisedInTheRelease(int year, int month, string expected, string indicator)
    {
        var text = new Narrator(TwoDecimals).Narrate(Gso, Period.Month(year, month)).ToString();
        Assert.Contains(expected, text, StringComparison.Ordinal);

        // growth, the notebooks and the report read the same figure.
        var row = Assert.Single(GrowthTable.Compute(Gso, GrowthOptions.Official), r => r.Key == new SeriesKey(indicator, string.Empty) && r.Period == Period.Month(year, month));
        var rate = ReportNumbers.Format(Math.Abs(row.MonthOnMonth.Value), 2, Vi);
        Assert.Contains(rate + "% so với tháng trước", expected, StringComparison.Ordinal);
        Assert.Equal(FigureOrigin.Computed, row.MonthOnMonth.Origin);
    }

    [Fact]
    public void Narrate_DefaultStyle_WritesTheComputedRateWithOneDecimal()
    {
        var text = new Narrator().Narrate(Gso, Period.Month(2024, 9)).ToString();
        Assert.Contains("34.050 triệu USD, giảm 10,6% so với tháng trước", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9,42%", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.285, 2, "0,29")]
    [InlineData(100.285, 2, "100,29")]
    [InlineData(-0.285, 2, "-0,29")]
    [InlineData(2.675, 2, "2,68")]
    [InlineData(1.005, 2, "1,01")]
    [InlineData(0.05, 1, "0,1")]
    [InlineData(-0.04, 1, "0")]
    [InlineData(72006.5, 0, "72.007")]
    public void Format_RoundsTheDecimalValueHalfAwayFromZero(double value, int decimals, string expected)
        => Assert.Equal(expected, ReportNumbers.Format(value, decimals, Vi));

    [Fact]
    public void Narrate_Cpi_September2024_IsTheGsosOwnRounding()
    {
        // The data holds 0.285; the GSO's table reads 100,29.
        var text = new Narrator().Narrate(Gso, Period.Month(2024, 9)).ToString();
        Assert.Contains("(CPI) tháng 9/2024 tăng 0,29% so với tháng trước", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnnexTables_Cpi_September2024_IndexAgreesWithTheRate()
    {
        var tables = AnnexTables.Build(Gso, Period.Month(2024, 9));
        var cpi = tables.SelectMany(t => t.Rows).First(r => r.Label.Contains("CPI", StringComparison.Ordinal));
        var mom = cpi.Cells[2];
        Assert.Equal("100,29", mom.Format(Vi));

        // The spreadsheet holds the figure the table shows, not 100,28499….
        Assert.Equal(100.29, mom.Value);
    }

    [Fact]
    public void TableCell_HoldsItsValueRoundedOnTheDecimalValue()
    {
        Assert.Equal(100.29, new TableCell(100.285, 2).Value);
        Assert.Equal(0.29, new TableCell(0.285, 2).Value);
        Assert.True(double.IsNaN(TableCell.Empty.Value));
    }
}
