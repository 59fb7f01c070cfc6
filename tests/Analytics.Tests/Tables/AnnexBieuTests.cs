using System.Globalization;
using Analytics.Periods;
using Analytics.Tables;

namespace Analytics.Tests.Tables;

/// <summary>The seed's annex tables laid out as GSO "Biểu": a sub-heading per dimension, one format per column, shares that say what they are shares of.</summary>
public class AnnexBieuTests
{
    private static readonly IReadOnlyList<ReportTable> Tables = AnnexTables.Build(TestData.Seed(), Period.Month(2023, 9));
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public void Exports_CommoditiesAndMarketsUnderTheirOwnSubHeadings()
    {
        var rows = Tables[1].Rows.ToList();
        var commodities = rows.FindIndex(r => r.IsHeading && r.Label == "Mặt hàng chủ yếu");
        var markets = rows.FindIndex(r => r.IsHeading && r.Label == "Thị trường chủ yếu");
        Assert.True(commodities > 0 && markets > commodities);
        Assert.Equal("Dệt may", rows[commodities + 1].Label);
        Assert.Equal("Châu Á", rows[markets + 1].Label);
        Assert.All(rows.Skip(markets + 1).TakeWhile(r => !r.IsHeading && r.Level > 0), r => Assert.Equal("triệu USD", r.Unit));
        Assert.Contains(rows, r => r.IsHeading && r.Label == "Chia ra"); // retail's components
        Assert.Contains(Tables[0].Rows, r => r.IsHeading && r.Label == "Phân theo ngành");
    }

    [Fact]
    public void RateAndShareColumns_HaveOneFormatEach()
    {
        foreach (var t in Tables)
        {
            for (var column = 2; column < 6; column++)
            {
                var decimals = t.Rows.Select(r => r.Cells[column]).Where(c => c.IsNumber).Select(c => c.Decimals).Distinct().ToList();
                Assert.True(decimals.Count <= 1, $"{t.Title}, column {t.Columns[column + 2]}: decimals {string.Join(", ", decimals)}");
            }
        }

        var textiles = Assert.Single(Tables[1].Rows, r => r.Label == "Dệt may");
        Assert.Equal("102,9", textiles.Cells[4].Format(Vi)); // the source's 2,88% in one decimal like the rest of the column
    }

    [Fact]
    public void Footnote_SaysWhatEachShareIsAShareOf()
    {
        var note = Tables[1].Footnote;
        Assert.Contains("Cơ cấu của Hàn Quốc, Nhật Bản, Hồng Kông: % so với Châu Á.", note, StringComparison.Ordinal);
        Assert.Contains("Cơ cấu của Châu Á, Châu Mỹ, Châu Âu: % so với kim ngạch xuất khẩu hàng hóa.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_HoldsNoPreviousMonth_NoPreviousMonthColumn()
        => Assert.All(Tables, t => Assert.DoesNotContain(t.Columns, c => c.Contains("tháng 8/2023", StringComparison.Ordinal)));

    [Fact]
    public void Gso2024_09_PreviousMonthAsTheSeptemberReleaseStatesIt_BeforeThisMonth()
    {
        // data/gso/gso_vn_monthly.csv: "EXPORT,,2024-08,38074.176,triệu USD,,,preliminary,2024-09," — August's
        // preliminary figure released with September's, read here from the file's own line.
        var line = File.ReadLines(TestData.Path("gso/gso_vn_monthly.csv")).Single(l => l.StartsWith("EXPORT,,2024-08,", StringComparison.Ordinal) && l.Contains(",preliminary,2024-09", StringComparison.Ordinal));
        var august = double.Parse(line.Split(',')[3], CultureInfo.InvariantCulture);
        var gso = new Analytics.Observations.ObservationStore(Analytics.Io.InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors());
        var trade = AnnexTables.Build(gso, Period.Month(2024, 9)).Single(t => t.Title.EndsWith("Thương mại", StringComparison.Ordinal));
        var column = trade.Columns.ToList().IndexOf("Thực hiện tháng 8/2024 (sơ bộ)");
        Assert.Equal(2, column);
        Assert.Equal("Thực hiện tháng 9/2024", trade.Columns[3]);
        var exports = trade.Rows.First(r => r.Label == "Kim ngạch xuất khẩu hàng hóa");
        Assert.Equal(trade.Columns.Count - 2, exports.Cells.Count);
        Assert.Equal(august, exports.Cells[0].Value, 0.5);

        // The month on month beside it is this month over that figure.
        Assert.Equal(exports.Cells[1].Value / august * 100, exports.Cells[3].Value, 0.06);
        Assert.All(trade.Rows, r => Assert.Equal(trade.Columns.Count - 2, r.Cells.Count));
    }
}
