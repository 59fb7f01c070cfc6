using System.Globalization;
using Analytics.Internal;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// The year end as the report of a month would state it, from the figures as published: only what was released by
/// the report's month (<see cref="ObservationStore.AsOf"/> the release of <c>through</c>), the cumulative figure of the
/// months known as published (Section I's), last year's total as published, and the year's growth on last year's base
/// as the stated growth implies it when the GSO has re-estimated last year.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The months known: the published cumulative figure January–<c>through</c> of that release when there is one,
/// else the sum of the months as revised by then.</item>
/// <item>Last year: the year's cumulative figure (or the calendar-year figure) as known at the release, else the sum of
/// its months.</item>
/// <item>A re-estimated base: when the stated year-on-year growth of the months known differs from the one their values
/// give over last year's published figure by more than 0.15 percentage points, last year's total is re-based by the
/// ratio of the base the stated growth implies, ytd / (1 + g), to last year's published figure for the same months;
/// the year's growth and a growth plan's target use that base (<see cref="YearEndEstimate.BaseRevisionRatio"/>), and the
/// months before the year are scaled by the same ratio before the model is fitted, so that it does not see the revision
/// as a fall.</item>
/// <item>A gap in the monthly series: the remaining months are forecast from the unbroken stretch of months ending at
/// <c>through</c>, with a note.</item>
/// <item>A shock in the last months known (each outside the 99% interval of the forecast made before them, on one side):
/// half the paths as if it lasts, half as if it passes, with a note (<see cref="ShockHedge"/>).</item>
/// <item>Intervals calibrated on the series' own record (a rolling origin): the same estimate is made at the same month
/// of each of up to <see cref="CalibrationYears"/> earlier years, from the figures released by then only, and set
/// against the year's January–December figure of that year's December release. The model's intervals come from the
/// noise of the months around its path; they miss the risk of a turn in the fourth quarter and of a wrong model,
/// which is what the earlier years' errors measure. The spread of the simulated totals is scaled by
/// s = √((ν₀ + Σ zᵢ²) / (ν₀ + n)), zᵢ the earlier errors over the spread the model gave them, ν₀ = <see cref="CalibrationPrior"/>
/// pseudo-years at the model's own spread (so that s moves from 1 as the record grows), and the paths are drawn from
/// a Student t with ν₀ + n degrees of freedom around the mean (a heavier tail while the record is short). The mean is
/// not changed. <see cref="YearEndEstimate.IntervalScale"/> and <see cref="YearEndEstimate.CalibrationYears"/> say what was used.</item>
/// </list>
/// </remarks>
public static class PublishedYearEnd
{
    /// <summary>How far the stated growth and the values' growth may differ, in percentage points, before the base counts as re-estimated.</summary>
    public const double BaseRevisionTolerance = 0.15;

    /// <summary>How many earlier years the intervals are calibrated on, at most (the default of <see cref="Estimate"/>).</summary>
    public const int CalibrationYears = 10;

    /// <summary>The weight, in years, of the model's own interval in the calibration (ν₀).</summary>
    public const double CalibrationPrior = 2;

    /// <summary>The months of history an earlier year's estimate needs before it counts in the calibration.</summary>
    public const int CalibrationMinimumMonths = 24;

