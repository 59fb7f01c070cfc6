using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// One target of an annual plan ("kế hoạch năm") as read from a plan file: a value for the year, or a growth over last
/// year's total, for one indicator and breakdown.
/// </summary>
/// <param name="Indicator">The indicator's code (<c>EXPORT</c>); in the <c>series_id</c> form, the id up to its first '/'.</param>
/// <param name="Breakdown">The breakdown member, empty for the total; in the <c>series_id</c> form, the id after its first '/'.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="TargetValue">The target value of the year, in the series' unit, or NaN when the target is a growth.</param>
/// <param name="TargetGrowthPercent">The target growth over last year's total in percent, or NaN when the target is a value.</param>
/// <param name="Unit">The unit the file states for the target, or empty.</param>
/// <param name="Source">Where the target was read.</param>
public sealed record PlanTarget(string Indicator, string Breakdown, int Year, double TargetValue, double TargetGrowthPercent, string Unit, SourceLocation Source)
{
    /// <summary>Gets the id of the series the target is for, as the forecasting commands name series: <c>INDICATOR</c> or <c>INDICATOR/breakdown</c>.</summary>
    public string SeriesId => Breakdown.Length == 0 ? Indicator : $"{Indicator}/{Breakdown}";

    /// <summary>Gets a value indicating whether the target is a growth rate rather than a value.</summary>
    public bool IsGrowth => double.IsNaN(TargetValue);
}
