using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>
/// Selection and judgement by rule (issue 18, item 5): "tăng cao" / "giảm mạnh" only past the style's thresholds;
/// with <see cref="NarrativeStyle.MaxItems"/>, the largest or fastest-growing items first, "…" for the rest and a
/// note of how many were left out. Figures: the GSO's September 2024 industrial products (+0,98% for feed for
/// aquaculture was called "tăng cao", −0,51% "giảm mạnh") and export commodities, written as a province would.
/// </summary>
public sealed class JudgementTests
{
    private static ObservationStore Store()
    {
        var path = Scratch.Path("judgement", ".csv");
        File.WriteAllText(path, """
            indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status,release,dimension
            IND_PRODUCT,Thép thanh,2024-01..2024-09,,,,26.74,estimate,2024-09,product
            IND_PRODUCT,Thức ăn cho thủy sản,2024-01..2024-09,,,,0.98,estimate,2024-09,product
            IND_PRODUCT,Xăng dầu,2024-01..2024-09,,,,20.31,estimate,2024-09,product
            IND_PRODUCT,Bia,2024-01..2024-09,,,,-0.51,estimate,2024-09,product
            IND_PRODUCT,Khí hóa lỏng,2024-01..2024-09,,,,-15,estimate,2024-09,product
            EXPORT,,2024-01..2024-09,2032,triệu USD,,8.7,estimate,2024-09,
            EXPORT,Thủy sản,2024-01..2024-09,24,triệu USD,,65,estimate,2024-09,commodity
            EXPORT,Dệt may,2024-01..2024-09,1127,triệu USD,,2.88,estimate,2024-09,commodity
            EXPORT,Sứ dân dụng,2024-01..2024-09,17,triệu USD,,7.7,estimate,2024-09,commodity
            EXPORT,Da giày,2024-01..2024-09,203.4,triệu USD,,18.4,estimate,2024-09,commodity
            """);
        return new ObservationStore(InterchangeFormat.Read(path).ThrowIfErrors());
    }

    private static Paragraph Topic(Narration n, string topic) => Assert.Single(n.Paragraphs, p => p.Topic == topic);

    [Fact]
    public void Narrate_JudgingWords_OnlyPastTheThresholds()
    {
        var text = Topic(new Narrator().Narrate(Store(), Period.Month(2024, 9)), "products").Text;
        Assert.Contains("có tốc độ tăng cao so với cùng kỳ năm trước: Thép thanh (+26,74%); Xăng dầu (+20,31%).", text, StringComparison.Ordinal);
        Assert.Contains("Các sản phẩm khác tăng: Thức ăn cho thủy sản (+0,98%).", text, StringComparison.Ordinal);
        Assert.Contains("giảm mạnh như: Khí hóa lỏng (-15%).", text, StringComparison.Ordinal);
        Assert.Contains("Các sản phẩm khác giảm: Bia (-0,51%).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_Thresholds_SetInTheStyle()
    {
        var style = NarrativeStyle.Vietnamese with { StrongRise = 25, StrongFall = 20 };
        var text = Topic(new Narrator(style).Narrate(Store(), Period.Month(2024, 9)), "products").Text;
        Assert.Contains("tăng cao so với cùng kỳ năm trước: Thép thanh (+26,74%).", text, StringComparison.Ordinal);
        Assert.Contains("Các sản phẩm khác tăng: Thức ăn cho thủy sản (+0,98%); Xăng dầu (+20,31%).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("giảm mạnh", text, StringComparison.Ordinal);
        Assert.Contains("Một số sản phẩm giảm: Bia (-0,51%); Khí hóa lỏng (-15%).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_MaxItems_NamesTheLargestAndSaysHowManyAreLeftOut()
    {
        var narration = new Narrator(NarrativeStyle.Vietnamese with { MaxItems = 2 }).Narrate(Store(), Period.Month(2024, 9));
        var text = Topic(narration, "commodity").Text;
        Assert.Equal("Các mặt hàng xuất khẩu chủ yếu là: dệt may (1.127 triệu USD, tăng 2,88%), da giày (203,4 triệu USD, tăng 18,4%); …", text);
        Assert.Contains(narration.Notes, n => n.Contains("câu văn nêu 2 mặt hàng có giá trị lớn nhất, không nêu 2 mặt hàng còn lại", StringComparison.Ordinal));
    }

    [Fact]
    public void Narrate_MaxItems_RanksProductsByGrowth()
    {
        var narration = new Narrator(NarrativeStyle.Vietnamese with { MaxItems = 1 }).Narrate(Store(), Period.Month(2024, 9));
        var text = Topic(narration, "products").Text;
        Assert.Contains("tăng cao so với cùng kỳ năm trước: Thép thanh (+26,74%); … Các sản phẩm khác tăng", text, StringComparison.Ordinal);
        Assert.Contains(narration.Notes, n => n.Contains("câu văn nêu 1 sản phẩm tăng nhanh nhất, không nêu 1 sản phẩm còn lại", StringComparison.Ordinal));
    }

    [Fact]
    public void Narrate_NoMaxItems_KeepsTheSourcesOrder()
    {
        var text = Topic(new Narrator().Narrate(Store(), Period.Month(2024, 9)), "commodity").Text;
        Assert.StartsWith("Các mặt hàng xuất khẩu chủ yếu là: thủy sản (24 triệu USD, tăng 65%), dệt may", text, StringComparison.Ordinal);
        Assert.DoesNotContain("…", text, StringComparison.Ordinal);
    }
}
