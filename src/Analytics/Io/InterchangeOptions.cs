using System.Globalization;
using Analytics.Indicators;

namespace Analytics.Io;

/// <summary>How to read an interchange file.</summary>
public sealed record InterchangeOptions
{
    /// <summary>Gets the culture its numbers are written in; the invariant culture by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Gets the catalogue that says which indicators are flows (never negative), indices or rates.</summary>
    public IndicatorCatalog Catalog { get; init; } = IndicatorCatalog.Default;
}
