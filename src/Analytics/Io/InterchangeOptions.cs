using System.Globalization;
using Analytics.Indicators;

namespace Analytics.Io;

/// <summary>How to read an interchange file.</summary>
public sealed record InterchangeOptions
{
    /// <summary>Gets the culture its numbers are written in; the invariant culture by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// Gets the encoding of a CSV file (not used for workbooks and Parquet, whose text is Unicode by format); UTF-8 by
    /// default. A reader that cannot decode the encoding given must leave the file to one that can, never read it as
    /// UTF-8 in silence.
    /// </summary>
    public TextEncoding Encoding { get; init; } = TextEncoding.Utf8;

    /// <summary>Gets the catalogue that says which indicators are flows (never negative), indices or rates.</summary>
    public IndicatorCatalog Catalog { get; init; } = IndicatorCatalog.Default;
}
