using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;

namespace Analytics.Growth;

/// <summary>
/// Every comparison of one series for one period: the value, growth on the previous month and on the same period of
/// last year, the cumulative value and cumulative growth, and last year's value implied by the stated rate. Each
/// figure says whether it was computed, stated by the source, or is missing and why.
/// </summary>
/// <param name="Key">The series.</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The value, NaN when only rates are published.</param>
/// <param name="Unit">The value's unit, or null.</param>
/// <param name="MonthOnMonth">Growth on the previous month, percent.</param>
/// <param name="YearOnYear">Growth on the same period of last year, percent.</param>
/// <param name="CumulativeValue">The value from January to this month (flows only).</param>
/// <param name="CumulativeGrowth">Growth from January to this month on the same months of last year, percent (ratio of sums).</param>
/// <param name="ImpliedBase">Last year's value implied by the value and the stated year-on-year rate: value / (1 + rate).</param>
/// <param name="Release">The release the row was computed as of (as published), else the release of the latest figure, or null when the data gives none.</param>
/// <param name="Status">The status of the period's own figure.</param>
public sealed record GrowthRow(
    SeriesKey Key,
    Period Period,
    double Value,
    Unit? Unit,
    Figure MonthOnMonth,
    Figure YearOnYear,
    Figure CumulativeValue,
    Figure CumulativeGrowth,
    Figure ImpliedBase,
    Period? Release,
    ObservationStatus Status);
