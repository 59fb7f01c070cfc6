using Analytics.Internal;
using Analytics.Periods;

namespace Analytics.Observations;

/// <summary>
/// Every observation ever loaded, by series, period and release. Loading a newer release never loses an older one:
/// a query asks for the latest figures (<see cref="Latest"/>) or for the figures as known at a release
/// (<see cref="AsOf"/>).
/// </summary>
/// <remarks>
/// A view merges the releases of one cell field by field: the value, each stated rate and the share come from the
/// latest release, up to the view's, that states them. A revision that restates only the value therefore keeps the
/// month-on-month rate first published beside it; nothing is taken back by silence.
/// </remarks>
public sealed class ObservationStore
{
    private readonly Dictionary<(SeriesKey Key, Period Period), Observation[]> cells;
    private readonly List<SeriesKey> series;
    private readonly Dictionary<SeriesKey, Period[]> periods;
    private readonly Dictionary<Period, Period> firstRelease;

    /// <summary>Initializes a new instance of the <see cref="ObservationStore"/> class.</summary>
    /// <param name="observations">The observations, in any order.</param>
    public ObservationStore(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        var lists = new Dictionary<(SeriesKey, Period), List<Observation>>();
        var order = new List<SeriesKey>();
        var seen = new HashSet<SeriesKey>();
        var count = 0;
        foreach (var o in observations)
        {
            count++;
            if (!lists.TryGetValue((o.Key, o.Period), out var l))
            {
                lists[(o.Key, o.Period)] = l = [];
            }

            l.Add(o);
            if (seen.Add(o.Key))
            {
                order.Add(o.Key);
            }
        }

        cells = lists.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderBy(o => o.EffectiveRelease).ToArray());
        series = order;
        periods = cells.Keys.GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Select(k => k.Period).Order().ToArray());
        firstRelease = [];
        foreach (var (key, list) in cells)
        {
            var first = list[0].EffectiveRelease;
            if (!firstRelease.TryGetValue(key.Period, out var known) || first < known)
            {
                firstRelease[key.Period] = first;
            }
        }

        Count = count;
    }

    /// <summary>Gets the number of observations stored, every release counted.</summary>
    public int Count { get; }

    /// <summary>Gets the series in the order they first appeared.</summary>
    public IReadOnlyList<SeriesKey> Series => series;

    /// <summary>Gets the distinct releases stored, in calendar order.</summary>
    public IReadOnlyList<Period> Releases => cells.Values.SelectMany(a => a).Select(o => o.EffectiveRelease).Distinct().Order().ToList();

    /// <summary>Gets the view of the latest figures: every release counts.</summary>
    /// <returns>The view.</returns>
    public ObservationView Latest() => new(this, null);

    /// <summary>Gets the view of the figures as known at a release: later releases are ignored.</summary>
    /// <param name="release">The release month.</param>
    /// <returns>The view.</returns>
    public ObservationView AsOf(Period release) => new(this, release);

    /// <summary>
    /// The figures as the period's own release gave them, which is what a report states: the period's first estimate
    /// with the rates published beside it, earlier months as revised by then (so that month on month, where the
    /// source states no rate, compares the estimate with last month as revised in the same release). This is the
    /// one definition of "as published": <c>GrowthTable.Compute</c> with <c>AsPublished</c>, the narrator and the
    /// annex tables all read through it. A period the store does not hold gives the latest figures.
    /// </summary>
    /// <param name="period">The period reported on: a month, a quarter, a year or a cumulative period.</param>
    /// <returns>The view.</returns>
    public ObservationView ViewOfRelease(Period period) => FirstRelease(period) is { } r ? AsOf(r) : Latest();

    /// <summary>
    /// Returns the release a period was first published in: the earliest release of any figure for it (a figure
    /// without a release counts as released in its period's last month), or null when the store holds no figure for it.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The release, or null.</returns>
    public Period? FirstRelease(Period period) => firstRelease.TryGetValue(period, out var r) ? r : null;

    /// <summary>Returns every release of one figure, oldest first.</summary>
    /// <param name="key">The series.</param>
    /// <param name="period">The period.</param>
    /// <returns>The releases, possibly none.</returns>
    public IReadOnlyList<Observation> History(SeriesKey key, Period period)
        => cells.TryGetValue((key, period), out var a) ? a : [];

    /// <summary>Returns the periods a series has any figure for, in calendar order.</summary>
    /// <param name="key">The series.</param>
    /// <returns>The periods.</returns>
    public IReadOnlyList<Period> Periods(SeriesKey key)
        => periods.TryGetValue(key, out var p) ? p : [];

    internal Observation? Resolve(SeriesKey key, Period period, Period? release)
    {
        if (!cells.TryGetValue((key, period), out var all))
        {
            return null;
        }

        Observation? merged = null;
        foreach (var o in all)
        {
            if (release is { } r && o.EffectiveRelease > r)
            {
                break;
            }

            merged = merged is null ? o : Merge(merged, o);
        }

        return merged;
    }

    // A rate stated beside a first estimate does not describe the revised value: when a later release revises the
    // value, the older release's rates are dropped unless the newer one restates them (then growth is recomputed).
    private static Observation Merge(Observation older, Observation newer)
    {
        var revised = newer.HasValue && older.HasValue && BitConverter.DoubleToInt64Bits(newer.Value) != BitConverter.DoubleToInt64Bits(older.Value);
        var kept = revised ? older with { MonthOnMonth = StatedRate.None, YearOnYear = StatedRate.None, Share = StatedRate.None } : older;
        return MergeFields(kept, newer);
    }

    private static Observation MergeFields(Observation older, Observation newer) => newer with
    {
        Value = newer.HasValue ? newer.Value : older.Value,
        ValueDecimals = newer.HasValue ? newer.ValueDecimals : older.ValueDecimals,
        ValueHalfUnit = newer.HasValue ? newer.ValueHalfUnit : older.ValueHalfUnit,
        Unit = newer.HasValue ? newer.Unit ?? older.Unit : older.Unit ?? newer.Unit,
        MonthOnMonth = newer.MonthOnMonth.IsStated ? newer.MonthOnMonth : older.MonthOnMonth,
        YearOnYear = newer.YearOnYear.IsStated ? newer.YearOnYear : older.YearOnYear,
        Share = newer.Share.IsStated ? newer.Share : older.Share,
        Dimension = newer.Dimension.Length > 0 ? newer.Dimension : older.Dimension,
        Parent = newer.Parent.Length > 0 ? newer.Parent : older.Parent,
        Remark = newer.Remark.Length > 0 ? newer.Remark : older.Remark,
        Citation = newer.Citation.Length > 0 ? newer.Citation : older.Citation,
    };
}
