namespace Analytics;

/// <summary>How <see cref="GrowthTable.Compute"/> reads a store.</summary>
public sealed record GrowthOptions
{
    /// <summary>
    /// Gets a value indicating whether each period is computed as it was known at its own first release: every
    /// earlier month at its latest figure released by then (a revised value), the period itself at its first
    /// estimate. This is how the GSO builds its cumulative figures. When false, every figure is the latest.
    /// </summary>
    public bool AsPublished { get; init; }

    /// <summary>Gets the catalogue that says whether an indicator is a flow, an index or a rate.</summary>
    public IndicatorCatalog Catalog { get; init; } = IndicatorCatalog.Default;
}
