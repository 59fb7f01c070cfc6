using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>
/// Products counted one by one and commodity lists mixing units (issue 18, item 4), on the GSO's September 2024
/// workbook: cars are imported as 124.908,646 "chiếc" (sheet 25.NK tháng, a cell shown whole) and listed with
/// tonnes of coal and steel. A count is written whole, and the list of quantities is ranked as the GSO ranks its
/// commodities, by their value in money, not by the raw number of cars against thousands of tonnes.
/// </summary>
public sealed class CountsAndRankingTests
{
    private static readonly NarrativeStyle Gso = NarrativeStyle.Load(TestData.Path("gso/style.json"));

    private static readonly Lazy<ObservationStore> Store = new(() => new ObservationStore(GsoWorkbook.ReadAll(
        Directory.EnumerateFiles(TestData.Path("gso/workbooks"), "2024-09-*.xlsx").Order(StringComparer.Ordinal)).Observations));

    private static readonly Period Ytd = Period.YearToDate(2024, 9);

    [Fact]
    public void Cars_AreCountedWhole()
    {
        var cars = Store.Value.ViewOfRelease(Period.Month(2024, 9)).Get(new SeriesKey("IMPORT_VOLUME", "Ô tô nguyên chiếc"), Ytd)!;
        Assert.Equal(124_908.646, cars.Value, 3);
        var text = new Narrator(Gso).Narrate(Store.Value, Period.Month(2024, 9)).ToString();
        Assert.Contains("ô tô nguyên chiếc (124.909 chiếc", text, StringComparison.Ordinal);
        Assert.DoesNotContain("124.908,6", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportQuantities_RankedByTheirValueInMoney()
    {
        var view = Store.Value.ViewOfRelease(Period.Month(2024, 9));
        var narration = new Narrator(Gso).Narrate(Store.Value, Period.Month(2024, 9));
        var list = narration.Paragraphs.First(p => p.Indicator == "IMPORT_VOLUME" && p.Text.StartsWith("9 tháng", StringComparison.Ordinal)).Text;

        // The commodities named, in the order named, and the value (triệu USD) of each in the same release.
        var quantities = Store.Value.Series.Where(k => k.Indicator == "IMPORT_VOLUME" && view.Get(k, Ytd) is { HasValue: true }).ToList();
        var named = quantities
            .Select(k => (k.Breakdown, At: list.IndexOf(k.Breakdown.ToLower(Gso.Culture) + " (", StringComparison.Ordinal)))
            .Where(x => x.At >= 0).OrderBy(x => x.At).Select(x => x.Breakdown).ToList();
        Assert.Equal(10, named.Count);
        var values = named.Select(b => view.Get(new SeriesKey("IMPORT", b), Ytd)!.Value).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);

        // None left out is worth more than the last one named.
        var leftOut = quantities.Where(k => !named.Contains(k.Breakdown)).Select(k => view.Get(new SeriesKey("IMPORT", k.Breakdown), Ytd)?.Value ?? 0);
        Assert.All(leftOut, v => Assert.True(v <= values[^1], $"{v} left out, above {values[^1]}"));
    }
}
