using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Growth;

/// <summary>
/// The figures of a quarter, a year or the first months of a year made from the months, for a report of that period
/// when the source states it only month by month: the period itself, the same period of last year and, for a quarter,
/// the quarter before ("so với quý trước"). A figure the source states for the period always wins.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A first quarter and a year are also the cumulative periods "3 tháng" and "12 tháng": where the source
/// states those, they are the quarter's and the year's figures, with the rates stated beside them.</item>
/// <item>Flows: the sum of the months; growth is then the ratio of the sums (<see cref="GrowthTable"/>). Last year's
/// period is the base the rates stated beside this year's months imply (Σ value / (1 + rate)) when every month states
/// one: the base the source compared with, which last year's values in the data may not be (earlier estimates, a base
/// re-estimated since); otherwise the sum of last year's months.</item>
/// <item>Indices (the IIP, the CPI): the average of the months' levels where levels are published. Where only rates
/// are, the period's figure has no value and <see cref="GrowthTable.Row"/> computes its growth on the same period of
/// last year from the months' rates (the ratio of sums of levels rebuilt from them, which is also the ratio of the
/// average indices: "CPI bình quân quý II").</item>
/// <item>Rates (a share, a rate of inflation) are not aggregated.</item>
/// <item>The months are read as the report's release knew them (<see cref="ObservationStore.ViewOfRelease"/> of
/// the period's last month): the last month's estimate and the earlier months as revised by then. A month missing
/// leaves the period without a made figure, never a partial sum.</item>
/// </list>
/// </remarks>
public static class PeriodAggregation
{
    /// <summary>
    /// Returns the store with the figures a report of <paramref name="period"/> compares, made from the months where the
    /// store does not state them; the store itself for a month, or when nothing needs making.
    /// </summary>
    /// <param name="store">The figures.</param>
    /// <param name="period">The period reported on: a quarter, a year or a cumulative period (a month needs nothing).</param>
    /// <param name="catalog">The catalogue that says which indicators are flows, indices or rates; the default when null.</param>
    /// <returns>A store holding every observation of <paramref name="store"/> and the figures made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public static ObservationStore Complete(ObservationStore store, Period period, IndicatorCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(store);
        catalog ??= IndicatorCatalog.Default;
        if (period.Kind == PeriodKind.Month)
        {
            return store;
        }

        var lastMonth = Period.Month(period.Year, period.LastMonth);
        var view = store.FirstRelease(lastMonth) is not null ? store.ViewOfRelease(lastMonth) : store.ViewOfRelease(period);
        var targets = new List<Period> { period };
        if (period.Year > Period.MinYear)
        {
            targets.Add(period.PlusYears(-1));
        }

        if (period.Kind == PeriodKind.Quarter && (period.Year > Period.MinYear || period.QuarterNumber > 1))
        {
            targets.Add(period.QuarterNumber == 1 ? Period.Quarter(period.Year - 1, 4) : Period.Quarter(period.Year, period.QuarterNumber - 1));
        }

        var made = new List<Observation>();
        foreach (var key in store.Series)
        {
            var periods = store.Periods(key);
            foreach (var target in targets)
            {
                if (periods.Contains(target))
                {
                    continue;
                }

                // The quarter before is compared as revised by the report's release: its months, where the data has them.
                var previous = target != period && target != period.PlusYears(-1);
                if (Make(view, key, target, catalog, previous) is { } o)
                {
                    if (target == period.PlusYears(-1) && target.Kind != PeriodKind.YearToDate && o.HasValue && ImpliedBase(store, view, key, period, catalog) is { } implied)
                    {
                        o = o with { Value = implied };
                    }

                    made.Add(o with { Release = view.Release ?? o.Release });
                }
            }
        }

        if (made.Count == 0)
        {
            return store;
        }

