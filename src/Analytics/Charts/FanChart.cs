using System.Globalization;

namespace Analytics.Charts;

/// <summary>
/// The year end against the plan: the cumulative figure of the months known ("lũy kế"), the forecast of the remaining
/// months' cumulative path to December, the year total's 80% and 95% intervals drawn as bars at December, and the
/// plan's target for the year as a horizontal line.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Indicator">The indicator code the chart belongs with.</param>
/// <param name="Unit">The unit of the values ("Triệu USD").</param>
/// <param name="MonthLabels">The twelve months' labels ("T1"... "T12").</param>
/// <param name="Cumulative">The cumulative figure January to each month known, NaN for the months not known.</param>
/// <param name="ForecastCumulative">The forecast cumulative figure from the last month known (its figure) to December, NaN before.</param>
/// <param name="YearEnd80">The 80% interval of the year total.</param>
/// <param name="YearEnd95">The 95% interval of the year total.</param>
/// <param name="Target">The plan's target for the year, NaN when none.</param>
/// <param name="KnownLabel">The legend of the months known ("Lũy kế thực hiện").</param>
/// <param name="ForecastLabel">The legend of the forecast path.</param>
/// <param name="IntervalLabel">The legend of the intervals.</param>
/// <param name="TargetLabel">The legend of the plan's line, with its value.</param>
public sealed record FanChart(
    string Title,
    string Indicator,
    string Unit,
    IReadOnlyList<string> MonthLabels,
    IReadOnlyList<double> Cumulative,
    IReadOnlyList<double> ForecastCumulative,
    (double Lower, double Upper) YearEnd80,
    (double Lower, double Upper) YearEnd95,
    double Target,
    string KnownLabel,
    string ForecastLabel,
    string IntervalLabel,
    string TargetLabel)
    : Chart(Title, Indicator)
{
    /// <inheritdoc/>
    public override string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"{Title}: {Cumulative.Count(v => !double.IsNaN(v))} months known, year total {ForecastCumulative.LastOrDefault(double.NaN):0} (95%: {YearEnd95.Lower:0}–{YearEnd95.Upper:0}), plan {Target:0}");
}
