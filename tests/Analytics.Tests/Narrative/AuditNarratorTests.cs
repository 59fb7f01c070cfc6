using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Audit;
using Analytics.Indicators;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;

namespace Analytics.Tests.Narrative;

/// <summary>The audit's findings written in the report's language and culture (issue 12, item 5).</summary>
public class AuditNarratorTests
{
    private static readonly Lazy<ObservationStore> Store = new(TestData.Seed);

    // Words of the English templates that no Vietnamese sentence has.
    private static readonly string[] EnglishWords = ["the", "of", "against", "within", "consistent", "cannot", "stated", "parts", "months", "rounding", "total", "sum", "info", "error", "warning", "PartsVsTotal", "ShareVsValue", "TotalGrowthVsParts", "MonthlyVsCumulative"];

    private static ObservationStore Edited(string from, string to)
    {
        var text = File.ReadAllText(TestData.Path("thai-binh/2023-09.csv"));
        Assert.Contains(from, text, StringComparison.Ordinal);
        return new ObservationStore(InterchangeFormat.ReadText(text.Replace(from, to, StringComparison.Ordinal), "edited.csv").ThrowIfErrors());
    }

    private static List<string> AuditSection(string markdown, string heading, string next)
    {
        var start = markdown.IndexOf("## " + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "no audit section");
        var end = markdown.IndexOf("## " + next, start, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)].Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
    }

    private static void AssertNoEnglish(string text)
    {
        foreach (var word in EnglishWords)
        {
            Assert.False(Regex.IsMatch(text, $@"\b{word}\b", RegexOptions.IgnoreCase), $"English word \"{word}\" in: {text}");
        }
    }

    [Fact]
    public void VietnameseSeedReport_AuditSectionHasNoEnglishSentenceAndVietnameseNumbers()
    {
        var report = ReportBuilder.Build(Store.Value, Period.Month(2023, 9), NarrativeStyle.Vietnamese);
        var lines = AuditSection(MarkdownRenderer.Render(report), "Kiểm tra tính nhất quán của số liệu", "Ghi chú");
        Assert.Equal(report.Findings.Count, lines.Count);
        Assert.All(lines, AssertNoEnglish);
        Assert.All(lines, l => Assert.StartsWith("- Thông tin: ", l, StringComparison.Ordinal));

        // The sector check in the words of a Vietnamese statistician, with vi-VN separators.
        var sectors = Assert.Single(lines, l => l.Contains("tổng 4 ngành", StringComparison.Ordinal));
        Assert.Equal("- Thông tin: Giá trị sản xuất công nghiệp 9 tháng đầu năm 2023: tổng 4 ngành là 72.006 tỷ đồng, thấp hơn tổng số công bố (72.007 tỷ đồng) 1 tỷ đồng, nằm trong sai số làm tròn (±2,5 tỷ đồng); số liệu khớp.", sectors);
        Assert.Contains(lines, l => l.Contains("cộng lại là 65.944,9 tỷ đồng; từ đó tốc độ tăng của tổng là +9,19%, so với tốc độ công bố +9,2%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Châu Á đạt 1.078 triệu USD trên tổng số 2.032 triệu USD, chiếm 53,05%, so với tỷ trọng công bố 53%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("8 mặt hàng được nêu cộng lại là 1.693,5 triệu USD, bằng 83,3% tổng số (2.032 triệu USD)", StringComparison.Ordinal));

        // No figure is written with English separators (72,006 or 1,693.5).
        Assert.All(lines, l => Assert.DoesNotMatch(@"\d,\d{3}\b|\d\.\d{1,2}\b(?!\d)", l));

        // The HTML report lists the same sentences.
        var html = HtmlRenderer.Render(report);
        Assert.Contains(sectors[2..].Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.DoesNotContain("PartsVsTotal", html, StringComparison.Ordinal);

        // So do the Word report and the message column of the Excel report's audit sheet.
        var docx = Scratch.Path("audit", ".docx");
        DocxRenderer.Write(report, docx);
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false))
        {
            var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Contains("– " + sectors["- Thông tin: ".Length..], paragraphs); // under the heading of its severity
        }

        var xlsx = Scratch.Path("audit", ".xlsx");
        XlsxRenderer.Write(report, xlsx);
        using (var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false))
        {
            var strings = book.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var inline = book.WorkbookPart.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.InlineString>()).Select(i => i.InnerText);
            Assert.Contains(sectors["- Thông tin: ".Length..], strings.Concat(inline));
        }
    }

    [Fact]
    public void EnglishSeedReport_AuditSectionInEnglishWithEnglishNumbers()
    {
        var report = ReportBuilder.Build(Store.Value, Period.Month(2023, 9), NarrativeStyle.English);
        var lines = AuditSection(MarkdownRenderer.Render(report), "Consistency of the figures", "Notes");
        Assert.Equal(report.Findings.Count, lines.Count);
        Assert.Contains("- Info: Industrial production value, January–September 2023: the 4 sectors sum to VND 72,006 billion, VND 1 billion less than the stated total of VND 72,007 billion, within the rounding of the published figures (±VND 2.5 billion): consistent.", lines);
        Assert.Contains(lines, l => l.Contains("Asia, USD 1,078 million of USD 2,032 million, is 53.05% against a stated share of 53%", StringComparison.Ordinal));
    }

    [Fact]
    public void SectorTypo_VietnameseErrorNamesBothFiguresAndTheDifference()
    {
        var store = Edited("66104,tỷ đồng", "66904,tỷ đồng");
        var f = Assert.Single(ConsistencyAudit.Run(store), f => f.Check == AuditCheck.PartsVsTotal && f.Severity == FindingSeverity.Error);
        var vi = new AuditNarrator().Line(f);
        Assert.Equal("Lỗi: Giá trị sản xuất công nghiệp 9 tháng đầu năm 2023: tổng 4 ngành là 72.806 tỷ đồng, cao hơn tổng số công bố (72.007 tỷ đồng) 799 tỷ đồng, vượt sai số làm tròn (±2,5 tỷ đồng); số liệu của một ngành hoặc số tổng bị sai.", vi);
        var growth = Assert.Single(ConsistencyAudit.Run(store), f => f.Check == AuditCheck.TotalGrowthVsParts && f.Indicator == "IND_VALUE");
        Assert.Equal(FindingVerdict.Inconsistent, growth.Verdict);
        var text = new AuditNarrator().Describe(growth);
        AssertNoEnglish(text);
        Assert.Contains(ReportNumbers.Format(growth.Difference, 2, CultureInfo.GetCultureInfo("vi-VN")) + " điểm phần trăm", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongShare_VietnameseErrorGivesTheRecomputedShareAndThePoints()
    {
        var store = Edited("1078,triệu USD,,14.7,,2023-09,market,,53,", "1078,triệu USD,,14.7,,2023-09,market,,63,");
        var f = Assert.Single(ConsistencyAudit.Run(store), f => f.Severity == FindingSeverity.Error);
        Assert.Equal((AuditCheck.ShareVsValue, "Châu Á", 63.0), (f.Check, f.Part, f.Expected));
        Assert.Equal(1078, f.PartValue);
        Assert.Equal(2032, f.WholeValue);
        var vi = new AuditNarrator().Describe(f);
        Assert.Contains("Châu Á đạt 1.078 triệu USD trên tổng số 2.032 triệu USD, chiếm 53,05%, so với tỷ trọng công bố 63% chênh -9,95 điểm phần trăm", vi, StringComparison.Ordinal);
        AssertNoEnglish(vi);
    }

    public static TheoryData<AuditCheck, FindingVerdict, FindingObstacle, string> EveryOutcome => new()
    {
        { AuditCheck.PartsVsTotal, FindingVerdict.Consistent, FindingObstacle.None, "sector" },
        { AuditCheck.PartsVsTotal, FindingVerdict.Inconsistent, FindingObstacle.None, "sector" },
        { AuditCheck.PartsVsTotal, FindingVerdict.NotCheckable, FindingObstacle.PartsWithoutValue, "sector" },
        { AuditCheck.PartsVsTotal, FindingVerdict.Consistent, FindingObstacle.PartsWithoutValue, "market" },
        { AuditCheck.PartsVsTotal, FindingVerdict.Inconsistent, FindingObstacle.None, "market" },
        { AuditCheck.PartsVsTotal, FindingVerdict.Consistent, FindingObstacle.None, "région" },
        { AuditCheck.ShareVsValue, FindingVerdict.Consistent, FindingObstacle.None, "market" },
        { AuditCheck.ShareVsValue, FindingVerdict.Inconsistent, FindingObstacle.None, "market" },
        { AuditCheck.ShareVsValue, FindingVerdict.NotCheckable, FindingObstacle.PartWithoutValue, "market" },
        { AuditCheck.ShareVsValue, FindingVerdict.NotCheckable, FindingObstacle.TotalWithoutValue, "market" },
        { AuditCheck.ShareVsValue, FindingVerdict.NotCheckable, FindingObstacle.TotalNotPositive, "market" },
        { AuditCheck.TotalGrowthVsParts, FindingVerdict.Consistent, FindingObstacle.None, "sector" },
        { AuditCheck.TotalGrowthVsParts, FindingVerdict.Inconsistent, FindingObstacle.None, "sector" },
        { AuditCheck.TotalGrowthVsParts, FindingVerdict.NotCheckable, FindingObstacle.NoValuesOrWeights, "sector" },
        { AuditCheck.TotalGrowthVsParts, FindingVerdict.NotCheckable, FindingObstacle.TotalWithoutValue, "sector" },
        { AuditCheck.TotalGrowthVsParts, FindingVerdict.NotCheckable, FindingObstacle.RateImpliesNoBase, "sector" },
        { AuditCheck.TotalGrowthVsParts, FindingVerdict.NotCheckable, FindingObstacle.TotalNotPositive, "sector" },
        { AuditCheck.MonthlyVsCumulative, FindingVerdict.Consistent, FindingObstacle.None, "" },
        { AuditCheck.MonthlyVsCumulative, FindingVerdict.Inconsistent, FindingObstacle.None, "" },
        { AuditCheck.MonthlyVsCumulative, FindingVerdict.NotCheckable, FindingObstacle.MonthsMissing, "" },
        { AuditCheck.MonthlyVsCumulative, FindingVerdict.Inconsistent, FindingObstacle.MonthsMissing, "" },
        { AuditCheck.StatedVsComputedRate, FindingVerdict.Inconsistent, FindingObstacle.None, "" },
    };

    [Theory]
    [MemberData(nameof(EveryOutcome))]
    public void EveryOutcome_HasASentenceInBothLanguages(AuditCheck check, FindingVerdict verdict, FindingObstacle obstacle, string dimension)
    {
        var percent = check is AuditCheck.ShareVsValue or AuditCheck.TotalGrowthVsParts or AuditCheck.StatedVsComputedRate;
        var f = new AuditFinding(FindingSeverity.Warning, check, "RETAIL", Period.YearToDate(2023, 9), verdict, percent ? 12.5 : 5300, verdict == FindingVerdict.NotCheckable ? double.NaN : percent ? 11.25 : 5100, 2)
        {
            Whole = dimension == "market" ? "Châu Á" : string.Empty,
            Part = "Dịch vụ khác",
            Dimension = dimension,
            Parts = ["Bán lẻ hàng hóa", "Dịch vụ khác"],
            PartsWithoutValue = obstacle == FindingObstacle.PartsWithoutValue ? ["Du lịch lữ hành"] : [],
            Months = [Period.Month(2023, 3)],
            Unit = Unit.BillionDong,
            ExpectedDecimals = 1,
            WholeValue = 5300,
            PartValue = 300,
            PartRate = -100,
            ImpliedBase = 4567.8,
            Rate = check == AuditCheck.StatedVsComputedRate ? RateComparison.MonthOnMonth : RateComparison.None,
            Release = check == AuditCheck.StatedVsComputedRate ? Period.Month(2023, 10) : null,
            Obstacle = obstacle,
        };

        var vi = new AuditNarrator().Line(f);
        var en = new AuditNarrator(NarrativeStyle.English).Line(f);
        foreach (var text in new[] { vi, en })
        {
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
            Assert.EndsWith(".", text, StringComparison.Ordinal);
        }

        Assert.StartsWith("Cảnh báo: Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", vi, StringComparison.Ordinal);
        Assert.Contains("9 tháng đầu năm 2023", vi, StringComparison.Ordinal);
        AssertNoEnglish(vi);
        Assert.StartsWith("Warning: Retail sales of goods and consumer services", en, StringComparison.Ordinal);
        Assert.Contains("January–September 2023", en, StringComparison.Ordinal);
        Assert.NotEqual(vi, en);

        // The figures of the check are in the sentence, in each culture.
        if (!percent)
        {
            Assert.Contains("5.300 tỷ đồng", vi, StringComparison.Ordinal);
            Assert.Contains("VND 5,300 billion", en, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("12,5%", vi, StringComparison.Ordinal);
            Assert.Contains("12.5%", en, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PhraseBook_EveryAuditTemplateInBothLanguages()
    {
        static HashSet<string> Keys(IReadOnlyDictionary<string, string> d) => d.Keys.Where(k => k.StartsWith("audit.", StringComparison.Ordinal) && !k.EndsWith(".one", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Keys(PhraseBook.Vietnamese).Order(StringComparer.Ordinal), Keys(PhraseBook.English).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StylePhrase_OverridesAnAuditTemplate()
    {
        var f = Assert.Single(ConsistencyAudit.Run(Store.Value), f => f.Check == AuditCheck.PartsVsTotal && f.Indicator == "IND_VALUE");
        var style = NarrativeStyle.Vietnamese with { Phrases = new Dictionary<string, string> { ["audit.parts.consistent"] = "{Subject}: {sum} / {total}." } };
        Assert.Equal("Giá trị sản xuất công nghiệp: 72.006 tỷ đồng / 72.007 tỷ đồng.", new AuditNarrator(style).Describe(f));
    }

    [Fact]
    public void ToString_IsAPlainInvariantLine()
    {
        var f = Assert.Single(ConsistencyAudit.Run(Store.Value), f => f.Check == AuditCheck.PartsVsTotal && f.Indicator == "IND_VALUE");
        Assert.Equal("info PartsVsTotal IND_VALUE 2023-01..2023-09 (4 sector parts): stated 72,007, recomputed 72,006, difference -1, rounding ±2.5: consistent", f.ToString());
    }
}
