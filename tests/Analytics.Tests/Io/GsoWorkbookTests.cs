using Analytics.Io;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;

namespace Analytics.Tests.Io;

/// <summary>
/// The GSO importer against cells of the September 2023 workbook, read by hand (sheet, row and column given), and its
/// releases, units and round trips.
/// </summary>
public sealed class GsoWorkbookTests
{
    private const string September = "gso/workbooks/2023-09-29-02-Bieu-so-lieu-9-thang-2023-2.xlsx";

    private static readonly Lazy<GsoImportResult> Sep2023 = new(() => GsoWorkbook.Read(TestData.Path(September)));

    private static Observation One(string indicator, string breakdown, Period period)
        => Assert.Single(Sep2023.Value.Observations, o => o.Indicator == indicator && o.Breakdown == breakdown && o.Period == period);

    [Fact]
    public void Read_September2023_FindsTheSixTablesByTitle()
    {
        var r = Sep2023.Value;
        Assert.False(r.HasErrors, string.Join("\n", r.Problems));
        Assert.Equal(
            ["21.Tongmuc", "23.xuất khẩu tháng", "25.nhập khẩu tháng", "28.CPI", "7.IIPthang", "9.SPCNthang"],
            r.Sheets.Select(s => s.Sheet).Order(StringComparer.Ordinal));
        Assert.All(r.Sheets, s => Assert.Equal(Period.Month(2023, 9), s.Release));
    }

    [Fact]
    public void Read_IndustrialProducts_CarryTheirUnitsIncludingDittoMarks()
    {
        var m = Period.Month(2023, 9);

        // '9.SPCNthang' row 34: Điện thoại di động, Triệu cái, D34 = 20.233345, F34 = 106.605… (index).
        var phones = One("OUTPUT", "Điện thoại di động", m);
        Assert.Equal(20.233345000000003, phones.Value, 9);
        Assert.Equal("Triệu cái", phones.Unit!.Symbol);
        Assert.Equal(6.60501458108126, phones.YearOnYear.Percent, 9);
        Assert.Equal(ObservationStatus.Estimate, phones.Status);
        Assert.Equal(143.61933000000002, One("OUTPUT", "Điện thoại di động", Period.YearToDate(2023, 9)).Value, 9);

        // Row 12: Xăng, dầu has the ditto mark '"' for its unit: the unit above, Nghìn tấn (row 11).
        Assert.Equal("Nghìn tấn", One("OUTPUT", "Xăng, dầu", m).Unit!.Symbol);

        // Row 8, column C: August as revised in this release ("Thực hiện tháng 8").
        var coalAugust = One("OUTPUT", "Than đá (than sạch)", Period.Month(2023, 8));
        Assert.Equal(3922.1165116614097, coalAugust.Value, 9);
        Assert.Equal(ObservationStatus.Official, coalAugust.Status);
        Assert.Equal(new SourceLocation(TestData.Path(September), 8, "C", "9.SPCNthang"), coalAugust.Source);
    }

    [Fact]
    public void Read_TradeByCommodity_ValuesAndQuantitiesWithUnits()
    {
        var m = Period.Month(2023, 9);

        // '23.xuất khẩu tháng' row 21: Gạo, C21 = 800 (nghìn tấn), D21 = 494.59… (triệu USD), I21/J21 indices.
        var rice = One("EXPORT", "Gạo", m);
        Assert.Equal(494.590656499255, rice.Value, 9);
        Assert.Equal(Unit.MillionUsd, rice.Unit);
        Assert.Equal("commodity", rice.Dimension);
        Assert.Equal(80.44845714575925, rice.YearOnYear.Percent, 9);
        var riceTonnes = One("EXPORT_VOLUME", "Gạo", m);
        Assert.Equal(800, riceTonnes.Value);
        Assert.Equal("nghìn tấn", riceTonnes.Unit!.Symbol);
        Assert.Equal(37.775680525752, riceTonnes.YearOnYear.Percent, 9);
        Assert.Equal(6613.501, One("EXPORT_VOLUME", "Gạo", Period.YearToDate(2023, 9)).Value, 9);

        // Row 12 "Dầu thô" under the foreign-invested sector is not the commodity "Dầu thô" of row 24.
        Assert.Equal(GsoSheetReader.Foreign, One("EXPORT", GsoSheetReader.Foreign + ": Dầu thô", m).Parent);
        Assert.Equal(150, One("EXPORT_VOLUME", "Dầu thô", m).Value);

        // Row 15 "Thủy sản " (trailing space) and old-style "Hoá chất" spellings are one name whatever the month.
        Assert.Equal(850, One("EXPORT", "Thủy sản", m).Value);
    }

