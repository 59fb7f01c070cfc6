using Analytics.Audit;
using Analytics.Indicators;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Io;

/// <summary>
/// A file mixing units of one family keeps the rounding its figures were published with (issue 18, items 3 and 8):
/// the seed's retail sales and exports written as a report in larger units writes them — "50,7 nghìn tỷ đồng", its
/// components "44,4", "3,6" and "2,6 nghìn tỷ đồng", exports "2,03 tỷ USD" beside the month's "270 triệu USD" — are
/// converted to tỷ đồng and triệu USD, and the audit allows the rounding of the figures as written (±50 tỷ đồng on
/// 50,7 nghìn tỷ), so figures that agree to their published rounding give no error.
/// </summary>
public sealed class MixedUnitRoundingTests
{
    private static ReadResult Province()
    {
        var text = File.ReadAllText(TestData.Path("thai-binh/2023-09.csv"));
        (string From, string To)[] edits =
        [
            ("RETAIL,,2023-01..2023-09,50703,tỷ đồng,", "RETAIL,,2023-01..2023-09,50.7,nghìn tỷ đồng,"),
            ("RETAIL,Bán lẻ hàng hóa,2023-01..2023-09,44443,tỷ đồng,", "RETAIL,Bán lẻ hàng hóa,2023-01..2023-09,44.4,nghìn tỷ đồng,"),
            ("RETAIL,\"Dịch vụ lưu trú, ăn uống, du lịch lữ hành\",2023-01..2023-09,3643,tỷ đồng,", "RETAIL,\"Dịch vụ lưu trú, ăn uống, du lịch lữ hành\",2023-01..2023-09,3.6,nghìn tỷ đồng,"),
            ("RETAIL,Dịch vụ khác,2023-01..2023-09,2616,tỷ đồng,", "RETAIL,Dịch vụ khác,2023-01..2023-09,2.6,nghìn tỷ đồng,"),
            ("EXPORT,,2023-01..2023-09,2032,triệu USD,", "EXPORT,,2023-01..2023-09,2.03,tỷ USD,"),
        ];
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return InterchangeFormat.ReadText(text, "province-mixed.csv");
    }

    [Fact]
    public void Read_ConvertedValues_KeepTheirSourcesRounding()
    {
        var read = Province();
        Assert.DoesNotContain(read.Problems, p => p.Severity == ProblemSeverity.Error);
        var retail = Assert.Single(read.Observations, o => o.Key == new SeriesKey("RETAIL", string.Empty) && o.Period == Period.YearToDate(2023, 9));
        Assert.Equal(Unit.BillionDong, retail.Unit);
        Assert.Equal(50_700, retail.Value, 9);
        Assert.Equal(50, retail.ValueHalfUnit, 9);  // 0,05 nghìn tỷ đồng
        var exports = Assert.Single(read.Observations, o => o.Key == new SeriesKey("EXPORT", string.Empty) && o.Period == Period.YearToDate(2023, 9));
        Assert.Equal(Unit.MillionUsd, exports.Unit);
        Assert.Equal(5, exports.ValueHalfUnit, 9);  // 0,005 tỷ USD
    }

    [Fact]
    public void Audit_FiguresThatAgreeToTheirPublishedRounding_NoError()
    {
        var store = new ObservationStore(Province().ThrowIfErrors());
        var findings = ConsistencyAudit.Run(store);
        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);

        // The components add up to 50,6 nghìn tỷ against the total's 50,7: 100 tỷ apart, within the four figures'
        // rounding of 50 tỷ each.
        var parts = Assert.Single(findings, f => f.Check == AuditCheck.PartsVsTotal && f.Indicator == "RETAIL" && f.Period == Period.YearToDate(2023, 9));
        Assert.Equal(FindingVerdict.Consistent, parts.Verdict);
        Assert.Equal(200, parts.Tolerance, 6);
    }
}
