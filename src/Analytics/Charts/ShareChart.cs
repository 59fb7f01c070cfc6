using System.Globalization;

namespace Analytics.Charts;

/// <summary>
/// The structure of a whole by its parts (exports by market): one horizontal bar per part, labelled with its value and
/// its share of the whole, largest first as the caller orders them. A remainder ("Thị trường khác") is one more slice.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Unit">The values' unit.</param>
/// <param name="WholeLabel">What the shares are shares of ("% tổng kim ngạch xuất khẩu"), written on the value axis.</param>
/// <param name="Slices">The parts.</param>
public sealed record ShareChart(string Title, string Indicator, string Unit, string WholeLabel, IReadOnlyList<ChartSlice> Slices)
    : Chart(Title, Indicator)
{
    /// <inheritdoc/>
    public override string Description => string.Create(CultureInfo.InvariantCulture, $"{Title}: {Slices.Count} parts, {Unit}");
}
