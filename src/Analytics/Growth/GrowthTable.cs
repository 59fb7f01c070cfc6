using Analytics.Internal;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;

namespace Analytics.Growth;

/// <summary>
/// Computes every comparison a report states for every series and period of an <see cref="ObservationStore"/>:
/// month on month, year on year, cumulative value and cumulative growth, each computed from values where the data
/// allows and otherwise the rate the source states, marked as stated.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Flows: cumulative value = Σ January..m; cumulative growth = that sum over the same months of last year
/// (ratio of sums). A missing month makes them missing, unless the source states the cumulative figure, which is then
/// used and marked as stated.</item>
/// <item>Indices (IIP): cumulative growth is the ratio of sums of monthly levels. Where only rates are published,
/// last year's levels are rebuilt from its month-on-month rates and this year's from the year-on-year rates
/// (<see cref="IndexNumbers.CumulativeGrowthFromRates"/>); there is no cumulative value.</item>
/// <item>Rates: only what the source states.</item>
/// <item>A computed figure takes precedence over a stated one in this table; the stated one stays in the store, and
/// the audit reports where they differ (usually a revision of last year's figures).</item>
/// </list>
/// </remarks>
public static class GrowthTable
{
    /// <summary>Computes the table.</summary>
    /// <param name="store">The observations.</param>
    /// <param name="options">Whether to compute as published, and the catalogue.</param>
    /// <returns>One row per series and period, in series then calendar order.</returns>
    public static IReadOnlyList<GrowthRow> Compute(ObservationStore store, GrowthOptions? options = null)
    {
        Preconditions.CheckNotNull(store);
        options ??= new GrowthOptions();
        var latest = store.Latest();
        var rows = new List<GrowthRow>();
        foreach (var key in store.Series)
        {
            foreach (var period in store.Periods(key))
            {
                var view = latest;
                if (options.AsPublished)
                {
                    // The view a report of this period reads (ObservationStore.ViewOfRelease); a figure first
                    // released after the period's own release is read as of its own first release.
                    view = store.ViewOfRelease(period);
                    if (view.Get(key, period) is null)
                    {
                        view = store.AsOf(store.History(key, period)[0].EffectiveRelease);
                    }
                }

                if (view.Get(key, period) is { } o)
                {
                    rows.Add(Row(view, o, options.Catalog, options.PreferStated));
                }
            }
        }

        return rows;
    }

