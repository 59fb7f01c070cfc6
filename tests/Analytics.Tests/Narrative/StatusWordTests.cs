using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>
/// Status words (issue 18, item 6): an estimate "ước đạt", a preliminary figure "sơ bộ đạt", an official one "đạt",
/// and an estimated index "ước tính", each a template of the phrase book.
/// </summary>
public sealed class StatusWordTests
{
    private static ObservationStore Store(string status, string iipStatus)
    {
        var path = Scratch.Path("status", ".csv");
        File.WriteAllText(path, $"""
            indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status,release
            EXPORT,,2024-08,250,triệu USD,,,official,2024-09
            EXPORT,,2024-09,262.4,triệu USD,,6.2,{status},2024-09
            IIP,,2024-09,,,1.5,7.3,{iipStatus},2024-09
            """);
        return new ObservationStore(InterchangeFormat.Read(path).ThrowIfErrors());
    }

    [Theory]
    [InlineData("estimate", "kim ngạch xuất khẩu hàng hóa ước đạt 262,4 triệu USD")]
    [InlineData("preliminary", "kim ngạch xuất khẩu hàng hóa sơ bộ đạt 262,4 triệu USD")]
    [InlineData("official", "kim ngạch xuất khẩu hàng hóa đạt 262,4 triệu USD")]
    [InlineData("", "kim ngạch xuất khẩu hàng hóa đạt 262,4 triệu USD")]
    public void Narrate_ValueStatus_IsWorded(string status, string expected)
    {
        var text = new Narrator().Narrate(Store(status, string.Empty), Period.Month(2024, 9)).ToString();
        Assert.Contains(expected + ", tăng 5% so với tháng trước", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("estimate", "(IIP) tháng 9/2024 ước tính tăng 1,5% so với tháng trước")]
    [InlineData("preliminary", "(IIP) tháng 9/2024 sơ bộ tăng 1,5% so với tháng trước")]
    [InlineData("", "(IIP) tháng 9/2024 tăng 1,5% so với tháng trước")]
    public void Narrate_IndexStatus_IsWorded(string status, string expected)
    {
        var text = new Narrator().Narrate(Store("estimate", status), Period.Month(2024, 9)).ToString();
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_Gso_IipIsAnEstimateAndTheCpiIsNot()
    {
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);
        var text = new Narrator().Narrate(store, Period.Month(2024, 9)).ToString();
        Assert.Contains("(IIP) tháng 9/2024 ước tính giảm 0,19% so với tháng trước", text, StringComparison.Ordinal);
        Assert.Contains("(CPI) tháng 9/2024 tăng 0,29% so với tháng trước", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_StatusWord_OverriddenByTheStyle()
    {
        var style = NarrativeStyle.Vietnamese with { Phrases = new Dictionary<string, string> { ["value.official"] = "thực hiện {amount}" } };
        var text = new Narrator(style).Narrate(Store("official", string.Empty), Period.Month(2024, 9)).ToString();
        Assert.Contains("kim ngạch xuất khẩu hàng hóa thực hiện 262,4 triệu USD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_English_StatusWords()
    {
        var text = new Narrator(NarrativeStyle.English).Narrate(Store("preliminary", "estimate"), Period.Month(2024, 9)).ToString();
        Assert.Contains("exports reached a preliminary USD 262.4 million", text, StringComparison.Ordinal);
        Assert.Contains("for September 2024 was estimated to be up 1.5% on the previous month", text, StringComparison.Ordinal);
    }
}
