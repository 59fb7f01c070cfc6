using System.Globalization;
using Analytics.Growth;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;
using Analytics.Tests.Cli;

namespace Analytics.Tests.Tables;

/// <summary>
/// Reports of a quarter, a half-year, a year, a December and a January (issue 18, item 2) on the GSO's own figures:
/// data/gso/gso_vn_monthly.csv in the GSO's wording (data/gso/style.json) and in English. The period phrases of the
/// title, the sentences and the annex columns, and the figures against what the GSO published: the headline table
/// data/gso/gso_vn_monthly_headline.csv (first estimates and cumulative figures) and the quarter figures of the GSO's
/// own workbooks (data/gso/workbooks).
/// </summary>
public sealed class PeriodReportTests
{
    private static readonly Lazy<ObservationStore> Gso = new(() => new(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations));
    private static readonly Lazy<NarrativeStyle> GsoStyle = new(() => NarrativeStyle.Load(TestData.Path("gso/style.json")));
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static Report Build(string period, bool english = false)
        => ReportBuilder.Build(Gso.Value, Period.Parse(period), english ? GsoStyle.Value with { Language = "en", CultureName = "en-US" } : GsoStyle.Value);

    private static string Text(Report r) => string.Join("\n", r.Narration.Paragraphs.Select(p => p.Text));

    // The headline table's figure: value_first_estimate (column 4), ytd_value (6), yoy_pct_first_estimate (8), ytd_yoy_pct (10).
    private static double Headline(string month, string indicator, string breakdown, int column)
    {
        var row = File.ReadLines(TestData.Path("gso/gso_vn_monthly_headline.csv")).Skip(1).Select(CsvLine.Split)
            .Single(f => f[0] == month && f[1] == indicator && f[2] == breakdown);
        return double.Parse(row[column], CultureInfo.InvariantCulture);
    }

    private static string Vn(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Vi);

    [Fact]
    public void Quarter_FirstQuarter_ReadsAsTheQuarter_WithTheGsosFirstQuarterFigures()
    {
        var report = Build("2024-Q1");
        var text = Text(report);

        // The GSO's first quarter: the March release's three-month exports, 93.060 triệu USD, +16,98%.
        var exports = Headline("2024-03", "EXPORT", "Tổng trị giá", 6) / 1000;
        var growth = Headline("2024-03", "EXPORT", "Tổng trị giá", 10);
        Assert.Equal(Period.Quarter(2024, 1), report.Period);
        Assert.Equal("Tình hình hoạt động công nghiệp, thương mại quý I/2024", report.Title);
        Assert.Contains($"Quý I/2024, kim ngạch xuất khẩu hàng hóa ước đạt {Vn(exports, 2)} tỷ USD, giảm 3,59% so với quý trước và tăng {Vn(growth, 2)}% so với cùng kỳ năm trước", text, StringComparison.Ordinal);
        Assert.Contains("Chỉ số giá tiêu dùng (CPI) bình quân quý I/2024 tăng 1,09% so với quý trước và tăng 3,77% so với cùng kỳ năm trước.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tháng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tính chung", text, StringComparison.Ordinal);

        // The annex: the quarter, on the quarter before, on the same quarter; no cumulative columns (it is its own).
        Assert.Equal(["Chỉ tiêu", "Đơn vị tính", "Thực hiện quý I/2024", "Quý I/2024 so với quý trước (%)", "Quý I/2024 so với cùng kỳ (%)", "Cơ cấu (%)"], report.Tables[0].Columns);
        var row = report.Tables.SelectMany(t => t.Rows).First(r => r.Label == "Kim ngạch xuất khẩu hàng hóa");
        Assert.Equal(4, row.Cells.Count);
        Assert.Equal("tỷ USD", row.Unit); // the style's unit, as the sentence above
        Assert.Equal(ReportNumbers.Round(exports, 2), row.Cells[0].Value, 6);
        Assert.Equal(100 + growth, row.Cells[2].Value, 2);
    }

