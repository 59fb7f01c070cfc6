using Analytics.Audit;
using Analytics.Io;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Growth;

namespace Analytics.Tests.Reference;

/// <summary>
/// The seed report (Thái Bình, September 2023, Section I) loaded from data/thai-binh/2023-09.csv, and what the library
/// derives from it checked against the report's own figures.
/// </summary>
public class SeedReportTests
{
    private static readonly ObservationStore Store = TestData.Seed();

    [Fact]
    public void Load_EveryFigureOfSectionI_IsRead()
    {
        // 49 rows: IIP 6, production value 6, products 13, retail 5, trade totals 4, commodities 8, markets 7.
        Assert.Equal(49, Store.Count);
        var latest = Store.Latest();
        var ytd = Period.YearToDate(2023, 9);
        Assert.Equal(72007, latest.Get(new SeriesKey("IND_VALUE", string.Empty), ytd)!.Value);
        Assert.Equal(12.6, latest.Get(new SeriesKey("IIP", string.Empty), ytd)!.YearOnYear.Percent);
        var retail = latest.Get(new SeriesKey("RETAIL", string.Empty), Period.Month(2023, 9))!;
        Assert.Equal((5778.0, 2.3, 12.6), (retail.Value, retail.MonthOnMonth.Percent, retail.YearOnYear.Percent));
        Assert.Equal(203.4, latest.Get(new SeriesKey("EXPORT", "Da giày"), ytd)!.Value);
        Assert.Equal(-69.3, latest.Get(new SeriesKey("EXPORT", "Lào"), ytd)!.YearOnYear.Percent);
        Assert.Equal(RateBound.GreaterThan, latest.Get(new SeriesKey("IND_PRODUCT", "Sắt thép không hợp kim dạng thỏi đúc hoặc dạng thô khác"), ytd)!.YearOnYear.Bound);
    }

    [Theory]
    [InlineData("Châu Á", 53.0, 0)]
    [InlineData("Châu Mỹ", 28.4, 1)]
    [InlineData("Châu Âu", 9.4, 1)]
    public void Share_ExportMarkets_RoundToTheReportsShares(string market, double stated, int decimals)
    {
        var ytd = Period.YearToDate(2023, 9);
        var latest = Store.Latest();
        var share = Analytics.Growth.Growth.Share(latest.Get(new SeriesKey("EXPORT", market), ytd)!.Value, latest.Get(new SeriesKey("EXPORT", string.Empty), ytd)!.Value);
        Assert.Equal(stated, Math.Round(share.Value, decimals, MidpointRounding.AwayFromZero));
    }

