namespace Analytics.Charts;

/// <summary>One series of bars of a <see cref="GrowthChart"/>: a comparison's name and one growth rate per category.</summary>
/// <param name="Name">The comparison ("Tháng 9/2023 so với cùng kỳ").</param>
/// <param name="Percent">Growth per category, percent; NaN where not known (no bar is drawn).</param>
public sealed record GrowthSeries(string Name, IReadOnlyList<double> Percent);