    [Fact]
    public void Quarter_FromTheMonths_CpiAgreesWithTheGsoWorkbooksQuarterFigure()
    {
        // The June 2024 workbook states CPI quý II/2024 on quý II/2023 (sheet 32.CPI); the report makes it from the
        // months' rates of gso_vn_monthly.csv, which hold no quarter.
        var workbook = GsoWorkbook.Read(TestData.Path("gso/workbooks/2024-06-29-02.Bieu-T6.2024.xlsx"));
        var stated = workbook.Observations.Single(o => o.Indicator == "CPI" && o.Key.IsTotal && o.Period == Period.Quarter(2024, 2)).YearOnYear.Percent;
        var report = Build("2024-Q2");
        var cpi = report.Tables.SelectMany(t => t.Rows).First(r => r.Label == "Chỉ số giá tiêu dùng (CPI)");
        Assert.Equal(100 + stated, cpi.Cells[3].Value, 1);
        Assert.Contains($"Chỉ số giá tiêu dùng (CPI) bình quân quý II/2024 tăng 0,35% so với quý trước và tăng {Vn(Math.Round(stated, 2, MidpointRounding.AwayFromZero), 2)}% so với cùng kỳ năm trước.", Text(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Quarter_FromTheMonths_AddsUpWithTheGsosHalfYear()
    {
        var report = Build("2024-Q2");
        var text = Text(report);
        Assert.Equal("Tình hình hoạt động công nghiệp, thương mại quý II/2024 và 6 tháng đầu năm 2024", report.Title);
        Assert.Contains("Quý II/2024, kim ngạch xuất khẩu hàng hóa ước đạt 97,38 tỷ USD, tăng 5,05% so với quý trước và tăng 12,92% so với cùng kỳ năm trước", text, StringComparison.Ordinal);
        Assert.Contains("Tính chung 6 tháng đầu năm 2024, kim ngạch xuất khẩu ước đạt 190,08 tỷ USD, tăng 14,51% so với cùng kỳ năm trước", text, StringComparison.Ordinal);

        // The second quarter's base, implied by the months' stated rates, and the first quarter's, implied by the March
        // release's three months, make up the half-year's base the June release implies, to 0,2%.
        var store = PeriodAggregation.Complete(Gso.Value, Period.Quarter(2024, 2));
        var view = store.ViewOfRelease(Period.Quarter(2024, 2));
        var key = new SeriesKey("EXPORT", string.Empty);
        var q2Base = view.Get(key, Period.Quarter(2023, 2))!.Value;
        var q1Base = Headline("2024-03", "EXPORT", "Tổng trị giá", 6) / (1 + (Headline("2024-03", "EXPORT", "Tổng trị giá", 10) / 100));
        var h1Base = Headline("2024-06", "EXPORT", "Tổng trị giá", 6) / (1 + (Headline("2024-06", "EXPORT", "Tổng trị giá", 10) / 100));
        Assert.InRange((q1Base + q2Base) / h1Base, 0.998, 1.002);

        // And the quarter's value with January–March as revised by June is the June release's half-year.
        var revisedQ1 = Period.Quarter(2024, 1).Months().Sum(m => view.Get(key, m)!.Value);
        Assert.Equal(Headline("2024-06", "EXPORT", "Tổng trị giá", 6), revisedQ1 + view.Get(key, Period.Quarter(2024, 2))!.Value, 0.5);

        Assert.Equal(["Chỉ tiêu", "Đơn vị tính", "Thực hiện quý II/2024", "Lũy kế 6 tháng đầu năm 2024", "Quý II/2024 so với quý trước (%)", "Quý II/2024 so với cùng kỳ (%)", "6 tháng đầu năm 2024 so với cùng kỳ (%)", "Cơ cấu (%)"], report.Tables[1].Columns);
    }

    [Fact]
    public void HalfYear_ReadsAsTheFirstSixMonths()
    {
        var report = Build("2024-H1");
        var text = Text(report);
        Assert.Equal(Period.YearToDate(2024, 6), report.Period);
        Assert.Equal("Tình hình hoạt động công nghiệp, thương mại 6 tháng đầu năm 2024", report.Title);
        var exports = Headline("2024-06", "EXPORT", "Tổng trị giá", 6) / 1000;
        Assert.Contains($"6 tháng đầu năm 2024, kim ngạch xuất khẩu hàng hóa ước đạt {Vn(exports, 2)} tỷ USD, tăng 14,51% so với cùng kỳ năm trước", text, StringComparison.Ordinal);
        Assert.Contains("Bình quân 6 tháng năm 2024, chỉ số giá tiêu dùng (CPI) tăng 4,08% so với cùng kỳ năm trước.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("so với tháng trước", text, StringComparison.Ordinal);
        Assert.Equal(["Chỉ tiêu", "Đơn vị tính", "Thực hiện 6 tháng đầu năm 2024", "6 tháng đầu năm 2024 so với cùng kỳ (%)", "Cơ cấu (%)"], report.Tables[1].Columns);
    }

    [Fact]
    public void Year_IsTheDecemberCumulative()
    {
        var report = Build("2023");
        var text = Text(report);
        var exports = Headline("2023-12", "EXPORT", "Tổng trị giá", 6);
        var growth = Headline("2023-12", "EXPORT", "Tổng trị giá", 10);
        Assert.Equal(Period.CalendarYear(2023), report.Period);
        Assert.Equal("Tình hình hoạt động công nghiệp, thương mại năm 2023", report.Title);
        Assert.Contains($"Năm 2023, kim ngạch xuất khẩu hàng hóa ước đạt {Vn(exports / 1000, 1)} tỷ USD, giảm {Vn(-growth, 2)}% so với năm trước", text, StringComparison.Ordinal);
        Assert.Contains($"Chỉ số giá tiêu dùng (CPI) bình quân năm 2023 tăng {Vn(Headline("2023-12", "CPI", "Chung", 10), 2)}% so với năm trước.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tháng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tính chung", text, StringComparison.Ordinal);
        Assert.Equal(["Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Năm 2023 so với năm 2022 (%)", "Cơ cấu (%)"], report.Tables[1].Columns);
        var row = report.Tables.SelectMany(t => t.Rows).First(r => r.Label == "Kim ngạch xuất khẩu hàng hóa");
        Assert.Equal("tỷ USD", row.Unit); // the style's unit, as the sentence above
        Assert.Equal(ReportNumbers.Round(exports / 1000, 2), row.Cells[0].Value, 6);
        Assert.Equal(100 + growth, row.Cells[1].Value, 2);

        // The same year made from its twelve months when the file states no cumulative figure: their sum.
        var monthsOnly = new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations.Where(o => o.Period.Kind == PeriodKind.Month));
        var made = ReportBuilder.Build(monthsOnly, Period.CalendarYear(2023), GsoStyle.Value);
        var madeRow = made.Tables.SelectMany(t => t.Rows).First(r => r.Label == "Kim ngạch xuất khẩu hàng hóa");
        Assert.Equal(exports / 1000, madeRow.Cells[0].Value, exports / 1000 * 0.005);
    }

    [Fact]
    public void December_CumulativeIsTheYear()
    {
        var report = Build("2024-12");
        var text = Text(report);
        Assert.Equal("Tình hình hoạt động công nghiệp, thương mại tháng 12/2024 và năm 2024", report.Title);
        Assert.Contains("Tính chung cả năm 2024, kim ngạch xuất khẩu ước đạt 405,53 tỷ USD, tăng 14,32% so với năm trước", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12 tháng đầu năm", MarkdownRenderer.Render(report), StringComparison.Ordinal);
        // The December release revises November (sơ bộ): its column comes first.
        Assert.Equal(["Chỉ tiêu", "Đơn vị tính", "Thực hiện tháng 11/2024 (sơ bộ)", "Thực hiện tháng 12/2024", "Lũy kế năm 2024", "Tháng 12/2024 so với tháng trước (%)", "Tháng 12/2024 so với cùng kỳ (%)", "Năm 2024 so với năm 2023 (%)", "Cơ cấu (%)"], report.Tables[1].Columns);
    }

    [Fact]
    public void January_HasNoCumulative()
    {
        var report = Build("2024-01");
        Assert.Equal("Tình hình hoạt động công nghiệp, thương mại tháng 1/2024", report.Title);
        var markdown = MarkdownRenderer.Render(report);
        Assert.DoesNotContain("1 tháng đầu năm", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Lũy kế", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Tính chung", markdown, StringComparison.Ordinal);
        // The previous month is December of the year before, as the January release states it: retail revised
        // (preliminary, 515.953 tỷ đồng), exports not (December's estimate, 32.910 triệu USD, the base of January's
        // +2,01% month on month), so every row has its figure and the heading does not say "sơ bộ" of them all.
        Assert.Equal(["Chỉ tiêu", "Đơn vị tính", "Thực hiện tháng 12/2023", "Thực hiện tháng 1/2024", "Tháng 1/2024 so với tháng trước (%)", "Tháng 1/2024 so với cùng kỳ (%)", "Cơ cấu (%)"], report.Tables[1].Columns);
        var exports = report.Tables[1].Rows.First(r => r.Label.StartsWith("Kim ngạch xuất khẩu", StringComparison.Ordinal));
        Assert.Equal(32.91, exports.Cells[0].Value, 0.005);
        Assert.Equal(33.57 / 32.91 * 100, exports.Cells[2].Value, 0.06);
        Assert.All(report.Tables[1].Rows.Where(r => double.IsFinite(r.Cells[1].Value)), r => Assert.True(double.IsFinite(r.Cells[0].Value), r.Label));
    }

    [Theory]
    [InlineData("2024-Q1", "Industry and trade: Q1 2024", "In Q1 2024, exports reached an estimated USD 93.06 billion, down 3.59% on the previous quarter and up 16.98% on a year earlier", "Q1 2024 on previous quarter (%)")]
    [InlineData("2024-Q2", "Industry and trade: Q2 2024 and January–June 2024", "In Q2 2024, exports reached an estimated USD 97.38 billion, up 5.05% on the previous quarter and up 12.92% on a year earlier", "January–June 2024 on same period of 2023 (%)")]
    [InlineData("2024-H1", "Industry and trade: January–June 2024", "In January–June 2024, exports reached an estimated USD 190.08 billion, up 14.51%", "January–June 2024 on same period of 2023 (%)")]
    [InlineData("2023", "Industry and trade: 2023", "In 2023, exports reached an estimated USD 355.5 billion, down 4.36% on the previous year", "2023 on 2022 (%)")]
    [InlineData("2024-12", "Industry and trade: December 2024 and January–December 2024", "exports reached an estimated USD 405.53 billion, up 14.32% on the previous year", "December 2024 on previous month (%)")]
    [InlineData("2024-01", "Industry and trade: January 2024", "In January 2024, exports reached an estimated USD 33.57 billion", "January 2024 on January 2023 (%)")]
    public void English_PeriodPhrases(string period, string title, string sentence, string column)
    {
        var report = Build(period, english: true);
        Assert.Equal(title, report.Title);
        Assert.Contains(sentence, Text(report), StringComparison.Ordinal);
        Assert.Contains(column, report.Tables[1].Columns);
    }

    [Fact]
    public void Quarter_FromImportedWorkbooks_UsesTheQuarterTheGsoStates()
    {
        // The April, May and June 2024 workbooks: months for every indicator, and the CPI's, gold's and the dollar's
        // second quarter as the June workbook states them (sheet 32.CPI).
        var files = Directory.EnumerateFiles(TestData.Path("gso/workbooks"), "2024-0*.xlsx")
            .Where(f => new[] { "2024-04-", "2024-05-", "2024-06-" }.Any(m => Path.GetFileName(f).StartsWith(m, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        var import = GsoWorkbook.ReadAll(files);
        var stated = import.Observations.Single(o => o.Indicator == "CPI" && o.Key.IsTotal && o.Period == Period.Quarter(2024, 2)).YearOnYear.Percent;
        var report = ReportBuilder.Build(new ObservationStore(import.Observations), Period.Quarter(2024, 2), GsoStyle.Value);
        var text = Text(report);
        // No January–March here: the quarter before cannot be compared, and is not.
        Assert.Contains($"Chỉ số giá tiêu dùng (CPI) bình quân quý II/2024 tăng {Vn(Math.Round(stated, 2, MidpointRounding.AwayFromZero), 2)}% so với cùng kỳ năm trước.", text, StringComparison.Ordinal);
        Assert.Contains("Bình quân 6 tháng năm 2024, chỉ số giá vàng tăng", text, StringComparison.Ordinal);
        Assert.Contains("Quý II/2024, kim ngạch xuất khẩu hàng hóa ước đạt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tính chung 6 tháng đầu năm 2024, chỉ số giá", text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_QuarterOfAPriceIndex_IsAnAverage()
    {
        var text = Text(Build("2024-Q2", english: true));
        Assert.Contains("On average in Q2 2024, the consumer price index (CPI) was up 0.35% on the previous quarter and up 4.39% on a year earlier.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-Q1", "report-2024-Q1")]
    [InlineData("2024-H1", "report-2024-H1")]
    [InlineData("2024", "report-2024")]
    public void Cli_Report_Period_WritesTheFilesOfThePeriod(string period, string stem)
    {
        var dir = Scratch.Path("report");
        var (code, output, err) = CliRunner.Run("report", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--style", TestData.Path("gso/style.json"), "--period", period, "--out", dir);
        Assert.True(code == 0, err);
        Assert.Contains(stem + ".md", output, StringComparison.Ordinal);
        foreach (var ext in new[] { ".md", ".html", ".docx", ".xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(dir, stem + ext)), stem + ext);
        }
    }

    [Fact]
    public void Cli_Narrate_Quarter_PrintsTheQuarter()
    {
        var (code, output, _) = CliRunner.Run("narrate", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--style", TestData.Path("gso/style.json"), "--period", "2024-Q3");
        Assert.Equal(0, code);
        Assert.Contains("Quý III/2024, kim ngạch xuất khẩu hàng hóa ước đạt", output, StringComparison.Ordinal);
        Assert.Contains("Tính chung 9 tháng đầu năm 2024", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-Q1", "--period 2026-Q1:", "the quarters 2012-Q1 to 2024-Q4", "e.g. --period 2024-Q4")]
    [InlineData("2026", "--period 2026:", "the years 2012 to 2024", "e.g. --period 2024")]
    [InlineData("2026-H1", "--period 2026-01..2026-06:", "It covers the months 2012-01 to 2025-02", "e.g. --period 2025-02")]
    public void Cli_Report_PeriodNotCovered_ExitsTwoAndListsWhatIsCovered(string period, string head, string covers, string example)
    {
        var (code, _, err) = CliRunner.Run("report", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--period", period, "--out", Scratch.Path("report"));
        Assert.Equal(2, code);
        Assert.Contains(head, err, StringComparison.Ordinal);
        Assert.Contains(covers, err, StringComparison.Ordinal);
        Assert.Contains(example, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Report_SecondHalfYear_ExitsTwoSayingWhatToWrite()
    {
        var (code, _, err) = CliRunner.Run("report", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--period", "2024-H2", "--out", Scratch.Path("report"));
        Assert.Equal(2, code);
        Assert.Contains("6 tháng đầu năm", err, StringComparison.Ordinal);
        Assert.Contains("2024-Q3", err, StringComparison.Ordinal);
    }
}
