using Analytics.Narrative;
using Analytics.Periods;
using Analytics.Tables;

namespace Analytics.Tests.Tables;

/// <summary>The seed report's HTML: the header block and signature of the Word file, an A4 print stylesheet, rates kept on one line.</summary>
public class HtmlPrintTests
{
    private static readonly Report Seed = ReportBuilder.Build(TestData.Seed(), Period.Month(2023, 9), NarrativeStyle.Load(TestData.Path("thai-binh/style.json")));

    [Fact]
    public void Seed_HasTheHeaderBlockSignatureAndAPrintStylesheet()
    {
        var html = HtmlRenderer.Render(Seed);
        Assert.Contains("<p>UBND TỈNH THÁI BÌNH</p><p><b>SỞ CÔNG THƯƠNG</b></p>", html, StringComparison.Ordinal);
        Assert.Contains("/BC-SCT</p>", html, StringComparison.Ordinal);
        Assert.Contains("<b>Độc lập - Tự do - Hạnh phúc</b>", html, StringComparison.Ordinal);
        Assert.Contains("tháng 9 năm 2023</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Nơi nhận:</p><p>- Bộ Công Thương;</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"name\">Trần Huy Quân</p>", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4;margin:20mm 20mm 20mm 30mm}", html, StringComparison.Ordinal);
        Assert.Contains("thead{display:table-header-group}", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"nb\">(-34,2%)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"sub\"><td colspan=\"8\">Thị trường chủ yếu</td></tr>", html, StringComparison.Ordinal);
        Assert.True(html.Split("<img ").Length - 1 >= 3);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAudit_NoCharts_LeavesThemOut()
    {
        var html = HtmlRenderer.Render(Seed, new RenderOptions { IncludeAudit = false, IncludeCharts = false });
        Assert.DoesNotContain("Kiểm tra tính nhất quán", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", html, StringComparison.Ordinal);
    }
}
