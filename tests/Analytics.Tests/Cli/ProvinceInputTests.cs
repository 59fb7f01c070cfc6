using Analytics.Io;
using Analytics.Periods;
using Analytics.Tests.Io;

namespace Analytics.Tests.Cli;

/// <summary>The input workbook and the folder of months, end to end through the command line.</summary>
public class ProvinceInputTests
{
    private static readonly string Style = TestData.Path("thai-binh/style.json");

    private static readonly string SeedCsv = TestData.Path("thai-binh/2023-09.csv");

    /// <summary>The report's Markdown and HTML, and what the command printed, for an input.</summary>
    internal static (string Md, string Html, string Out, string Err) Report(string input, string? period = null, string lang = "vi")
    {
        var dir = Scratch.Path("report");
        var args = new List<string> { "report", "--input", input, "--style", Style, "--out", dir };
        if (period is not null)
        {
            args.AddRange(["--period", period]);
        }

        if (lang != "vi")
        {
            args.AddRange(["--lang", lang]);
        }

        var (code, output, err) = CliRunner.Run([.. args]);
        Assert.True(code == 0, err);
        var md = Directory.GetFiles(dir, "*.md").Single();
        return (File.ReadAllText(md), File.ReadAllText(Path.ChangeExtension(md, ".html")), output[..output.IndexOf('→', StringComparison.Ordinal)], err);
    }

    /// <summary>A folder with the bundled September files and an October workbook keyed as the province would, September revised.</summary>
    internal static string FolderWithOctober()
    {
        var folder = Scratch.Path("thai-binh");
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(TestData.Path("thai-binh")))
        {
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        }

        var october = Path.Combine(folder, "2023-10-bieu.xlsx");
        Assert.Equal(0, CliRunner.Run("template", "--period", "2023-10", "--from", folder, "--out", october).Code);
        using (var e = new WorkbookEditor(october))
        {
            // September revised (thực hiện): exports 272 instead of the estimated 270, imports 141 instead of 139, official.
            e.Set("EXPORT", string.Empty, "Thực hiện tháng trước", 272d);
            e.Set("EXPORT", string.Empty, "Trạng thái tháng trước", "chính thức");
            e.Set("IMPORT", string.Empty, "Thực hiện tháng trước", 141d);
            e.Set("EXPORT", string.Empty, "Ước tính tháng này", 281d);
            e.Set("EXPORT", string.Empty, "Tháng này so với cùng kỳ (%)", 20.1);
            e.Set("EXPORT", string.Empty, "Cộng dồn từ đầu năm", 2315d);
            e.Set("EXPORT", string.Empty, "Cộng dồn so với cùng kỳ (%)", 9.4);
            e.Set("IMPORT", string.Empty, "Ước tính tháng này", 150d);
            e.Set("IMPORT", string.Empty, "Tháng này so với cùng kỳ (%)", 2.5);
            e.Set("IMPORT", string.Empty, "Cộng dồn từ đầu năm", 1482d);
            e.Set("IMPORT", string.Empty, "Cộng dồn so với cùng kỳ (%)", -19.6);
        }

