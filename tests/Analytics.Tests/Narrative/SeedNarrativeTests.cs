using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Tests.Narrative;

/// <summary>
/// The Vietnamese narrative of data/thai-binh/2023-09.csv against the seed report's own paragraphs
/// (data/thai-binh/2023-09-section-I.txt): for each paragraph, the same figures formatted identically, the same
/// direction words and period phrases, in the same order.
/// </summary>
public partial class SeedNarrativeTests
{
    private static readonly ObservationStore Store = TestData.Seed();

    private static readonly string[] SeedParagraphs = File.ReadAllLines(TestData.Path("thai-binh/2023-09-section-I.txt"))
        .Where(l => l.Length > 80 && !l.StartsWith('#')).ToArray();

    private static Narration SeedStyled() => new Narrator(NarrativeStyle.Load(TestData.Path("thai-binh/style.json"))).Narrate(Store, Period.Month(2023, 9));

    // Figures with their unit or %, multiples, direction words, period and comparison phrases, shares.
    [GeneratedRegex(@"chiếm \d+(?:,\d+)?%|\d[\d.]*(?:,\d+)?\s*(?:%|tỷ đồng|triệu USD|lần)|\b(?:tăng|giảm|không đổi)\b|tháng \d+/\d{4}|\d+ tháng (?:đầu )?năm(?: \d{4})?|so với tháng trước|so (?:với )?cùng kỳ(?: năm \d{4}| năm trước)?")]
    private static partial Regex Token();

    private static List<string> Tokens(string text)
        => Token().Matches(text).Select(m => m.Value.Replace("so cùng kỳ", "so với cùng kỳ", StringComparison.Ordinal)).ToList();

