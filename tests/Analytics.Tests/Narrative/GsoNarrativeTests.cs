using Analytics.Io;
using Analytics.Narrative;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Tests.Narrative;

/// <summary>
/// A month narrated from a store holding several releases states the month's own release: its first estimate with the
/// rates the GSO published beside it. In 2024 the GSO revised 2023 retail sales to a new base the file does not hold,
/// so a rate recomputed from the file's values (+0,9%) would be wrong; the published one is +7,63%.
/// </summary>
public sealed class GsoNarrativeTests
{
    [Fact]
    public void Narrate_September2024_StatesTheRatesOfItsOwnRelease()
    {
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);
        var text = new Narrator(NarrativeStyle.Vietnamese).Narrate(store, Period.Month(2024, 9)).ToString();

        // GSO, September 2024 release (gso_vn_monthly_headline.csv): retail 535.773 tỷ đồng, +7,63% on September 2023,
        // nine months 4.703.401 tỷ đồng, +8,77%; exports 34.050 triệu USD, +10,7%.
        Assert.Contains("tháng 9/2024 ước đạt 535.773 tỷ đồng", text, StringComparison.Ordinal);
        Assert.Contains("tăng 7,63% so với cùng kỳ năm 2023", text, StringComparison.Ordinal);
        Assert.Contains("ước đạt 4.703.401 tỷ đồng, tăng 8,77%", text, StringComparison.Ordinal);
        Assert.Contains("xuất khẩu hàng hóa ước đạt 34.050 triệu USD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tăng 0,9% so với cùng kỳ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_RevisedMonthWithoutRestatedRate_HasNoStaleRate()
    {
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);
        var revised = store.Latest().Get(new SeriesKey("RETAIL", string.Empty), Period.Month(2024, 9))!;
        Assert.Equal(532881.019, revised.Value, 3);
        Assert.False(revised.YearOnYear.IsStated);
    }
}
