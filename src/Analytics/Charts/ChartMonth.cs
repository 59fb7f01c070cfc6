using Analytics.Periods;

namespace Analytics.Charts;

/// <summary>One month of a <see cref="MonthlyChart"/>: the value, last year's value of the same month and the growth between them.</summary>
/// <param name="Month">The month.</param>
/// <param name="Label">The month's name on the axis ("T9" or "Sep").</param>
/// <param name="Value">The month's value, NaN when not published.</param>
/// <param name="LastYear">The same month of last year, NaN when not known.</param>
/// <param name="YearOnYear">Growth on the same month of last year, percent (computed or stated), NaN when not known.</param>
public readonly record struct ChartMonth(Period Month, string Label, double Value, double LastYear, double YearOnYear);
