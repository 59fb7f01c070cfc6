using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>A month's breakdown follows the month's sentence, never the cumulative one (issue 18: monthly figures under a cumulative heading).</summary>
public sealed class PartsPeriodTests
{
    [Fact]
    public void Narrate_MonthlyPartsAfterTheMonthsSentence()
    {
        var path = Scratch.Path("parts", ".csv");
        File.WriteAllText(path, """
            indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status,release,dimension
            RETAIL,,2024-07,6120,tỷ đồng,1.2,10.5,estimate,2024-07,
            RETAIL,,2024-01..2024-07,41250,tỷ đồng,,12.1,estimate,2024-07,
            RETAIL,Kinh tế nhà nước,2024-07,420,tỷ đồng,,3.1,estimate,2024-07,ownership
            RETAIL,Kinh tế ngoài nhà nước,2024-07,5610,tỷ đồng,,11.2,estimate,2024-07,ownership
            RETAIL,Khu vực có vốn đầu tư nước ngoài,2024-07,90,tỷ đồng,,5,estimate,2024-07,ownership
            """);
        var store = new ObservationStore(InterchangeFormat.Read(path).ThrowIfErrors());
        var text = Assert.Single(new Narrator().Narrate(store, Period.Month(2024, 7)).Paragraphs, p => p.Topic == "headline").Text;
        var parts = text.IndexOf("Trong đó: Kinh tế nhà nước ước đạt 420 tỷ đồng", StringComparison.Ordinal);
        var cumulative = text.IndexOf("Tính chung 7 tháng đầu năm 2024", StringComparison.Ordinal);
        Assert.True(parts > 0 && cumulative > parts, text);
    }
}