    // Last year's values implied by the stated growth, value / (1 + rate), computed independently
    // (python3: round(v / (1 + g / 100), 1) over the same rows).
    public static TheoryData<string, string, string, double> Implied2022 => new()
    {
        { "IND_VALUE", "", "2023-09", 8749.7 },
        { "IND_VALUE", "", "2023-01..2023-09", 65940.5 },
        { "IND_VALUE", "Khai khoáng", "2023-01..2023-09", 270.7 },
        { "IND_VALUE", "Công nghiệp chế biến, chế tạo", "2023-01..2023-09", 62539.3 },
        { "IND_VALUE", "Sản xuất và phân phối điện", "2023-01..2023-09", 2865.0 },
        { "IND_VALUE", "Cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", "2023-01..2023-09", 269.9 },
        { "RETAIL", "", "2023-09", 5131.4 },
        { "RETAIL", "", "2023-01..2023-09", 43225.1 },
        { "RETAIL", "Bán lẻ hàng hóa", "2023-01..2023-09", 38050.5 },
        { "RETAIL", "Dịch vụ lưu trú, ăn uống, du lịch lữ hành", "2023-01..2023-09", 2802.3 },
        { "RETAIL", "Dịch vụ khác", "2023-01..2023-09", 2378.2 },
        { "EXPORT", "", "2023-09", 210.0 },
        { "EXPORT", "", "2023-01..2023-09", 1869.4 },
        { "IMPORT", "", "2023-09", 144.2 },
        { "IMPORT", "", "2023-01..2023-09", 1698.6 },
        { "EXPORT", "Dệt may", "2023-01..2023-09", 1095.5 },
        { "EXPORT", "Da giày", "2023-01..2023-09", 171.8 },
        { "EXPORT", "Xơ sợi", "2023-01..2023-09", 122.0 },
        { "EXPORT", "Linh kiện, phụ tùng xe", "2023-01..2023-09", 140.2 },
        { "EXPORT", "Thủy sản", "2023-01..2023-09", 14.5 },
        { "EXPORT", "Sắt thép", "2023-01..2023-09", 20.3 },
        { "EXPORT", "Thủ công mỹ nghệ", "2023-01..2023-09", 4.5 },
        { "EXPORT", "Sứ dân dụng", "2023-01..2023-09", 15.8 },
        { "EXPORT", "Châu Á", "2023-01..2023-09", 939.8 },
        { "EXPORT", "Hàn Quốc", "2023-01..2023-09", 298.9 },
        { "EXPORT", "Nhật Bản", "2023-01..2023-09", 233.3 },
        { "EXPORT", "Hồng Kông", "2023-01..2023-09", 189.4 },
        { "EXPORT", "Châu Mỹ", "2023-01..2023-09", 558.0 },
    };

    [Theory]
    [MemberData(nameof(Implied2022))]
    public void ImpliedBase_EveryStatedGrowth_GivesLastYearsValue(string indicator, string breakdown, string period, double expected)
    {
        var rows = GrowthTable.Compute(Store);
        var row = Assert.Single(rows, r => r.Key == new SeriesKey(indicator, breakdown) && r.Period == Period.Parse(period));
        Assert.Equal(FigureOrigin.Computed, row.ImpliedBase.Origin);
        Assert.Equal(expected, Math.Round(row.ImpliedBase.Value, 1));
        Assert.Equal(FigureOrigin.Stated, row.YearOnYear.Origin);
    }

    [Fact]
    public void GrowthTable_NoBaseValues_UsesStatedRatesMarkedAsStated()
    {
        var rows = GrowthTable.Compute(Store);
        var iip = Assert.Single(rows, r => r.Key == new SeriesKey("IIP", string.Empty) && r.Period == Period.Month(2023, 9));
        Assert.Equal(Figure.Stated(-2.8), iip.MonthOnMonth);
        Assert.Equal(Figure.Stated(5), iip.YearOnYear);
        Assert.Equal(Figure.Stated(12.6), iip.CumulativeGrowth);
        var laos = Assert.Single(rows, r => r.Key == new SeriesKey("EXPORT", "Lào"));
        Assert.Equal(MissingReason.NoData, laos.ImpliedBase.Reason);
        var steel = Assert.Single(rows, r => r.Key.Breakdown.StartsWith("Sắt thép không", StringComparison.Ordinal));
        Assert.Equal(MissingReason.BoundOnly, steel.YearOnYear.Reason);
    }

