using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;
using Analytics.Growth;

namespace Analytics.Tests.Observations;

public class ObservationStoreTests
{
    private static readonly SeriesKey Exports = new("EXPORT", string.Empty);

    private static Observation Obs(int month, double value, int release, double mom = double.NaN) => new()
    {
        Indicator = "EXPORT",
        Period = Period.Month(2023, month),
        Value = value,
        Unit = Unit.MillionUsd,
        MonthOnMonth = double.IsNaN(mom) ? StatedRate.None : new StatedRate(mom, 1),
        Release = Period.Month(2023, release),
    };

    [Fact]
    public void AsOf_BeforeRevision_GivesTheFirstEstimate()
    {
        var store = new ObservationStore([Obs(1, 25080, 1, -15.4), Obs(1, 23560, 2)]);
        Assert.Equal(25080, store.AsOf(Period.Month(2023, 1)).Get(Exports, Period.Month(2023, 1))!.Value);
        Assert.Equal(23560, store.Latest().Get(Exports, Period.Month(2023, 1))!.Value);
        Assert.Equal(2, store.History(Exports, Period.Month(2023, 1)).Count);
    }

    [Fact]
    public void Latest_RevisedValueWithoutRate_DropsTheRateOfTheFirstEstimate()
    {
        // -15.4% described 25,080; it says nothing about the revised 23,560, so growth is recomputed from values.
        var store = new ObservationStore([Obs(1, 25080, 1, -15.4), Obs(1, 23560, 2)]);
        var o = store.Latest().Get(Exports, Period.Month(2023, 1))!;
        Assert.Equal(23560, o.Value);
        Assert.False(o.MonthOnMonth.IsStated);
        Assert.Equal(Period.Month(2023, 2), o.Release);
        Assert.Equal(-15.4, store.AsOf(Period.Month(2023, 1)).Get(Exports, Period.Month(2023, 1))!.MonthOnMonth.Percent);
    }

    [Fact]
    public void Latest_SameValueRestated_KeepsTheRateFirstPublished()
    {
        var store = new ObservationStore([Obs(1, 25080, 1, -15.4), Obs(1, 25080, 2)]);
        Assert.Equal(-15.4, store.Latest().Get(Exports, Period.Month(2023, 1))!.MonthOnMonth.Percent);
    }

    [Fact]
    public void Constructor_LoadingANewerRelease_NeverLosesTheOlder()
    {
        var first = new ObservationStore([Obs(1, 25080, 1)]);
        var both = new ObservationStore(first.Latest().Observations().Append(Obs(1, 23560, 2)));
        Assert.Equal(25080, both.AsOf(Period.Month(2023, 1)).Get(Exports, Period.Month(2023, 1))!.Value);
    }

    [Fact]
    public void AsOf_BeforeFirstRelease_IsNull()
    {
        var store = new ObservationStore([Obs(3, 1, 3)]);
        Assert.Null(store.AsOf(Period.Month(2023, 2)).Get(Exports, Period.Month(2023, 3)));
    }

    [Fact]
    public void GrowthTable_AsPublished_UsesRevisedEarlierMonthsAndFirstEstimateOfTheMonth()
    {
        // GSO exports 2023: January first 25,080 then revised 23,560; February first 25,880.
        // The February release's cumulative value is 23,560 + 25,880 = 49,440, as published.
        var store = new ObservationStore([Obs(1, 25080, 1), Obs(1, 23560, 2), Obs(2, 25880, 2), Obs(2, 26040, 3)]);
        var rows = GrowthTable.Compute(store, new GrowthOptions { AsPublished = true });
        var feb = Assert.Single(rows, r => r.Period == Period.Month(2023, 2));
        Assert.Equal(25880, feb.Value);
        Assert.Equal(49440, feb.CumulativeValue.Value);
        var latest = GrowthTable.Compute(store);
        Assert.Equal(23560 + 26040, Assert.Single(latest, r => r.Period == Period.Month(2023, 2)).CumulativeValue.Value);
    }
}
