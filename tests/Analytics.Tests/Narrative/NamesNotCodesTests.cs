using System.Text.RegularExpressions;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>
/// Names, never codes (issue 18, item 7): the national reports of September 2023 and September 2024, made from an
/// import of the GSO workbooks of those months (and the month before), in Vietnamese (default and GSO style) and in
/// English, carry no indicator code, no GSO section letter ("B. Khai khoáng"), no footnote mark and no "Trong đó:".
/// </summary>
public sealed partial class NamesNotCodesTests
{
    public static TheoryData<int, string> Reports => new()
    {
        { 2023, "vi" }, { 2023, "en" }, { 2023, "gso" },
        { 2024, "vi" }, { 2024, "en" }, { 2024, "gso" },
    };

    private static ObservationStore Import(int year)
    {
        var files = Directory.EnumerateFiles(TestData.Path("gso/workbooks"), "*.xlsx")
            .Where(f => Path.GetFileName(f).StartsWith($"{year}-08-", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith($"{year}-09-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(2, files.Count);
        var import = GsoWorkbook.ReadAll(files);
        Assert.False(import.HasErrors, string.Join("\n", import.Problems));
        return new ObservationStore(import.Observations);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Narrate_ImportedGsoMonth_NoCodeNoLetterNoMark(int year, string style)
    {
        var narrator = new Narrator(style switch
        {
            "en" => NarrativeStyle.English,
            "gso" => NarrativeStyle.Load(TestData.Path("gso/style.json")),
            _ => NarrativeStyle.Vietnamese,
        });
        var narration = narrator.Narrate(Import(year), Period.Month(year, 9));
        var sentences = narration.Paragraphs.Select(p => p.Text).ToList();
        Assert.NotEmpty(sentences);
        foreach (var text in sentences)
        {
            Assert.DoesNotMatch(Code(), text);
            Assert.DoesNotMatch(SectionLetter(), text);
            Assert.DoesNotContain("(*)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Trong đó: Nguyên", text, StringComparison.OrdinalIgnoreCase);
        }

        if (style == "en")
        {
            var all = string.Join(" ", sentences);
            Assert.Contains("mining and quarrying", all, StringComparison.Ordinal);
            Assert.Contains("water supply, sewerage and waste management", all, StringComparison.Ordinal);
            Assert.Contains("fruit and vegetables", all, StringComparison.Ordinal);
            Assert.DoesNotContain("cung cấp nước", all, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" million USD", all, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("ngành khai khoáng", string.Join(" ", sentences), StringComparison.OrdinalIgnoreCase);
        }
    }

    public static TheoryData<string, string> Stores => new() { { "csv", "vi" }, { "csv", "en" }, { "workbooks", "vi" }, { "workbooks", "en" }, { "seed", "vi" }, { "seed", "en" } };

    /// <summary>
    /// Every month January 2023 – December 2024 of data/gso/gso_vn_monthly.csv and of all 36 imported workbooks (every
    /// indicator they hold), in the GSO's style in Vietnamese and English: no code and no letter in any sentence, nor
    /// in the notes the narration adds; and the seed's September 2023 in its own style ("IND_VALUE, 2023-09: câu văn
    /// không nêu …" was a note).
    /// </summary>
    [Theory]
    [MemberData(nameof(Stores))]
    public void Narrate_EveryMonth2023To2024_NoCodeNoLetterInSentencesOrNotes(string source, string language)
    {
        var store = source switch
        {
            "csv" => new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations),
            "seed" => TestData.Seed(),
            _ => new ObservationStore(Analytics.Tests.Io.GsoWorkbookHeadlineTests.Import().Observations),
        };
        var style = NarrativeStyle.Load(TestData.Path(source == "seed" ? "thai-binh/style.json" : "gso/style.json"));
        var narrator = new Narrator(language == "vi" ? style : style with { Language = "en", CultureName = "en-US" });
        var found = new List<string>();
        var (from, to) = source == "seed" ? (Period.Month(2023, 9), Period.Month(2023, 9)) : (Period.Month(2023, 1), Period.Month(2024, 12));
        for (var month = from; month <= to; month = month.PlusMonths(1))
        {
            var narration = narrator.Narrate(store, month);
            Assert.NotEmpty(narration.Paragraphs);
            foreach (var text in narration.Paragraphs.Select(p => p.Text).Concat(narration.Notes))
            {
                found.AddRange(Code().Matches(text).Concat(SectionLetter().Matches(text)).Concat(PeriodCode().Matches(text)).Select(m => $"{month}: '{m.Value}' in «{text}»"));
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found.Distinct().Take(20)));
    }

    [Fact]
    public void Narrate_ImportedImportVolumes_AreImports()
    {
        // The September 2024 workbook's import table by volume: coal, ores, iron and steel … are imported goods.
        var store = new ObservationStore(Analytics.Tests.Io.GsoWorkbookHeadlineTests.Import().Observations.Where(o => o.Indicator == "IMPORT_VOLUME"));
        var text = new Narrator(NarrativeStyle.Load(TestData.Path("gso/style.json"))).Narrate(store, Period.Month(2024, 9)).ToString();
        Assert.Contains("các mặt hàng nhập khẩu chủ yếu là: ", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("xuất khẩu", text, StringComparison.OrdinalIgnoreCase);
    }

    // An indicator code: an upper-case word with an underscore, or a catalogue code written as a word (IIP and CPI are
    // also the indicators' names, as reports write them, and are allowed).
    [GeneratedRegex(@"\b[A-Z]+_[A-Z_]+\b|\b(OUTPUT|EXPORT|IMPORT|RETAIL|IND_VALUE|IND_PRODUCT)\b")]
    private static partial Regex Code();

    // A period as the data writes it ("2023-09", "2023-01..2023-09") rather than in words.
    [GeneratedRegex(@"\b\d{4}-\d{2}\b")]
    private static partial Regex PeriodCode();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Ua-u]\.\s\p{Lu}")]
    private static partial Regex SectionLetter();
}