    [Fact]
    public void Read_ConsumerPrices_GroupsSubgroupsAndCoreInflation()
    {
        var m = Period.Month(2023, 9);

        // '28.CPI' row 12: G12 = 101.0799 (on August), E12 = 103.6566… (on September 2022); I12 the 9-month average.
        var cpi = One("CPI", string.Empty, m);
        Assert.Equal(1.0799, cpi.MonthOnMonth.Percent, 9);
        Assert.Equal(4, cpi.MonthOnMonth.Decimals);
        Assert.Equal(3.65660610829195, cpi.YearOnYear.Percent, 9);
        Assert.Equal(3.1585890500418, One("CPI", string.Empty, Period.YearToDate(2023, 9)).YearOnYear.Percent, 9);
        Assert.Equal(2.89037431179894, One("CPI", string.Empty, Period.Quarter(2023, 3)).YearOnYear.Percent, 9);

        // Row 27: "Dịch vụ giáo dục" sits under "Giáo dục" (row 26), after "Trong đó:".
        var tuition = One("CPI", "Giáo dục: Dịch vụ giáo dục", m);
        Assert.Equal("Giáo dục", tuition.Parent);
        Assert.Equal(8.987, tuition.MonthOnMonth.Percent, 9);

        // Row 33: core inflation is printed as a change in percent, not as an index.
        Assert.Equal(0.26394751254359416, One("CORE_INFLATION", string.Empty, m).MonthOnMonth.Percent, 12);

        // The comparisons with the base year and with December are reported as not imported, not dropped silently.
        var cpiSheet = Assert.Single(Sep2023.Value.Sheets, s => s.Table == GsoTable.ConsumerPrices);
        Assert.Contains(cpiSheet.Ignored, i => i.Contains("December", StringComparison.Ordinal));
        Assert.Contains(cpiSheet.Ignored, i => i.Contains("base year", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAll_RevisionKeptBesideFirstEstimate()
    {
        var store = new ObservationStore(GsoWorkbookHeadlineTests.Import().Observations);
        var key = new SeriesKey("RETAIL", string.Empty);
        var sep = Period.Month(2023, 9);

        // First estimate in the September workbook ('21.Tongmuc' D11), revised in October's ('13. Tongmuc' B12).
        Assert.Equal(524595.1674463564, store.AsOf(Period.Month(2023, 9)).Get(key, sep)!.Value, 6);
        Assert.Equal(528380.7698409136, store.AsOf(Period.Month(2023, 10)).Get(key, sep)!.Value, 6);
        Assert.Equal(528380.7698409136, store.Latest().Get(key, sep)!.Value, 6);
        Assert.Equal(2, store.History(key, sep).Count(o => o.HasValue));
    }

    [Fact]
    public void ReadAll_InterchangeCsvRoundTrip_LosesNothing()
    {
        var imported = GsoWorkbookHeadlineTests.Import().Observations;
        var text = new StringWriter();
        InterchangeFormat.Write(imported, text);
        var read = InterchangeFormat.ReadText(text.ToString(), "import.csv");
        // Reading back checks each series against its history; the warnings it gives on the GSO's own figures
        // (a crude-oil import volume of 1 in February 2022, a commodity renamed for two months) are real, not losses.
        Assert.DoesNotContain(read.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.All(read.Problems, p => Assert.True(p.Location.Column is "value" or "period", p.ToString()));
        var again = read.Observations;
        Assert.Equal(imported.Count, again.Count);
        foreach (var (a, b) in imported.Zip(again))
        {
            // Figures computed to full precision (no decimals stated) come back with the decimals their text shows.
            Assert.Equal(Bits(a.Value), Bits(b.Value));
            Assert.Equal(a with { Source = null, ValueDecimals = 0 }, b with { Source = null, ValueDecimals = 0, MonthOnMonth = Like(b.MonthOnMonth, a.MonthOnMonth), YearOnYear = Like(b.YearOnYear, a.YearOnYear), Share = Like(b.Share, a.Share) });
        }
    }

    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    private static StatedRate Like(StatedRate read, StatedRate original)
        => original.Decimals < 0 && Bits(read.Percent) == Bits(original.Percent) ? original : read;

    [Fact]
    public void ReadAll_EveryWorkbook_ImportsTheMainProductsAndCommodities()
    {
        var r = GsoWorkbookHeadlineTests.Import();
        foreach (var file in r.Sheets.Select(s => s.File).Distinct())
        {
            var obs = r.Observations.Where(o => o.Source!.File == file).ToList();
            Assert.True(obs.Count(o => o.Indicator == "EXPORT" && o.Dimension == "commodity") >= 30, file);
            Assert.True(obs.Count(o => o.Indicator == "IMPORT" && o.Dimension == "commodity") >= 30, file);
            Assert.True(obs.Count(o => o.Indicator == "IIP" && o.Dimension == "industry") >= 25, file);
            Assert.True(obs.Count(o => o.Indicator == "CPI" && o.Dimension == "group") >= 11, file);
            if (obs.Any(o => o.Indicator == "OUTPUT"))
            {
                Assert.All(obs.Where(o => o.Indicator == "OUTPUT" && o.HasValue), o => Assert.NotNull(o.Unit));
            }
        }
    }

    [Fact]
    public void ReadAll_JanuaryProductTables_TheirMonthOnMonthIndicesAgreeWithTheirLevels()
    {
        // The only tables of 2022-2024 that print the two levels a rate compares: January's industrial products, with
        // December's output beside January's and January on December in percent. The levels decide index or change
        // there, and every row agrees with them read as an index (Jan 2023 LPG: 49,4 against 111,9, printed 44,13).
        var r = GsoWorkbookHeadlineTests.Import();
        Assert.DoesNotContain(r.Problems, p => p.Message.Contains("agrees with the levels", StringComparison.Ordinal));
        var checkedRows = 0;
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            var release = Period.Month(year, 1);
            var products = r.Observations.Where(o => o.Indicator == "OUTPUT" && o.Release == release).ToList();
            foreach (var jan in products.Where(o => o.Period == release && o.MonthOnMonth.IsStated))
            {
                var dec = Assert.Single(products, o => o.Breakdown == jan.Breakdown && o.Period == Period.Month(year - 1, 12));
                var check = GsoSheetReader.CheckRate(jan.MonthOnMonth.Percent + 100, jan.Value, dec.Value);
                Assert.True(check.Agreement == GsoSheetReader.RateAgreement.Index, $"{year} {jan.Breakdown}: {check}");
                Assert.Equal(check.Implied, jan.MonthOnMonth.Percent, 1);
                checkedRows++;
            }
        }

        Assert.True(checkedRows >= 90, checkedRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