    /// <summary>Estimates the year total of a flow indicator from the figures released by the month <paramref name="through"/>.</summary>
    /// <param name="store">The figures with their releases (e.g. data/gso/gso_vn_monthly.csv read by the interchange reader).</param>
    /// <param name="key">The indicator and breakdown.</param>
    /// <param name="through">The last month known, whose release is the report's.</param>
    /// <param name="method">The forecasting method; the ensemble when null.</param>
    /// <param name="plan">The annual plan, or null.</param>
    /// <param name="seed">The seed of the simulation.</param>
    /// <param name="calibrationYears">How many earlier years calibrate the intervals, at most; 0 keeps the model's own intervals.</param>
    /// <returns>The estimate, with <see cref="YearEndEstimate.Notes"/>; for an index published as rates only (no values), <see cref="EstimateIndex"/>'s.</returns>
    /// <exception cref="ForecastException">The months known cannot be totalled (no cumulative figure and a month missing), or there is nothing to fit.</exception>
    public static YearEndEstimate Estimate(ObservationStore store, SeriesKey key, Period through, IForecaster? method = null, Plan? plan = null, int seed = 20231001, int calibrationYears = CalibrationYears)
    {
        Preconditions.CheckArgument(calibrationYears >= 0, nameof(calibrationYears), string.Create(CultureInfo.InvariantCulture, $"Give 0 or more earlier years to calibrate on; {calibrationYears} is negative."));
        Preconditions.CheckNotNull(store);
        Preconditions.CheckArgument(through.Kind == PeriodKind.Month, nameof(through), string.Create(CultureInfo.InvariantCulture, $"Give the last known month, such as 2024-09; {through} is a {through.Kind}."));
        method ??= new Ensemble();
        var view = store.AsOf(through);
        var notes = new List<YearEndNote>();
        double Value(Period p) => view.Get(key, p) is { HasValue: true } o ? o.Value : double.NaN;

        var months = store.Periods(key).Where(p => p.Kind == PeriodKind.Month && p <= through).ToList();
        if (months.Count == 0)
        {
            throw new ForecastException(string.Create(CultureInfo.InvariantCulture, $"{key} has no monthly figure released by {through}."));
        }

        var first = months.Min();
        var values = Enumerable.Range(0, through.MonthIndex - first.MonthIndex + 1).Select(i => Value(first.PlusMonths(i))).ToArray();
        if (values.All(double.IsNaN))
        {
            return EstimateIndex(store, key, through, method, plan, seed, calibrationYears);
        }

        double MonthValue(Period m) => m < first || m > through ? double.NaN : values[m.MonthIndex - first.MonthIndex];
        double SumOfMonths(Period p) => p.Months().Select(MonthValue).Sum();

        var ytdPeriod = through.ToYearToDate();
        var ytdObservation = view.Get(key, ytdPeriod);
        var ytd = ytdObservation is { HasValue: true } ? ytdObservation.Value : SumOfMonths(ytdPeriod);
        if (double.IsNaN(ytd))
        {
            var missing = ytdPeriod.Months().First(m => double.IsNaN(MonthValue(m)));
            throw new ForecastException(string.Create(CultureInfo.InvariantCulture, $"{key}: no cumulative figure for {ytdPeriod} was released by {through}, and the month {missing} is missing, so the months known cannot be totalled. Add the cumulative figure or the month."));
        }

        var lastYearPeriod = Period.YearToDate(through.Year - 1, 12);
        var lastYearTotal = Value(lastYearPeriod);
        lastYearTotal = double.IsNaN(lastYearTotal) ? Value(Period.CalendarYear(through.Year - 1)) : lastYearTotal;
        lastYearTotal = double.IsNaN(lastYearTotal) ? SumOfMonths(Period.CalendarYear(through.Year - 1)) : lastYearTotal;
        // Last year's same months: the cumulative figure as published, the base the GSO states cumulative growth on;
        // for January, whose "cumulative" figure is the month's first estimate, the month as revised since (January
        // 2024's stated growth is on January 2023 as revised in February). In December, last year's total itself.
        var lastYtdPeriod = Period.YearToDate(through.Year - 1, through.LastMonth);
        var lastCumulative = view.Get(key, lastYtdPeriod) is { HasValue: true } lastYtdObservation ? lastYtdObservation.Value : double.NaN;
        var lastMonthsSum = SumOfMonths(lastYtdPeriod);
        var lastYtd = double.IsNaN(lastCumulative) || (through.LastMonth == 1 && !double.IsNaN(lastMonthsSum)) ? lastMonthsSum : lastCumulative;
        var lastYearRemaining = through.LastMonth == 12 ? 0 : lastYearTotal - lastYtd;

        var stated = ytdObservation is { YearOnYear.IsExact: true } ? ytdObservation.YearOnYear.Percent : double.NaN;
        var ratio = 1.0;
        if (double.IsFinite(stated) && double.IsFinite(lastYtd) && lastYtd > 0)
        {
            var implied = ((ytd / lastYtd) - 1) * 100;
            if (Math.Abs(implied - stated) > BaseRevisionTolerance)
            {
                ratio = ytd / (1 + (stated / 100)) / lastYtd;
                notes.Add(new YearEndNote(
                    YearEndNoteKind.BaseReestimated,
                    string.Create(CultureInfo.InvariantCulture, $"Last year's base was re-estimated: {ytdPeriod} is stated {stated:0.00}% over last year, while its value is {implied:0.00}% over last year's published figure; last year's total and the months before {through.Year} are taken on the new base ({ratio:0.0000} of the published figures)."),
                    new Dictionary<string, object>(StringComparer.Ordinal) { ["ytdPeriod"] = ytdPeriod, ["stated"] = stated, ["implied"] = implied, ["ratio"] = ratio }));

                // The months before this year on the new base, so that the model does not see the revision as a fall.
                var january = Period.Month(through.Year, 1);
                for (var i = 0; i < values.Length; i++)
                {
                    if (first.PlusMonths(i) < january)
                    {
                        values[i] *= ratio;
                    }
                }
            }
        }

        // The months to fit: the unbroken stretch ending at the last month known.
        var start = values.Length;
        while (start > 0 && !double.IsNaN(values[start - 1]))
        {
            start--;
        }

        if (start == values.Length)
        {
            throw new ForecastException(string.Create(CultureInfo.InvariantCulture, $"{key}: the month {through} itself was not released by {through}; estimate through the last month released."));
        }

        if (start > 0)
        {
            notes.Add(new YearEndNote(
                YearEndNoteKind.Gap,
                string.Create(CultureInfo.InvariantCulture, $"A gap at {first.PlusMonths(start - 1)}: the remaining months are forecast from the {values.Length - start} months {first.PlusMonths(start)}–{through}."),
                new Dictionary<string, object>(StringComparer.Ordinal) { ["gap"] = first.PlusMonths(start - 1), ["first"] = first.PlusMonths(start), ["through"] = through, ["months"] = values.Length - start }));
        }

        var history = new MonthlySeries(first.PlusMonths(start), values.AsSpan(start));
        var calibration = through.LastMonth == 12 || calibrationYears == 0 ? (Scale: 1.0, Years: 0, DegreesOfFreedom: double.PositiveInfinity, First: 0, Last: 0) : Calibrate(store, key, through, method, seed, calibrationYears);
        var hedge = new ShockHedge(method);
        var estimate = YearEnd.Core(history, through, ytd, lastYearTotal * ratio, lastYearRemaining * ratio, hedge, plan, seed, calibration.Scale, calibration.DegreesOfFreedom);
        if (hedge.Note is { } shock)
        {
            notes.Add(shock);
        }

        return estimate with
        {
            LastYearPublishedTotal = lastYearTotal,
            StatedYtdGrowthPercent = stated,
            BaseRevisionRatio = ratio,
            IntervalScale = calibration.Scale,
            CalibrationYears = calibration.Years,
            Notes = notes,
        };
    }

