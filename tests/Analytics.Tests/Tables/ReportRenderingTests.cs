using System.Globalization;
using Analytics.Narrative;
using Analytics.Tables;
using Analytics.Interop;
using DocumentFormat.OpenXml.Packaging;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Growth;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Tables;

public class ReportRenderingTests
{
    private static readonly ObservationStore Store = TestData.Seed();

    private static Report Build(NarrativeStyle? style = null) => ReportBuilder.Build(Store, Period.Month(2023, 9), style);

    private static string TempFile(string ext) => Scratch.Path("report", ext);

    [Fact]
    public void YearEndFan_WithAPlan_IsDrawnInThePlanSection_NotAfterItsIndicatorsParagraph()
    {
        // The GSO national data of September 2024 with an export plan of +6%: the fan chart of exports belongs to
        // "II. Ước thực hiện cả năm và khả năng hoàn thành kế hoạch", where its figures are told.
        var gso = new ObservationStore(Analytics.Io.InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors());
        var exports = new SeriesKey("EXPORT", string.Empty);
        var report = ReportBuilder.Build(gso, Period.Month(2024, 9), plans: new Dictionary<SeriesKey, Analytics.Forecasting.Plan> { [exports] = Analytics.Forecasting.Plan.Growth(6) });
        var bySection = report.ChartsBySection();
        var sections = report.Sections;
        Assert.Equal(sections.Count, bySection.Count);
        Assert.StartsWith("II. Ước thực hiện cả năm", sections[^1].Heading, StringComparison.Ordinal);
        var fan = Assert.Single(report.Charts.OfType<Analytics.Charts.FanChart>());
        Assert.Contains(fan, bySection[^1]);
        Assert.All(bySection.Take(sections.Count - 1), charts => Assert.DoesNotContain(fan, charts));
        Assert.Equal(report.Charts.Count, bySection.Sum(c => c.Count));

        // And so in the HTML: the fan's caption after the plan section's heading.
        var html = HtmlRenderer.Render(report);
        Assert.True(html.IndexOf(fan.Title, StringComparison.Ordinal) > html.IndexOf(sections[^1].Heading, StringComparison.Ordinal));
    }

    [Fact]
    public void AnnexTables_Seed_HaveTheReportsFiguresAsIndices()
    {
        var tables = AnnexTables.Build(Store, Period.Month(2023, 9));
        Assert.Equal(2, tables.Count);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var value = Assert.Single(tables[0].Rows, r => r.Label == "Giá trị sản xuất công nghiệp");
        Assert.Equal(["8.321", "72.007", string.Empty, "95,1", "109,2", string.Empty], value.Cells.Select(c => c.Format(vi)));
        var asia = Assert.Single(tables[1].Rows, r => r.Label == "Châu Á");
        Assert.Equal("53,0", asia.Cells[5].Format(vi));
        var korea = Assert.Single(tables[1].Rows, r => r.Label == "Hàn Quốc");
        Assert.Equal(2, korea.Level);
        Assert.Equal("31,4", korea.Cells[5].Format(vi)); // 339 of Asia's 1.078
        var steel = Assert.Single(tables[0].Rows, r => r.Label.StartsWith("Sắt thép không", StringComparison.Ordinal));
        Assert.Equal(">200", steel.Cells[4].Format(vi));
    }

    [Fact]
    public void AnnexTables_GrowthRateStyle_ShowsRatesNotIndices()
    {
        var tables = AnnexTables.Build(Store, Period.Month(2023, 9), NarrativeStyle.Vietnamese with { TableRatesAsIndex = false });
        var retail = Assert.Single(tables[1].Rows, r => r.Label.StartsWith("Tổng mức", StringComparison.Ordinal));
        Assert.Equal("2,3", retail.Cells[2].Format(CultureInfo.GetCultureInfo("vi-VN")));
    }

    [Fact]
    public void Markdown_Report_HasNarrativeTablesAndAudit()
    {
        var md = MarkdownRenderer.Render(Build());
        Assert.Contains("### 1.1. Về công nghiệp", md, StringComparison.Ordinal);
        Assert.Contains("| **Kim ngạch xuất khẩu hàng hóa** | triệu USD | 270 | 2.032 | 93,9 | 128,6 | 108,7 |  |", md, StringComparison.Ordinal);
        Assert.Contains("15 kết quả kiểm tra: 0 lỗi, 0 cảnh báo.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_English_IsAStandalonePage()
    {
        var html = HtmlRenderer.Render(Build(NarrativeStyle.English));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">72,007</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_ReadBack_GivesTheSameNumbers()
    {
        var path = TempFile(".xlsx");
        XlsxRenderer.Write(Build(), path);
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Descendants<S.Sheet>().Single(s => s.Name == "Biểu 2");
        var ws = ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet;
        var rows = ws.Descendants<S.Row>().ToList();
        string Text(S.Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty;
        var export = rows.Single(r => r.Elements<S.Cell>().First().InlineString?.InnerText == "Kim ngạch xuất khẩu hàng hóa");
        var cells = export.Elements<S.Cell>().ToList();
        Assert.Equal("triệu USD", Text(cells[1]));
        Assert.Equal(270, double.Parse(cells[2].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(2032, double.Parse(cells[3].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(108.7, double.Parse(cells[6].CellValue!.Text, CultureInfo.InvariantCulture), 10);
        Assert.Contains(wb.Workbook.Descendants<S.Sheet>(), s => s.Name == "Kiểm tra");
    }

    [Fact]
    public void Docx_HasTheParagraphsAndOneTablePerAnnexTable()
    {
        var path = TempFile(".docx");
        DocxRenderer.Write(Build(), path);
        using var doc = WordprocessingDocument.Open(path, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Equal(2, body.Elements<W.Table>().Count());
        Assert.Contains(body.Elements<W.Paragraph>(), p => p.InnerText.StartsWith("Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 9/2023", StringComparison.Ordinal));
        Assert.Contains(body.Descendants<W.TableCell>(), c => c.InnerText == "72.007");
    }

    [Fact]
    public void DataFrame_FromReportTable_KeepsMissingAsNullAndBoundsAsNotes()
    {
        var table = AnnexTables.Build(Store, Period.Month(2023, 9))[0];
        var df = table.ToDataFrame();
        Assert.Equal(table.Rows.Count, df.Rows.Count);
        var ytdGrowth = df.Columns[table.Columns[6]];
        var steel = table.Rows.ToList().FindIndex(r => r.Label.StartsWith("Sắt thép không", StringComparison.Ordinal));
        Assert.Null(ytdGrowth[steel]);
        Assert.Contains(">200", (string)df.Columns["Notes"][steel], StringComparison.Ordinal);
    }

    [Fact]
    public void DataFrame_FromGrowthRows_HasOneRowPerFigure()
    {
        var rows = GrowthTable.Compute(Store);
        var df = rows.ToDataFrame();
        Assert.Equal(rows.Count, df.Rows.Count);
        Assert.Equal("Stated", df.Columns["yoy_origin"][0]);
    }

    [Fact]
    public void Build_PeriodNotInData_StillWritesAReportThatSaysSo()
    {
        var report = ReportBuilder.Build(Store, Period.Month(2023, 11));
        Assert.Empty(report.Narration.Paragraphs);
        Assert.Contains(report.Notes, n => n.Contains("tháng 11/2023", StringComparison.Ordinal));
        Assert.Contains("tháng 11/2023", MarkdownRenderer.Render(report), StringComparison.Ordinal);
    }
}
