namespace Analytics.Charts;

/// <summary>One part of a <see cref="ShareChart"/>: its name, value and share of the whole.</summary>
/// <param name="Label">The part's name ("Châu Á").</param>
/// <param name="Value">Its value in the chart's unit.</param>
/// <param name="Percent">Its share of the whole, percent.</param>
public readonly record struct ChartSlice(string Label, double Value, double Percent);