    /// <summary>The scale of the spread and the degrees of freedom from the same estimate at the same month of earlier years.</summary>
    private static (double Scale, int Years, double DegreesOfFreedom, int First, int Last) Calibrate(ObservationStore store, SeriesKey key, Period through, IForecaster method, int seed, int maxYears)
    {
        var z = new List<(int Year, double Z)>();
        for (var year = through.Year - 1; year >= through.Year - maxYears; year--)
        {
            var cut = Period.Month(year, through.LastMonth);
            var first = store.Periods(key).Where(p => p.Kind == PeriodKind.Month && p <= cut).DefaultIfEmpty(cut.PlusMonths(1)).Min();
            if (cut.MonthIndex - first.MonthIndex + 1 < CalibrationMinimumMonths)
            {
                break;
            }

            // The year as December's release states it: its value, or for an index published as rates its growth.
            var december = store.AsOf(Period.Month(year, 12));
            var decemberYtd = december.Get(key, Period.YearToDate(year, 12));
            var published = decemberYtd is { HasValue: true } ? decemberYtd.Value
                : december.Get(key, Period.CalendarYear(year)) is { HasValue: true } y ? y.Value : double.NaN;
            var publishedGrowth = decemberYtd is { YearOnYear.IsExact: true } ? decemberYtd.YearOnYear.Percent : double.NaN;
            if (!double.IsFinite(published) && !double.IsFinite(publishedGrowth))
            {
                continue;
            }

            try
            {
                var e = Estimate(store, key, cut, method, null, seed, calibrationYears: 0);
                var spread = (e.Interval80.Upper - e.Interval80.Lower) / (2 * Intervals.Z(80));
                var actual = double.IsFinite(published) ? published : e.LastYearTotal * (1 + (publishedGrowth / 100));
                if (spread > 0 && double.IsFinite(e.TotalMean) && double.IsFinite(actual))
                {
                    z.Add((year, (actual - e.TotalMean) / spread));
                }
            }
            catch (ForecastException)
            {
                // A year that cannot be estimated says nothing about this one's errors.
            }
        }

        var scale = Math.Sqrt((CalibrationPrior + z.Sum(e => e.Z * e.Z)) / (CalibrationPrior + z.Count));
        return (scale, z.Count, CalibrationPrior + z.Count, z.Count == 0 ? 0 : z.Min(e => e.Year), z.Count == 0 ? 0 : z.Max(e => e.Year));
    }