        var all = store.Series.SelectMany(k => store.Periods(k).SelectMany(p => store.History(k, p)));
        return new ObservationStore(all.Concat(made));
    }

    private static Observation? Make(ObservationView view, SeriesKey key, Period target, IndicatorCatalog catalog, bool monthsFirst)
    {
        // A first quarter or a year the source states as its cumulative months: that is the figure, rates and all.
        var equivalent = target.Kind == PeriodKind.Year || (target.Kind == PeriodKind.Quarter && target.FirstMonth == 1);
        var cumulative = equivalent ? view.Get(key, target.ToYearToDate()) : null;
        if (cumulative is not null && !(monthsFirst && target.Months().All(m => view.Get(key, m) is { HasValue: true })))
        {
            return cumulative with { Period = target };
        }

        if (target.Kind == PeriodKind.YearToDate)
        {
            // A cumulative period the source does not state is the months' business of GrowthTable (FlowCumulative)
            // when reported as such; only a quarter or a year is made here.
            return null;
        }

        var months = target.Months().Select(m => view.Get(key, m)).ToList();
        if (months.Any(m => m is null))
        {
            return null;
        }

        var first = months[0]!;
        var indicator = catalog.Resolve(key.Indicator, first.Unit);
        if (indicator.Kind == IndicatorKind.Rate)
        {
            return null;
        }

        var withValues = months.All(m => m!.HasValue);
        if (withValues && months.Any(m => m!.Unit != first.Unit))
        {
            return null;
        }

        double value;
        if (withValues)
        {
            var sum = months.Sum(m => m!.Value);
            value = indicator.Kind == IndicatorKind.Flow ? sum : sum / months.Count;
        }
        else if (indicator.Kind == IndicatorKind.Index && months.All(m => !m!.HasValue && m.YearOnYear.IsExact))
        {
            // No levels: the growth is computed from the months' rates (GrowthTable.Row), the figure has no value.
            value = double.NaN;
        }
        else
        {
            return null;
        }

        var decimals = months.Max(m => m!.ValueDecimals);
        return new Observation
        {
            Indicator = key.Indicator,
            Breakdown = key.Breakdown,
            Dimension = months.Select(m => m!.Dimension).FirstOrDefault(d => d.Length > 0) ?? string.Empty,
            Parent = months.Select(m => m!.Parent).FirstOrDefault(d => d.Length > 0) ?? string.Empty,
            Period = target,
            Value = value,
            ValueDecimals = !withValues || decimals < 0 ? -1 : indicator.Kind == IndicatorKind.Flow ? decimals : decimals + 1,
            Unit = withValues ? first.Unit : null,
            Status = LeastFinal(months.Select(m => m!.Status)),
            Release = months.Select(m => m!.Release).Max(),
            Source = months[^1]!.Source,
        };
    }

    // Last year's period as the rates stated beside this year's months imply it: Σ value / (1 + rate) over the months,
    // each from the latest release that states the month's rate on the same month. This is the base the source
    // compared with (last year's official figures, or a base it re-estimated, as the GSO's retail sales in 2024),
    // where last year's values in the data may be earlier estimates or on an abandoned base. Null when a month's rate
    // is not stated, or the indicator is not a flow.
    private static double? ImpliedBase(ObservationStore store, ObservationView view, SeriesKey key, Period period, IndicatorCatalog catalog)
    {
        if (period.Kind == PeriodKind.YearToDate)
        {
            return null;
        }

        var sum = 0.0;
        foreach (var month in period.Months())
        {
            var stated = store.History(key, month)
                .Where(o => view.Release is not { } r || o.EffectiveRelease <= r)
                .LastOrDefault(o => o.HasValue && o.YearOnYear.IsExact);
            if (stated is null || catalog.Resolve(key.Indicator, stated.Unit).Kind != IndicatorKind.Flow)
            {
                return null;
            }

            var b = Growth.ImpliedBase(stated.Value, stated.YearOnYear.Percent);
            if (b.IsMissing)
            {
                return null;
            }

            sum += b.Value;
        }

        return sum;
    }

    // A sum is as final as its least final month: one estimate makes the quarter an estimate.
    private static ObservationStatus LeastFinal(IEnumerable<ObservationStatus> statuses)
    {
        var list = statuses.ToList();
        return list.Contains(ObservationStatus.Estimate) ? ObservationStatus.Estimate
            : list.Contains(ObservationStatus.Preliminary) ? ObservationStatus.Preliminary
            : list.Contains(ObservationStatus.Unspecified) ? ObservationStatus.Unspecified
            : ObservationStatus.Official;
    }
}