    /// <summary>Computes the row of one observation in a view.</summary>
    /// <param name="view">The figures as known at some release.</param>
    /// <param name="o">The observation (as merged in that view).</param>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="preferStated">Whether a rate the source states is used before a recomputed one (see <see cref="GrowthOptions.PreferStated"/>).</param>
    /// <returns>The row.</returns>
    public static GrowthRow Row(ObservationView view, Observation o, IndicatorCatalog catalog, bool preferStated = false)
    {
        Preconditions.CheckNotNull(view);
        Preconditions.CheckNotNull(o);
        Preconditions.CheckNotNull(catalog);
        var indicator = catalog.Resolve(o.Indicator, o.Unit);
        var p = o.Period;
        var na = Figure.Missing(MissingReason.NotApplicable);
        Figure mom, yoy, cumValue, cumGrowth;
        if (p.Kind == PeriodKind.Month)
        {
            mom = Compare(o.Value, view.Get(o.Key, p.PlusMonths(-1)), o.MonthOnMonth, indicator, preferStated);
            yoy = Compare(o.Value, view.Get(o.Key, p.PlusYears(-1)), o.YearOnYear, indicator, preferStated);
            var stated = view.Get(o.Key, p.ToYearToDate());
            (cumValue, cumGrowth) = indicator.Kind switch
            {
                IndicatorKind.Flow => FlowCumulative(view, o.Key, p, stated, preferStated),
                IndicatorKind.Index => (na, preferStated && stated is { YearOnYear.IsExact: true } ? Figure.Stated(stated.YearOnYear.Percent) : IndexCumulative(view, o.Key, p, stated)),
                _ => (na, StatedOr(stated?.YearOnYear, Figure.Missing(MissingReason.NotApplicable))),
            };
        }
        else
        {
            // A quarter is compared with the quarter before (its "mom_pct" column is the rate on the previous period).
            mom = p.Kind == PeriodKind.Quarter
                ? Compare(o.Value, view.Get(o.Key, PreviousQuarter(p)), o.MonthOnMonth, indicator, preferStated)
                : StatedOr(o.MonthOnMonth, na);
            if (mom.IsMissing && p.Kind == PeriodKind.Quarter && indicator.Kind == IndicatorKind.Index && (p.Year > Period.MinYear || p.QuarterNumber > 2))
            {
                var fromRates = QuarterOnQuarterFromRates(view, o.Key, p);
                mom = fromRates.IsMissing ? mom : fromRates;
            }

            yoy = Compare(o.Value, view.Get(o.Key, p.PlusYears(-1)), o.YearOnYear, indicator, preferStated);
            if (yoy.IsMissing && indicator.Kind == IndicatorKind.Index && p.Kind is PeriodKind.Quarter or PeriodKind.Year)
            {
                // An index published as rates only: the period's growth from its months' rates (ratio of sums of levels).
                var fromRates = IndexFromRates(view, o.Key, p);
                yoy = fromRates.IsMissing ? yoy : fromRates;
            }

            cumValue = p.Kind == PeriodKind.YearToDate && o.HasValue && indicator.Kind == IndicatorKind.Flow ? Figure.Stated(o.Value) : na;
            cumGrowth = p.Kind == PeriodKind.YearToDate ? yoy : na;
        }

        var implied = o.YearOnYear.IsExact ? Growth.ImpliedBase(o.Value, o.YearOnYear.Percent) : Figure.Missing(o.YearOnYear.IsStated ? MissingReason.BoundOnly : MissingReason.BaseMissing);
        return new GrowthRow(o.Key, p, o.Value, o.Unit, mom, yoy, cumValue, cumGrowth, implied, view.Release ?? o.Release, o.Status);
    }

    private static Period PreviousQuarter(Period q)
        => q.QuarterNumber == 1 ? Period.Quarter(q.Year - 1, 4) : Period.Quarter(q.Year, q.QuarterNumber - 1);

    private static Figure Compare(double value, Observation? baseObs, StatedRate stated, Indicator indicator, bool preferStated)
    {
        if (preferStated && stated.IsExact)
        {
            return Figure.Stated(stated.Percent);
        }

        var computed = indicator.Kind == IndicatorKind.Rate ? Figure.Missing(MissingReason.NotApplicable) : Growth.Rate(value, baseObs?.Value ?? double.NaN);
        return computed.IsMissing ? StatedOr(stated, computed) : computed;
    }

    private static Figure StatedOr(StatedRate? stated, Figure otherwise)
        => stated is { IsExact: true } s ? Figure.Stated(s.Percent)
            : stated is { IsStated: true } ? Figure.Missing(MissingReason.BoundOnly)
            : otherwise;

    private static (Figure Value, Figure Growth) FlowCumulative(ObservationView view, SeriesKey key, Period month, Observation? stated, bool preferStated)
    {
        if (preferStated && stated is { HasValue: true, YearOnYear.IsExact: true })
        {
            return (Figure.Stated(stated.Value), Figure.Stated(stated.YearOnYear.Percent));
        }

        var thisYear = Sum(view, key, month);
        var lastYear = Sum(view, key, month.PlusYears(-1));
        var value = double.IsNaN(thisYear)
            ? stated is { HasValue: true } ? Figure.Stated(stated.Value) : Figure.Missing(MissingReason.IncompleteCumulation)
            : Figure.Computed(thisYear);
        Figure growth;
        if (!double.IsNaN(thisYear))
        {
            growth = Growth.Rate(thisYear, lastYear);
            if (growth.IsMissing)
            {
                // Last year's months are incomplete; the source's cumulative rate is the official figure.
                growth = StatedOr(stated?.YearOnYear, growth);
            }
        }
        else
        {
            growth = StatedOr(stated?.YearOnYear, Figure.Missing(MissingReason.IncompleteCumulation));
        }

        return (value, growth);
    }

