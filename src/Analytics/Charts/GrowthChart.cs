using System.Globalization;

namespace Analytics.Charts;

/// <summary>
/// Growth rates of several categories (headline indicators, sectors, commodities) side by side as horizontal bars,
/// one group per category and one bar per comparison, each labelled with its rate; the zero line is drawn.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Indicator">The indicator code the chart belongs with, or empty for several.</param>
/// <param name="Categories">The categories, top to bottom.</param>
/// <param name="Series">The comparisons.</param>
/// <param name="AxisLabel">The value axis ("Tốc độ tăng so với cùng kỳ (%)").</param>
public sealed record GrowthChart(string Title, string Indicator, IReadOnlyList<string> Categories, IReadOnlyList<GrowthSeries> Series, string AxisLabel)
    : Chart(Title, Indicator)
{
    /// <inheritdoc/>
    public override string Description => string.Create(CultureInfo.InvariantCulture, $"{Title}: {Categories.Count} categories, {Series.Count} comparisons");
}