    public static TheoryData<int, string, string> Paragraphs => new()
    {
        { 0, "IIP", "headline" },
        { 1, "IND_VALUE", "headline" },
        { 2, "IND_PRODUCT", "products" },
        { 3, "RETAIL", "headline" },
        { 4, "EXPORT+IMPORT", "month" },
        { 5, "EXPORT+IMPORT", "cumulative" },
        { 6, "EXPORT", "commodity" },
        { 7, "EXPORT", "market" },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Narrate_SeedStyle_CarriesTheSeedsFiguresWordsAndPhrasesInOrder(int index, string indicator, string topic)
    {
        var generated = Assert.Single(SeedStyled().Paragraphs, p => p.Indicator == indicator && p.Topic == topic);
        var expected = Tokens(SeedParagraphs[index]);
        Assert.True(expected.Count >= 6, $"only {expected.Count} tokens in seed paragraph {index}");
        Assert.Equal(expected, Tokens(generated.Text));
    }

    [Fact]
    public void SeedParagraphs_AreTheEightOfSectionsOneOneAndOneTwo()
    {
        Assert.Equal(8, SeedParagraphs.Length);
        Assert.StartsWith("Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 9/2023", SeedParagraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Theo thị trường xuất khẩu", SeedParagraphs[7], StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_SeedStyle_WritesTheSeedsTradeSentenceWordForWord()
    {
        var trade = Assert.Single(SeedStyled().Paragraphs, p => p.Topic == "month");
        Assert.Equal(SeedParagraphs[4], trade.Text);
    }

    [Theory]
    [InlineData(SamePeriodWording.NamedYear, "tăng 12,6% so với cùng kỳ năm 2022")]
    [InlineData(SamePeriodWording.Plain, "tăng 12,6% so với cùng kỳ.")]
    [InlineData(SamePeriodWording.LastYear, "tăng 12,6% so với cùng kỳ năm trước")]
    public void Narrate_SamePeriodWording_ChoosesThePhrase(SamePeriodWording wording, string expected)
    {
        var text = new Narrator(NarrativeStyle.Vietnamese with { SamePeriod = wording }).Narrate(Store).Paragraphs[0].Text;
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MultipleWording.IncreaseBy, "Tai nghe tăng 3,4 lần", "tăng hơn 1 lần")]
    [InlineData(MultipleWording.RatioTang, "Tai nghe tăng 4,4 lần", "tăng hơn 2 lần")]
    [InlineData(MultipleWording.RatioGap, "Tai nghe gấp 4,4 lần", "gấp hơn 2 lần")]
    [InlineData(MultipleWording.Percent, "Tai nghe (+340%)", "tăng trên 100%")]
    public void Narrate_MultipleWording_WritesTheConvention(MultipleWording wording, string headphones, string steel)
    {
        var text = Assert.Single(new Narrator(NarrativeStyle.Vietnamese with { Multiples = wording }).Narrate(Store).Paragraphs, p => p.Topic == "products").Text;
        Assert.Contains(headphones, text, StringComparison.Ordinal);
        Assert.Contains(steel, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_KeepTrailingZeros_WritesTheDecimalAsOtherProvincesDo()
    {
        var text = new Narrator(NarrativeStyle.Vietnamese with { KeepTrailingZeros = true }).Narrate(Store).Paragraphs[0].Text;
        Assert.Contains("tăng 5% so với cùng kỳ", text, StringComparison.Ordinal); // stated with no decimal: kept as stated
        Assert.Contains("80%", text, StringComparison.Ordinal);
        Assert.Equal("12,0", ReportNumbers.Format(12, 1, CultureInfo.GetCultureInfo("vi-VN"), keepTrailingZeros: true));
        Assert.Equal("12", ReportNumbers.Format(12, 1, CultureInfo.GetCultureInfo("vi-VN")));
    }

    [Fact]
    public void Narrate_English_UsesEnglishNumbersAndNames()
    {
        var text = new Narrator(NarrativeStyle.English).Narrate(Store).ToString();
        Assert.Contains("reached an estimated VND 72,007 billion, up 9.2% on the same period of 2022", text, StringComparison.Ordinal);
        Assert.Contains("Asia was the province's largest export market in January–September 2023 at USD 1,078 million (53% of the total)", text, StringComparison.Ordinal);
        Assert.Contains("headphones (4.4 times its level a year earlier)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tăng", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_MissingComparison_IsLeftOutAndNoted()
    {
        var narration = new Narrator().Narrate(Store);
        var value = narration.Paragraphs[1].Text;
        Assert.DoesNotContain("so với tháng trước", value.Split('.')[0], StringComparison.Ordinal);
        Assert.Contains(narration.Notes, n => n.StartsWith("Giá trị sản xuất công nghiệp, tháng 9/2023", StringComparison.Ordinal) && n.Contains("so với tháng trước", StringComparison.Ordinal));
    }

    [Fact]
    public void Narrate_SourceWithManyDecimals_WritesTheReportsPrecision()
    {
        // GSO-derived figures carry four decimals; a report writes 532.881 tỷ đồng and 2,63%.
        const string csv = "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\nRETAIL,,2024-09,532881.019,tỷ đồng,0.7012,2.6334,estimate\n";
        var store = new ObservationStore(InterchangeFormat.ReadText(csv, "gso.csv").ThrowIfErrors());
        var text = new Narrator().Narrate(store).Paragraphs.Single().Text;
        Assert.Contains("ước đạt 532.881 tỷ đồng, tăng 0,7% so với tháng trước và tăng 2,63% so với cùng kỳ năm 2023", text, StringComparison.Ordinal);
        var precise = new Narrator(NarrativeStyle.Vietnamese with { MaxValueDecimals = 3, MaxRateDecimals = 4 }).Narrate(store).Paragraphs.Single().Text;
        Assert.Contains("532.881,019 tỷ đồng", precise, StringComparison.Ordinal);
        Assert.Contains("2,6334%", precise, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_OverriddenTemplate_IsUsed()
    {
        var style = NarrativeStyle.Vietnamese with { Phrases = new Dictionary<string, string> { ["index.month"] = "{Period}, {short} {comparisons}." } };
        var text = new Narrator(style).Narrate(Store).Paragraphs[0].Text;
        Assert.StartsWith("Tháng 9/2023, IIP giảm 2,8% so với tháng trước và tăng 5% so với cùng kỳ năm 2022.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_PeriodNotInData_SaysSoAndWritesNothing()
    {
        var narration = new Narrator().Narrate(Store, Period.Month(2023, 10));
        Assert.Empty(narration.Paragraphs);
        Assert.Contains("tháng 9/2023", Assert.Single(narration.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_UnknownIndicatorWithoutUnit_UsesItsOwnNameAndSaysTheUnitIsMissing()
    {
        const string csv = "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\nSO_DOANH_NGHIEP,,2023-09,120,,,5.3,\n";
        var result = InterchangeFormat.ReadText(csv, "dn.csv");
        var store = new ObservationStore(result.Observations);
        var text = new Narrator().Narrate(store).Paragraphs.Single().Text;
        Assert.Contains("SO_DOANH_NGHIEP", text, StringComparison.Ordinal);
        Assert.Contains("120 (chưa rõ đơn vị tính), tăng 5,3% so với cùng kỳ năm 2022", text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains("has no unit", StringComparison.Ordinal));
    }
}
