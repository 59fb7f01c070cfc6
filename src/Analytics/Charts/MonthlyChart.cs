using System.Globalization;

namespace Analytics.Charts;

/// <summary>
/// A headline indicator month by month: this year's values as bars beside last year's, and the growth on the same
/// month of last year as a line on a second axis (percent).
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Unit">The values' unit ("tỷ đồng"), written on the left axis.</param>
/// <param name="Months">The months, in order.</param>
/// <param name="ThisYearLabel">The legend of this year's bars ("Năm 2023").</param>
/// <param name="LastYearLabel">The legend of last year's bars ("Năm 2022").</param>
/// <param name="GrowthLabel">The legend and right axis of the growth line ("So với cùng kỳ (%)").</param>
public sealed record MonthlyChart(string Title, string Indicator, string Unit, IReadOnlyList<ChartMonth> Months, string ThisYearLabel, string LastYearLabel, string GrowthLabel)
    : Chart(Title, Indicator)
{
    /// <inheritdoc/>
    public override string Description => string.Create(CultureInfo.InvariantCulture, $"{Title}: {Months.Count} months, {Unit}");
}
