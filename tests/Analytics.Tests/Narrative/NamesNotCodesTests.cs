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

    // An indicator code: an upper-case word with an underscore, or a catalogue code written as a word (IIP and CPI are
    // also the indicators' names, as reports write them, and are allowed).
    [GeneratedRegex(@"\b[A-Z]+_[A-Z_]+\b|\b(OUTPUT|EXPORT|IMPORT|RETAIL|IND_VALUE|IND_PRODUCT)\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Ua-u]\.\s\p{Lu}")]
    private static partial Regex SectionLetter();
}