        return folder;
    }

    [Fact]
    public void Template_October_FromSeptember_PrefillsLastMonthAndLeavesThisMonthEmpty()
    {
        var path = Scratch.Path("bieu", ".xlsx");
        var (code, output, err) = CliRunner.Run("template", "--period", "2023-10", "--from", SeedCsv, "--out", path);
        Assert.True(code == 0, err);
        Assert.Contains("2023-10", output, StringComparison.Ordinal);
        using var e = new WorkbookEditor(path);
        Assert.Equal(["Hướng dẫn", "Biểu 1 - IIP", "Biểu 2 - GTSX", "Biểu 3 - Sản phẩm", "Biểu 4 - Bán lẻ", "Biểu 5 - Xuất khẩu", "Biểu 6 - Nhập khẩu"], e.SheetNames);
        var (sheet, row) = e.Find("EXPORT");
        Assert.Equal("270", e.Text(sheet, e.Ref(sheet, row, "Thực hiện tháng trước")));
        Assert.Equal(string.Empty, e.Text(sheet, e.Ref(sheet, row, "Ước tính tháng này")));
        Assert.Equal(string.Empty, e.Text(sheet, e.Ref(sheet, row, "Cộng dồn từ đầu năm")));
        Assert.Equal("triệu USD", e.Text(sheet, e.Ref(sheet, row, "Đơn vị tính")));
        var (s2, r2) = e.Find("EXPORT", "Hàn Quốc");
        Assert.Equal("Hàn Quốc", e.Text(s2, "A" + r2.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Châu Á", e.Text(s2, e.Ref(s2, r2, "parent")));
        Assert.Equal(49 - 5, e.Rows().Count()); // one row per series: the five totals with a month and a cumulative figure take one row each
    }

    [Fact]
    public void Template_HasDecimalValidationOnNumberCells()
    {
        var path = Scratch.Path("bieu", ".xlsx");
        Assert.Equal(0, CliRunner.Run("template", "--period", "2023-10", "--from", SeedCsv, "--out", path).Code);
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        foreach (var sheet in wb.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Skip(1))
        {
            var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)wb.GetPartById(sheet.Id!.Value!);
            var validations = part.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>().ToList();
            Assert.Equal(3, validations.Count);
            Assert.All(validations.Take(2), v => Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.DataValidationValues.Decimal, v.Type!.Value));
            Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.DataValidationValues.List, validations[2].Type!.Value);
            Assert.StartsWith("K5:K", validations[2].SequenceOfReferences!.InnerText, StringComparison.Ordinal);
            Assert.StartsWith("C5:E", validations[0].SequenceOfReferences!.InnerText, StringComparison.Ordinal);
            Assert.StartsWith("F5:I", validations[1].SequenceOfReferences!.InnerText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Template_FilledProgrammaticallyWithTheSeed_GivesTheSeedReportWordForWord()
    {
        var path = Scratch.Path("bieu", ".xlsx");
        Assert.Equal(0, CliRunner.Run("template", "--period", "2023-09", "--from", SeedCsv, "--out", path).Code);
        using (var e = new WorkbookEditor(path))
        {
            e.FillMonth(TestData.Seed(), Period.Month(2023, 9));
        }

        var fromCsv = Report(SeedCsv);
        var fromWorkbook = Report(path);
        Assert.Equal(fromCsv.Md, fromWorkbook.Md);
        Assert.Equal(fromCsv.Html, fromWorkbook.Html);
        Assert.Equal(fromCsv.Out, fromWorkbook.Out);
        Assert.Contains("kim ngạch xuất khẩu hàng hóa ước đạt 270 triệu USD, giảm 6,1% so với tháng trước", fromWorkbook.Md, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedWorkbook_InData_GivesTheSeedReportWordForWord_InBothLanguages()
    {
        foreach (var lang in new[] { "vi", "en" })
        {
            var fromCsv = Report(SeedCsv, lang: lang);
            var fromWorkbook = Report(TestData.Path("thai-binh/2023-09-bieu.xlsx"), lang: lang);
            Assert.Equal(fromCsv.Md, fromWorkbook.Md);
            Assert.Equal(fromCsv.Html, fromWorkbook.Html);
            Assert.Equal(fromCsv.Err, fromWorkbook.Err);
        }
    }

    [Fact]
    public void SeedWorkbook_InData_IsWhatTemplateFilledWritesFromTheCsv()
    {
        var path = Scratch.Path("bieu", ".xlsx");
        Assert.Equal(0, CliRunner.Run("template", "--period", "2023-09", "--from", SeedCsv, "--filled", "--out", path).Code);
        var fresh = InputWorkbook.Read(path).ThrowIfErrors();
        var bundled = InputWorkbook.Read(TestData.Path("thai-binh/2023-09-bieu.xlsx")).ThrowIfErrors();
        Assert.Equal(fresh.Select(o => o with { Source = null }), bundled.Select(o => o with { Source = null }));
        var csv = InterchangeFormat.Read(SeedCsv).ThrowIfErrors();
        Assert.Equal(csv.Count, bundled.Count);
    }

    [Fact]
    public void Folder_Bundled_GivesTodaysReportWordForWord_AndNamesTheSkippedFiles()
    {
        var fromCsv = Report(SeedCsv);
        var fromFolder = Report(TestData.Path("thai-binh"));
        Assert.Equal(fromCsv.Md, fromFolder.Md);
        Assert.Equal(fromCsv.Html, fromFolder.Html);
        var info = Assert.Single(fromFolder.Err.Split('\n'), l => l.StartsWith("info:", StringComparison.Ordinal));
        Assert.Contains("2023-09.csv, 2023-09-bieu.xlsx", info, StringComparison.Ordinal);
        Assert.Contains("skipped (not an interchange file or input workbook): 2023-09-section-I.txt, plan-2023.csv, style.json", info, StringComparison.Ordinal);
        Assert.Equal(fromCsv.Err, string.Join('\n', fromFolder.Err.Split('\n').Where(l => !l.StartsWith("info:", StringComparison.Ordinal))));
    }

    [Fact]
    public void Folder_WithOctober_OctoberUsesRevisedSeptember_SeptemberUnchanged()
    {
        var folder = FolderWithOctober();
        var october = Report(folder, "2023-10");
        // 281 against September's revised 272 is +3,3% (against the first estimate 270 it would be +4,1%).
        Assert.Contains("kim ngạch xuất khẩu hàng hóa ước đạt 281 triệu USD, tăng 3,3% so với tháng trước và tăng 20,1% so với cùng kỳ", october.Md, StringComparison.Ordinal);
        Assert.DoesNotContain("4,1% so với tháng trước", october.Md, StringComparison.Ordinal);
        // imports: 150 against the revised 141 is +6,4% (against 139: +7,9%).
        Assert.Contains("kim ngạch nhập khẩu ước đạt 150 triệu USD, tăng 6,4% so với tháng trước", october.Md, StringComparison.Ordinal);

        var september = Report(folder, "2023-09");
        var fromCsv = Report(SeedCsv);
        Assert.Equal(fromCsv.Md, september.Md);
        Assert.Equal(fromCsv.Html, september.Html);
    }

    [Fact]
    public void Folder_WithOctober_KeepsBothReleasesOfSeptember()
    {
        var folder = FolderWithOctober();
        var read = InputFolder.Read(folder);
        var store = new Analytics.Observations.ObservationStore(read.Result.ThrowIfErrors());
        var history = store.History(new Analytics.Observations.SeriesKey("EXPORT", string.Empty), Period.Month(2023, 9));
        Assert.Equal([270d, 272d], history.Select(o => o.Value));
        Assert.Equal([Period.Month(2023, 9), Period.Month(2023, 10)], history.Select(o => o.EffectiveRelease));
        Assert.Equal(Analytics.Observations.ObservationStatus.Official, history[1].Status);
        Assert.Equal(3, read.Files.Count);
    }

    [Fact]
    public void Folder_SameFigureSameReleaseDifferentValues_IsAnErrorNamingBothFiles()
    {
        var folder = Scratch.Path("conflict");
        Directory.CreateDirectory(folder);
        File.Copy(SeedCsv, Path.Combine(folder, "a.csv"));
        File.WriteAllText(Path.Combine(folder, "b.csv"), string.Join('\n', File.ReadAllLines(SeedCsv).Select(l => l.Replace("EXPORT,,2023-09,270,", "EXPORT,,2023-09,275,", StringComparison.Ordinal))));
        var (code, _, err) = CliRunner.Run("growth", "--input", folder);
        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("b.csv", line, StringComparison.Ordinal);
        Assert.Contains("a.csv", line, StringComparison.Ordinal);
        Assert.Contains("275 triệu USD", line, StringComparison.Ordinal);
        Assert.Contains("270 triệu USD", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_LaterReleaseOfTheSameFigure_IsARevisionNotAConflict()
    {
        var folder = Scratch.Path("revision");
        Directory.CreateDirectory(folder);
        File.Copy(SeedCsv, Path.Combine(folder, "2023-09.csv"));
        File.WriteAllText(Path.Combine(folder, "2023-10.csv"), "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status,release\nEXPORT,,2023-09,272,triệu USD,,,official,2023-10\n");
        var read = InputFolder.Read(folder);
        Assert.False(read.Result.HasErrors);
        Assert.Equal(50, read.Result.Observations.Count);
    }

    [Fact]
    public void Template_November_FromTheFolderWithOctober_PrefillsOctobersEstimate()
    {
        var folder = FolderWithOctober();
        var november = Scratch.Path("bieu-2023-11", ".xlsx");
        var (code, _, err) = CliRunner.Run("template", "--period", "2023-11", "--from", folder, "--out", november);
        Assert.True(code == 0, err);
        using var e = new WorkbookEditor(november);
        var (sheet, row) = e.Find("EXPORT");
        Assert.Equal("281", e.Text(sheet, e.Ref(sheet, row, "Thực hiện tháng trước")));
        Assert.Equal("2023-11", e.Text(sheet, "B2"));
        Assert.Equal(2, e.Rows().Count(r => r.Key.Breakdown.Length == 0 && r.Key.Indicator is "EXPORT" or "IMPORT"));
    }

    [Fact]
    public void Report_BadWorkbook_InEnglish_GivesEnglishMessages()
    {
        var (code, _, err) = CliRunner.Run("report", "--input", TestData.BadInput("province/unit-changed.xlsx"), "--lang", "en", "--out", Scratch.Path("report"));
        Assert.Equal(2, code);
        Assert.Contains("sheet 'Biểu 4 - Bán lẻ', row 5, column B (Đơn vị tính): the unit was changed from 'tỷ đồng' to 'triệu đồng'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_Help_ExitsZeroWithAnExample()
    {
        var (code, output, _) = CliRunner.Run("template", "--help");
        Assert.Equal(0, code);
        Assert.Contains("analytics template --period 2023-10", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_WithoutPeriod_IsAUsageError()
    {
        var (code, _, err) = CliRunner.Run("template", "--out", Scratch.Path("t", ".xlsx"));
        Assert.Equal(2, code);
        Assert.Contains("--period", err, StringComparison.Ordinal);
    }
}
