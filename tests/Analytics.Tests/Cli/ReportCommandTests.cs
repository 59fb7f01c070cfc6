namespace Analytics.Tests.Cli;

public class ReportCommandTests
{
    [Fact]
    public void Report_Input_WritesFourFiles()
    {
        var dir = Scratch.Path("report");
        Assert.Equal(0, CliRunner.Run("report", "--input", TestData.Path("thai-binh/2023-09.csv"), "--lang", "en", "--out", dir).Code);
        foreach (var ext in new[] { ".md", ".html", ".docx", ".xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(dir, "report-2023-09" + ext)), ext);
        }

        Assert.Contains("Industry and trade", File.ReadAllText(Path.Combine(dir, "report-2023-09.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_InputWarnings_WithTheAudit_NotInTheNotesOfTheReport()
    {
        // The GSO file lacks 2017-05 of the IIP and 2020-10 of the FDI exports: located warnings, printed, and kept
        // with the audit (for the analyst); the notes of a January 2024 report hold none of them, and --no-audit
        // leaves them out of the Word file with the audit.
        var dir = Scratch.Path("report");
        var (code, _, err) = CliRunner.Run("report", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--period", "2024-01", "--out", dir);
        Assert.Equal(0, code);
        Assert.Contains("has no figure for 2017-05", err, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(dir, "report-2024-01.md"));
        var warnings = markdown.IndexOf("### Cảnh báo khi đọc tệp số liệu", StringComparison.Ordinal);
        Assert.True(warnings > markdown.IndexOf("## Kiểm tra tính nhất quán của số liệu", StringComparison.Ordinal), "the input warnings follow the audit");
        Assert.Contains("has no figure for 2017-05", markdown[warnings..], StringComparison.Ordinal);
        var notes = markdown.IndexOf("## Ghi chú", StringComparison.Ordinal);
        Assert.True(notes < 0 || !markdown[notes..].Contains("warning:", StringComparison.Ordinal));

        Assert.Equal(0, CliRunner.Run("report", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--period", "2024-01", "--no-audit", "--out", dir).Code);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(dir, "report-2024-01.docx"), false);
        var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.DoesNotContain("2017-05", text, StringComparison.Ordinal);
        Assert.Contains("Tháng 1/2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TheSameFiguresMakeTheSameFiles_ByteForByte()
    {
        // Named relationships and stamped zip entries: a report written again (charts, header, plan) is the same file,
        // so a Department's copies can be compared and archived.
        var first = Scratch.Path("report");
        var second = Scratch.Path("report");
        foreach (var dir in new[] { first, second })
        {
            Assert.Equal(0, CliRunner.Run("report", "--plan", TestData.Path("thai-binh/plan-2023.csv"), "--out", dir).Code);
        }

        foreach (var ext in new[] { ".docx", ".xlsx" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, "report-2023-09" + ext)), File.ReadAllBytes(Path.Combine(second, "report-2023-09" + ext)));
        }
    }

    [Fact]
    public void Narrate_EnglishOutput_PrintsParagraphs()
    {
        var (code, output, _) = CliRunner.Run("narrate", "--input", TestData.Path("thai-binh/2023-09.csv"), "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("In September 2023, exports reached an estimated USD 270 million", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_EnglishWithAVietnameseStyle_WritesEnglishNumbers()
    {
        // data/gso/style.json sets vi-VN; asked for in English, its numbers follow the language (USD 34.05 billion,
        // not USD 34,05 billion). September 2024 exports: 34,049.6 million USD in the GSO's release.
        var (code, output, _) = CliRunner.Run("narrate", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--style", TestData.Path("gso/style.json"), "--period", "2024-09", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("USD 34.05 billion", output, StringComparison.Ordinal);
        Assert.DoesNotContain("34,05", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_PeriodNotInFile_ExitsTwoAndSaysWhichPeriodsExist()
    {
        var (code, _, err) = CliRunner.Run("narrate", "--input", TestData.Path("thai-binh/2023-09.csv"), "--period", "2024-01");
        Assert.Equal(2, code);
        Assert.Contains("It covers 2023-09.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadStyleFile_ExitsTwoNamingTheFile()
    {
        var style = Scratch.Path("style", ".json");
        File.WriteAllText(style, "{ \"language\": \"vi\", \"samePeriod\": \"sometimes\" }");
        var (code, _, err) = CliRunner.Run("report", "--input", TestData.Path("thai-binh/2023-09.csv"), "--style", style, "--out", Scratch.Path("report"));
        Assert.Equal(2, code);
        Assert.Contains(style, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AuditScope_DefaultIsTheReportsPeriods_AllKeepsEveryPeriod_OtherExitsTwo()
    {
        var gso = TestData.Path("gso/gso_vn_monthly.csv");
        var (code, output, _) = CliRunner.Run("report", "--input", gso, "--period", "2024-09", "--out", Scratch.Path("report"));
        Assert.Equal(0, code);
        Assert.Contains("47 audit findings (0 errors)", output, StringComparison.Ordinal);

        var (allCode, allOutput, _) = CliRunner.Run("report", "--input", gso, "--period", "2024-09", "--audit", "all", "--out", Scratch.Path("report"));
        Assert.Equal(0, allCode);
        Assert.Contains("4508 audit findings", allOutput, StringComparison.Ordinal);

        var (badCode, _, err) = CliRunner.Run("report", "--input", gso, "--period", "2024-09", "--audit", "everything", "--out", Scratch.Path("report"));
        Assert.Equal(2, badCode);
        Assert.Contains("--audit everything", err, StringComparison.Ordinal);
    }
}
