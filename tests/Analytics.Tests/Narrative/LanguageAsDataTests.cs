using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Analytics.Forecasting;
using Analytics.Indicators;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>
/// A third language is a data change: a style file whose <c>phrases</c> hold a whole phrase book — here the
/// Windows pseudo-locale qps-ploc, every English template, word, indicator, member and unit name with each ASCII
/// letter replaced by an accented one — narrates the seed and the GSO's September 2024 with every word of every
/// sentence from that book. A sentence word still in plain ASCII letters came from code, not from the book.
/// </summary>
public partial class LanguageAsDataTests
{
    private static readonly Lazy<ObservationStore> Gso = new(() =>
        new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors()));

    // Switches, not text: they say how the book reads the catalogue and cases names.
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "names", "part.case" };

    private const string Ascii = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Pseudo = "åƀçđéƒĝĥîĵķľɱñöþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĽṀÑÖÞǪŔŠŦÛṼŴẊÝŽ";

    // Letters outside the slots only: "{Name} for {period}" → "{Name} ƒöŕ {period}".
    private static string Pseudolocalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var inSlot = false;
        foreach (var ch in text)
        {
            inSlot = ch == '{' || (inSlot && ch != '}');
            var i = Ascii.IndexOf(ch, StringComparison.Ordinal);
            sb.Append(inSlot || i < 0 ? ch : Pseudo[i]);
        }

        return sb.ToString();
    }

    /// <summary>The pseudo-language's book, built from the English one and the names the stores use.</summary>
    private static Dictionary<string, string> PseudoBook(bool withNames, params ObservationStore[] stores)
    {
        var book = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in PhraseBook.English.Concat(PlanPhrases.English))
        {
            book[key] = Switches.Contains(key) ? value : Pseudolocalize(value);
        }

        foreach (var unit in Unit.OfFamily("đồng").Concat(Unit.OfFamily("USD")))
        {
            book["scale." + unit.EnglishScale] = Pseudolocalize(unit.EnglishScale);
        }

        if (!withNames)
        {
            return book;
        }

        foreach (var store in stores)
        {
            foreach (var key in store.Series)
            {
                var indicator = IndicatorCatalog.Default.Resolve(key.Indicator, null);
                book["indicator." + indicator.Code] = Pseudolocalize(indicator.NameEn);
                book["indicator." + indicator.Code + ".short"] = Pseudolocalize(indicator.ShortNameEn);
                if (!key.IsTotal)
                {
                    book["member." + key.Breakdown] = Pseudolocalize(Glossary.Default.InSentence(key.Breakdown, vietnamese: false));
                }

                foreach (var o in store.Periods(key).Select(p => store.AsOf(p).Get(key, p)).OfType<Observation>().Where(o => o.Unit is not null))
                {
                    book["unit." + o.Unit!.Symbol] = Pseudolocalize(o.Unit.EnglishSymbol);
                }
            }
        }

        return book;
    }

    /// <summary>Writes a style file: the given style file with its language and phrases replaced, as a user would.</summary>
    private static NarrativeStyle PseudoStyle(string? baseStyle, Dictionary<string, string> book)
    {
        var json = baseStyle is null
            ? new JsonObject()
            : JsonNode.Parse(File.ReadAllText(TestData.Path(baseStyle)), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        json["language"] = "qps-ploc";
        json["culture"] = "en-US";
        var phrases = new JsonObject();
        foreach (var (k, v) in book)
        {
            phrases[k] = v;
        }

        json["phrases"] = phrases;
        var path = Path.Combine(Path.GetTempPath(), $"qps-ploc-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        try
        {
            return NarrativeStyle.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Words in plain ASCII letters, apart from the ISO currency codes the amounts carry in every language.
    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex AsciiWord();

    private static List<string> CodeWords(string text)
        => AsciiWord().Matches(text).Select(m => m.Value).Where(w => w is not ("USD" or "VND")).Distinct(StringComparer.Ordinal).ToList();

    [Fact]
    public void PseudoLanguage_SeedReport_EverySentenceFromItsBook()
    {
        var seed = TestData.Seed();
        var style = PseudoStyle("thai-binh/style.json", PseudoBook(withNames: true, seed));
        var narration = new Narrator(style).Narrate(seed, Period.Month(2023, 9));

        Assert.Equal(8, narration.Paragraphs.Count);
        foreach (var p in narration.Paragraphs)
        {
            Assert.True(CodeWords(p.Text).Count == 0, $"{p.Indicator}/{p.Topic}: words not from the book: {string.Join(", ", CodeWords(p.Text))}\n{p.Text}");
        }

        // The same figures as the English text, in the same order: only the words changed.
        var english = new Narrator(NarrativeStyle.Load(TestData.Path("thai-binh/style.json")) with { Language = "en", CultureName = "en-US" }).Narrate(seed, Period.Month(2023, 9));
        Assert.Equal(Figures(english), Figures(narration));
        Assert.Contains("Ŧĥé îñđéẋ öƒ îñđûšŧŕîåľ þŕöđûçŧîöñ (ÎÎÞ) ƒöŕ Šéþŧéɱƀéŕ 2023", narration.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(narration.Notes, n => n.Contains("ÉñĝľîšĤ", StringComparison.Ordinal) || n.Contains("Éñĝľîšĥ", StringComparison.Ordinal));
    }

    [Fact]
    public void PseudoLanguage_GsoSeptember2024WithGsoStyleAndPlan_EverySentenceFromItsBook()
    {
        var gso = Gso.Value;
        var style = PseudoStyle("gso/style.json", PseudoBook(withNames: true, gso));
        var month = Period.Month(2024, 9);
        var narration = new Narrator(style).Narrate(gso, month);
        var plans = new Dictionary<SeriesKey, Plan> { [new("EXPORT", string.Empty)] = Plan.Growth(6), [new("CPI", string.Empty)] = Plan.Growth(4.5) };
        var plan = new PlanNarrator(style, method: new SeasonalNaive()).Narrate(gso, month, plans);

        Assert.True(narration.Paragraphs.Count >= 7, $"{narration.Paragraphs.Count} paragraphs");
        Assert.NotEmpty(plan.Paragraphs);
        foreach (var p in narration.Paragraphs.Concat(plan.Paragraphs))
        {
            Assert.True(CodeWords(p.Text).Count == 0, $"{p.Indicator}/{p.Topic}: words not from the book: {string.Join(", ", CodeWords(p.Text))}\n{p.Text}");
        }

        var english = new Narrator(NarrativeStyle.Load(TestData.Path("gso/style.json")) with { Language = "en", CultureName = "en-US" }).Narrate(gso, month);
        Assert.Equal(Figures(english), Figures(narration));
    }

    [Fact]
    public void PseudoLanguage_WithoutItsOwnNames_BorrowsTheEnglishOnesWithANote()
    {
        var seed = TestData.Seed();
        var style = PseudoStyle(null, PseudoBook(withNames: false));
        var narration = new Narrator(style).Narrate(seed, Period.Month(2023, 9));

        // The templates are the book's; the names are English, each said once in a note in the book's words.
        Assert.Contains("ƒöŕ Šéþŧéɱƀéŕ 2023", narration.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("index of industrial production (IIP)", narration.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("mining and quarrying", narration.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains(narration.Notes, n => n.Contains("\"indicator.IIP\"", StringComparison.Ordinal) && n.Contains("index of industrial production (IIP)", StringComparison.Ordinal) && n.StartsWith("Ŧĥé qps-ploc", StringComparison.Ordinal));
        Assert.Contains(narration.Notes, n => n.Contains("\"member.Khai khoáng\"", StringComparison.Ordinal));
        Assert.Single(narration.Notes, n => n.Contains("\"indicator.IIP\"", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltInLanguages_BorrowNoName()
    {
        var seed = TestData.Seed();
        foreach (var style in new[] { NarrativeStyle.Vietnamese, NarrativeStyle.English })
        {
            var narration = new Narrator(style).Narrate(seed, Period.Month(2023, 9));
            Assert.DoesNotContain(narration.Notes, n => n.Contains("\"indicator.", StringComparison.Ordinal) || n.Contains("\"member.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void IndicatorOrder_IsTheCatalogues()
    {
        var seed = TestData.Seed();
        var defaultOrder = new Narrator().Narrate(seed, Period.Month(2023, 9)).Paragraphs.Select(p => p.Indicator).Distinct().ToList();
        Assert.Equal(["IIP", "IND_VALUE", "IND_PRODUCT", "RETAIL", "EXPORT+IMPORT", "EXPORT"], defaultOrder);

        // The same indicators, trade and retail first: a catalogue of one's own reorders the report without a code change.
        var reordered = new IndicatorCatalog(IndicatorCatalog.Default.Indicators.OrderBy(i => i.Code is "RETAIL" or "EXPORT" or "IMPORT" ? 0 : 1));
        var order = new Narrator(catalog: reordered).Narrate(seed, Period.Month(2023, 9)).Paragraphs.Select(p => p.Indicator).Distinct().ToList();
        Assert.Equal(["RETAIL", "EXPORT+IMPORT", "EXPORT", "IIP", "IND_VALUE", "IND_PRODUCT"], order);
    }

    // A secondary guard: no language fork left in the narrative code outside the books (the tests above are the proof).
    [Fact]
    public void NarrativeSources_HaveNoLanguageForkOutsideThePhraseBooks()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "src", "Analytics", "Narrative")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var sources = Directory.GetFiles(Path.Combine(dir!.FullName, "src", "Analytics", "Narrative"), "*.cs")
            .Where(f => Path.GetFileName(f) is not ("PhraseBook.cs" or "PlanPhrases.cs" or "NarrativeStyle.cs"))
            .ToList();
        Assert.True(sources.Count >= 10, $"{sources.Count} sources");
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (var fork in new[] { "IsVietnamese ?", "Vi ?", "!Vi ", "\"en-US\"" })
            {
                Assert.False(text.Contains(fork, StringComparison.Ordinal), $"{Path.GetFileName(file)} still has '{fork.Trim()}'");
            }
        }
    }

    [GeneratedRegex(@"[+-]?\d[\d,]*(?:\.\d+)?%?")]
    private static partial Regex Number();

    private static List<string> Figures(Narration n) => n.Paragraphs.SelectMany(p => Number().Matches(p.Text).Select(m => m.Value)).ToList();
}
