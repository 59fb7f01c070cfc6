using Analytics.Indicators;

namespace Analytics.Observations;

/// <summary>Identifies one series: an indicator and a member of one of its breakdowns (empty for the total).</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Breakdown">The breakdown member ("Châu Á"), or empty for the indicator's total.</param>
public readonly record struct SeriesKey(string Indicator, string Breakdown)
{
    /// <summary>Gets a value indicating whether the key names the indicator's total.</summary>
    public bool IsTotal => Breakdown.Length == 0;

    /// <summary>Returns <c>INDICATOR</c> or <c>INDICATOR / breakdown</c>.</summary>
    /// <returns>The key in words.</returns>
    public override string ToString() => IsTotal ? Indicator : $"{Indicator} / {Breakdown}";
}