    [Fact]
    public void Audit_EveryTotalAgainstItsParts_IsConsistentWithinRounding()
    {
        var findings = ConsistencyAudit.Run(Store);
        Assert.DoesNotContain(findings, f => f.Severity != FindingSeverity.Info);

        var value = Assert.Single(findings, f => f.Check == AuditCheck.PartsVsTotal && f.Indicator == "IND_VALUE");
        Assert.Equal(72007, value.Expected);
        Assert.Equal(72006, value.Actual);
        Assert.True(value.ExplainedByRounding);

        var retail = Assert.Single(findings, f => f.Check == AuditCheck.PartsVsTotal && f.Indicator == "RETAIL");
        Assert.Equal((50703.0, 50702.0), (retail.Expected, retail.Actual));
        Assert.True(retail.ExplainedByRounding);

        // Commodities and markets are selections of the export total; Asia's countries a selection of Asia.
        var exportParts = findings.Where(f => f.Check == AuditCheck.PartsVsTotal && f.Indicator == "EXPORT").ToList();
        Assert.Equal(3, exportParts.Count);
        Assert.Contains(exportParts, f => Math.Abs(f.Actual - 1693.5) < 1e-9 && f.Expected == 2032);
        Assert.Contains(exportParts, f => Math.Abs(f.Actual - 769) < 1e-9 && f.Expected == 1078);

        Assert.Equal(3, findings.Count(f => f.Check == AuditCheck.ShareVsValue && f.ExplainedByRounding));
        var growth = Assert.Single(findings, f => f.Check == AuditCheck.TotalGrowthVsParts && f.Indicator == "IND_VALUE");
        Assert.Equal(9.19, Math.Round(growth.Actual, 2));
    }

    [Fact]
    public void Audit_WrongShare_IsAnError()
    {
        var text = File.ReadAllText(TestData.Path("thai-binh/2023-09.csv")).Replace("1078,triệu USD,,14.7,,2023-09,market,,53,", "1078,triệu USD,,14.7,,2023-09,market,,63,", StringComparison.Ordinal);
        var store = new ObservationStore(InterchangeFormat.ReadText(text, "edited.csv").ThrowIfErrors());
        var f = Assert.Single(ConsistencyAudit.Run(store), f => f.Severity == FindingSeverity.Error);
        Assert.Equal(AuditCheck.ShareVsValue, f.Check);
        Assert.Equal(63, f.Expected);
        Assert.False(f.ExplainedByRounding);
    }

    [Fact]
    public void Audit_SectorTypo_IsAnErrorNamingTheDifference()
    {
        var text = File.ReadAllText(TestData.Path("thai-binh/2023-09.csv")).Replace("66104,tỷ đồng", "66904,tỷ đồng", StringComparison.Ordinal);
        var store = new ObservationStore(InterchangeFormat.ReadText(text, "edited.csv").ThrowIfErrors());
        var errors = ConsistencyAudit.Run(store).Where(f => f.Severity >= FindingSeverity.Warning).ToList();
        var parts = Assert.Single(errors, f => f.Check == AuditCheck.PartsVsTotal);
        Assert.Equal(72806, parts.Actual);
        Assert.Equal((72007.0, 799.0, FindingVerdict.Inconsistent), (parts.Expected, Math.Round(parts.Difference, 6), parts.Verdict));
        Assert.Contains("cao hơn tổng số công bố (72.007 tỷ đồng) 799 tỷ đồng", new Analytics.Narrative.AuditNarrator().Describe(parts), StringComparison.Ordinal);
        Assert.Contains(errors, f => f.Check == AuditCheck.TotalGrowthVsParts);
    }

    [Fact]
    public void Audit_PartStatedAtMinus100Percent_SaysTheCheckCannotBeMadeInsteadOfANumber()
    {
        var text = File.ReadAllText(TestData.Path("thai-binh/2023-09.csv")).Replace("222,tỷ đồng,,-18,", "222,tỷ đồng,,-100,", StringComparison.Ordinal);
        var store = new ObservationStore(InterchangeFormat.ReadText(text, "edited.csv").ThrowIfErrors());
        var f = Assert.Single(ConsistencyAudit.Run(store), f => f.Check == AuditCheck.TotalGrowthVsParts && f.Indicator == "IND_VALUE");
        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.True(double.IsNaN(f.Actual));
        Assert.Equal((FindingObstacle.RateImpliesNoBase, -100.0), (f.Obstacle, f.PartRate));
        Assert.Contains("is stated at -100%, which implies no value last year", new Analytics.Narrative.AuditNarrator(Analytics.Narrative.NarrativeStyle.English).Describe(f), StringComparison.Ordinal);
    }
}
