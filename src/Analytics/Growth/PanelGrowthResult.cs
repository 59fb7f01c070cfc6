namespace Analytics.Growth;

/// <summary>The four growth operations of a panel, computed in one pass.</summary>
/// <param name="MonthOnMonth">Month-on-month growth, percent.</param>
/// <param name="YearOnYear">Year-on-year growth, percent.</param>
/// <param name="CumulativeSum">The sum from January.</param>
/// <param name="CumulativeGrowth">Cumulative growth against the same months of last year (ratio of sums), percent.</param>
public sealed record PanelGrowthResult(FigurePanel MonthOnMonth, FigurePanel YearOnYear, FigurePanel CumulativeSum, FigurePanel CumulativeGrowth);