    private static double Sum(ObservationView view, SeriesKey key, Period month)
    {
        var s = 0.0;
        for (var m = 1; m <= month.LastMonth; m++)
        {
            var v = view.Get(key, Period.Month(month.Year, m))?.Value ?? double.NaN;
            if (double.IsNaN(v))
            {
                return double.NaN;
            }

            s += v;
        }

        return s;
    }

    private static Figure IndexCumulative(ObservationView view, SeriesKey key, Period month, Observation? stated)
    {
        // Levels published: the ratio of sums of levels.
        var fromLevels = Growth.Rate(Sum(view, key, month), Sum(view, key, month.PlusYears(-1)));
        if (!fromLevels.IsMissing)
        {
            return fromLevels;
        }

        // Only rates published: rebuild the levels from them.
        var fromRates = IndexFromRates(view, key, month.ToYearToDate());
        return fromRates.IsMissing ? StatedOr(stated?.YearOnYear, Figure.Missing(MissingReason.IncompleteCumulation)) : fromRates;
    }

    // The growth of an index over a span of months (January..m, a quarter, a year) on the same months of last year,
    // from rates only: last year's levels rebuilt from its month-on-month rates inside the span, this year's from the
    // year-on-year rates.
    private static Figure IndexFromRates(ObservationView view, SeriesKey key, Period span)
    {
        var k = span.MonthCount;
        var lastMom = new double[k - 1];
        var yoy = new double[k];
        for (var i = 0; i < k; i++)
        {
            var m = span.FirstMonth + i;
            var cur = view.Get(key, Period.Month(span.Year, m));
            yoy[i] = RateOf(cur?.YearOnYear, cur?.Value ?? double.NaN, view.Get(key, Period.Month(span.Year - 1, m))?.Value ?? double.NaN);
            if (i >= 1)
            {
                var prev = view.Get(key, Period.Month(span.Year - 1, m));
                lastMom[i - 1] = RateOf(prev?.MonthOnMonth, prev?.Value ?? double.NaN, view.Get(key, Period.Month(span.Year - 1, m - 1))?.Value ?? double.NaN);
            }
        }

        return IndexNumbers.CumulativeGrowthFromRates(lastMom, yoy);
    }

    // A quarter on the quarter before, for an index published as rates only: the six months' levels rebuilt from their
    // month-on-month rates, the ratio of the last three months' sum to the first three's.
    private static Figure QuarterOnQuarterFromRates(ObservationView view, SeriesKey key, Period quarter)
    {
        var first = quarter.MonthIndex - 5;
        var level = 1.0;
        double before = 0, after = 0;
        for (var i = 0; i < 6; i++)
        {
            if (i > 0)
            {
                var m = Period.FromMonthIndex(first + i);
                var o = view.Get(key, m);
                level *= 1.0 + (RateOf(o?.MonthOnMonth, o?.Value ?? double.NaN, view.Get(key, m.PlusMonths(-1))?.Value ?? double.NaN) / 100.0);
            }

            if (i < 3)
            {
                before += level;
            }
            else
            {
                after += level;
            }
        }

        return double.IsNaN(before) || double.IsNaN(after) ? Figure.Missing(MissingReason.BaseMissing) : Growth.Rate(after, before);
    }

    private static double RateOf(StatedRate? stated, double value, double @base)
    {
        var computed = Growth.Rate(value, @base);
        return !computed.IsMissing ? computed.Value : stated is { IsExact: true } s ? s.Percent : double.NaN;
    }
}
