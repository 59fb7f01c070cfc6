using System.Globalization;
using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Tables;

/// <summary>
/// The annex and the plan table in the unit and precision of the sentences (issue 18, items 3 and 8): under the GSO's
/// style (data/gso/style.json: nghìn tỷ đồng with one decimal, tỷ USD with two) the September 2024 tables read
/// "535,8 nghìn tỷ đồng" and "34,05 tỷ USD" as the text does, not 535.773 tỷ đồng and 34.050 triệu USD.
/// </summary>
public sealed class AnnexUnitTests
{
    private static readonly NarrativeStyle Gso = NarrativeStyle.Load(TestData.Path("gso/style.json"));
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly Lazy<ObservationStore> Store = new(() =>
        new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors()));

    // data/gso/gso_vn_monthly.csv: "RETAIL,,2024-09,535773.0575,tỷ đồng,…,estimate,2024-09" and
    // "EXPORT,,2024-09,34049.6267,triệu USD,…"; the nine months 4.703.401,1 tỷ đồng and 299.625,1 triệu USD.
    [Fact]
    public void Gso2024_09_AnnexRows_InTheStylesUnitWithItsDecimals()
    {
        var tables = AnnexTables.Build(Store.Value, Period.Month(2024, 9), Gso);
        var trade = tables.Single(t => t.Title.EndsWith("Thương mại", StringComparison.Ordinal));
        var month = trade.Columns.ToList().IndexOf("Thực hiện tháng 9/2024") - 2;
        var retail = trade.Rows.First(r => r.Label == "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng");
        Assert.Equal("nghìn tỷ đồng", retail.Unit);
        Assert.Equal("535,8", retail.Cells[month].Format(Vi, keepTrailingZeros: false));
        Assert.Equal("4.703,4", retail.Cells[month + 1].Format(Vi, keepTrailingZeros: false));
        var exports = trade.Rows.First(r => r.Label == "Kim ngạch xuất khẩu hàng hóa");
        Assert.Equal("tỷ USD", exports.Unit);
        Assert.Equal("34,05", exports.Cells[month].Format(Vi, keepTrailingZeros: false));
        Assert.Equal("299,63", exports.Cells[month + 1].Format(Vi, keepTrailingZeros: false));
        Assert.DoesNotContain(tables.SelectMany(t => t.Rows), r => r.Unit is "tỷ đồng" or "triệu USD");

        // The sentences say the same figures, and so do the rendered tables.
        var report = ReportBuilder.Build(Store.Value, Period.Month(2024, 9), Gso);
        var text = string.Join(" ", report.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text));
        Assert.Contains("535,8 nghìn tỷ đồng", text, StringComparison.Ordinal);
        Assert.Contains("34,05 tỷ USD", text, StringComparison.Ordinal);
        var markdown = MarkdownRenderer.Render(report);
        Assert.Contains("| nghìn tỷ đồng |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("535.773", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Gso2024_09_Xlsx_HoldsTheConvertedNumbers()
    {
        var report = ReportBuilder.Build(Store.Value, Period.Month(2024, 9), Gso);
        var path = Scratch.Path("annex-units", ".xlsx");
        XlsxRenderer.Write(report, path);
        using var doc = SpreadsheetDocument.Open(path, false);
        var values = doc.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<S.CellValue>()).Select(v => v.Text).ToList();
        Assert.Contains("535.8", values);
        Assert.Contains("34.05", values);
        Assert.DoesNotContain(values, v => v.StartsWith("535773", StringComparison.Ordinal));
    }

    [Fact]
    public void Gso2023_09_PlanSectionAndTable_InTheStylesUnit()
    {
        var month = Period.Month(2023, 9);
        var exports = new SeriesKey("EXPORT", string.Empty);
        var plans = new Dictionary<SeriesKey, Plan> { [exports] = Plan.Growth(6) };
        var estimates = new YearEndEstimates(Store.Value, month, null);
        var text = new PlanNarrator(Gso).Narrate(Store.Value, month, plans, estimates).ToString();

        // 259.670 triệu USD as the September 2023 release states the nine months: 259,67 tỷ USD.
        Assert.Contains("259,67 tỷ USD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("triệu USD", text, StringComparison.Ordinal);

        var table = PlanTable.Build(Store.Value, month, plans, Gso, estimates: estimates)!;
        var row = Assert.Single(table.Rows);
        Assert.Equal("tỷ USD", row.Unit);
        Assert.Equal("259,67", row.Cells[1].Format(Vi, keepTrailingZeros: false));
        var e = estimates.Get(exports, plans[exports]);
        Assert.Equal(ReportNumbers.Round(e.TotalMean / 1000, 2), row.Cells[3].Value, 9);
    }
}