    /// <summary>
    /// Estimates the year of an index published as rates only (the IIP): relative levels are rebuilt from the rates
    /// released by <paramref name="through"/> — last year's months from its month-on-month rates (January = 100), this
    /// year's as last year's times (1 + the year-on-year rate), earlier years back from their year-on-year rates — the
    /// remaining months are forecast on those levels, and the year's growth is the ratio of the sums of this year's and
    /// last year's levels, as the GSO computes the cumulative index (<see cref="Growth.IndexNumbers.CumulativeGrowthFromRates"/>).
    /// The stated cumulative growth of the months known is the official figure: this year's levels are scaled so that
    /// they give it exactly (a note says so when the rebuilt figure differs by more than <see cref="BaseRevisionTolerance"/>),
    /// so that the year's estimate starts from Section I's figure, and in December is the year as published.
    /// </summary>
    /// <param name="store">The figures with their releases.</param>
    /// <param name="key">The index.</param>
    /// <param name="through">The last month known.</param>
    /// <param name="method">The forecasting method; the ensemble when null.</param>
    /// <param name="plan">The plan: a growth (a value of an index means nothing).</param>
    /// <param name="seed">The seed of the simulation.</param>
    /// <param name="calibrationYears">How many earlier years calibrate the intervals (on the growth of the year each December release states), at most; 0 keeps the model's own intervals.</param>
    /// <returns>The estimate in relative index units: <see cref="YearEndEstimate.TotalGrowthPercent"/> is the year's growth.</returns>
    /// <exception cref="ForecastException">A rate needed is missing (last year's month-on-month rates, this year's year-on-year rates).</exception>
    public static YearEndEstimate EstimateIndex(ObservationStore store, SeriesKey key, Period through, IForecaster? method = null, Plan? plan = null, int seed = 20231001, int calibrationYears = CalibrationYears)
    {
        Preconditions.CheckArgument(calibrationYears >= 0, nameof(calibrationYears), string.Create(CultureInfo.InvariantCulture, $"Give 0 or more earlier years to calibrate on; {calibrationYears} is negative."));
        Preconditions.CheckNotNull(store);
        Preconditions.CheckArgument(through.Kind == PeriodKind.Month, nameof(through), string.Create(CultureInfo.InvariantCulture, $"Give the last known month, such as 2024-09; {through} is a {through.Kind}."));
        method ??= new Ensemble();
        var notes = new List<YearEndNote>();

        // The latest rate of a kind released by the report's month (a revision may carry one rate and not the other).
        double Rate(Period month, Func<Observation, StatedRate> rate)
        {
            var latest = store.History(key, month).Where(o => o.EffectiveRelease <= through && rate(o).IsExact).MaxBy(o => o.EffectiveRelease);
            return latest is null ? double.NaN : rate(latest).Percent;
        }

        var year = through.Year;
        var lastYear = new double[12];
        lastYear[0] = 100;
        for (var m = 2; m <= 12; m++)
        {
            var mom = Rate(Period.Month(year - 1, m), o => o.MonthOnMonth);
            if (double.IsNaN(mom))
            {
                throw new ForecastException(string.Create(CultureInfo.InvariantCulture, $"{key}: the month-on-month rate of {Period.Month(year - 1, m)} was not released by {through}; last year's levels cannot be rebuilt from the rates."));
            }

            lastYear[m - 1] = lastYear[m - 2] * (1 + (mom / 100));
        }

        var thisYear = new double[through.LastMonth];
        for (var m = 1; m <= through.LastMonth; m++)
        {
            var yoy = Rate(Period.Month(year, m), o => o.YearOnYear);
            if (double.IsNaN(yoy))
            {
                throw new ForecastException(string.Create(CultureInfo.InvariantCulture, $"{key}: the year-on-year rate of {Period.Month(year, m)} was not released by {through}; this year's levels cannot be rebuilt from the rates."));
            }

            thisYear[m - 1] = lastYear[m - 1] * (1 + (yoy / 100));
        }

        // Earlier years back from their year-on-year rates, while every month of a year has one.
        var earlier = new List<double[]>();
        var next = lastYear;
        for (var y = year - 2; y >= year - 30; y--)
        {
            var levels = new double[12];
            for (var m = 1; m <= 12 && next is not null; m++)
            {
                var yoy = Rate(Period.Month(y + 1, m), o => o.YearOnYear);
                levels[m - 1] = next[m - 1] / (1 + (yoy / 100));
            }

            if (levels.Any(v => !double.IsFinite(v)))
            {
                if (y == year - 2)
                {
                    notes.Add(new YearEndNote(
                        YearEndNoteKind.IndexShortHistory,
                        string.Create(CultureInfo.InvariantCulture, $"A year-on-year rate of {y + 1} is missing: the index is forecast from {year - 1} on only."),
                        new Dictionary<string, object>(StringComparer.Ordinal) { ["year"] = y + 1, ["from"] = year - 1 }));
                }

                break;
            }

            earlier.Insert(0, levels);
            next = levels;
        }

        // The stated cumulative growth is the official figure (Section I's): this year's levels are scaled to it, so
        // that the months known give it exactly (and December's estimate is the year as published).
        var stated = store.History(key, through.ToYearToDate()).Where(o => o.EffectiveRelease <= through && o.YearOnYear.IsExact).MaxBy(o => o.EffectiveRelease)?.YearOnYear.Percent ?? double.NaN;
        var lastYearKnown = lastYear.Take(through.LastMonth).Sum();
        var rebuilt = ((thisYear.Sum() / lastYearKnown) - 1) * 100;
        if (double.IsFinite(stated))
        {
            var factor = (1 + (stated / 100)) / (1 + (rebuilt / 100));
            for (var i = 0; i < thisYear.Length; i++)
            {
                thisYear[i] *= factor;
            }

            if (Math.Abs(stated - rebuilt) > BaseRevisionTolerance)
            {
                notes.Add(new YearEndNote(
                    YearEndNoteKind.IndexCumulativeDiffers,
                    string.Create(CultureInfo.InvariantCulture, $"The cumulative growth rebuilt from the monthly rates, {rebuilt:0.00}%, differs from the stated {stated:0.00}% for {through.ToYearToDate()}; this year's levels are scaled to the stated figure."),
                    new Dictionary<string, object>(StringComparer.Ordinal) { ["ytdPeriod"] = through.ToYearToDate(), ["rebuilt"] = rebuilt, ["stated"] = stated }));
            }
        }

        var history = earlier.SelectMany(l => l).Concat(lastYear).Concat(thisYear).ToArray();
        var start = Period.Month(year - 1 - earlier.Count, 1);
        var ytd = thisYear.Sum();

        var hedge = new ShockHedge(method);
        var calibration = through.LastMonth == 12 || calibrationYears == 0 ? (Scale: 1.0, Years: 0, DegreesOfFreedom: double.PositiveInfinity, First: 0, Last: 0) : Calibrate(store, key, through, method, seed, calibrationYears);
        var estimate = YearEnd.Core(new MonthlySeries(start, history), through, ytd, lastYear.Sum(), lastYear.Skip(through.LastMonth).Sum(), hedge, plan, seed, calibration.Scale, calibration.DegreesOfFreedom);
        if (hedge.Note is { } shock)
        {
            notes.Add(shock);
        }

        return estimate with
        {
            LastYearPublishedTotal = lastYear.Sum(),
            StatedYtdGrowthPercent = stated,
            IntervalScale = calibration.Scale,
            CalibrationYears = calibration.Years,
            Notes = [.. notes.Prepend(new YearEndNote(
                YearEndNoteKind.IndexFromRates,
                string.Create(CultureInfo.InvariantCulture, $"{key} is an index published as rates: levels rebuilt from them (January {year - 1} = 100), the year's growth as the ratio of the sums of this year's and last year's levels."),
                new Dictionary<string, object>(StringComparer.Ordinal) { ["base"] = year - 1 }))],
        };
    }
}
