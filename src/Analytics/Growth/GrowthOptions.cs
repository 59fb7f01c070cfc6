using Analytics.Indicators;

namespace Analytics.Growth;

/// <summary>How <see cref="GrowthTable.Compute"/> reads a store.</summary>
public sealed record GrowthOptions
{
    /// <summary>
    /// Gets the options that give the figures a report states: each period as known at its own release
    /// (<see cref="Analytics.Observations.ObservationStore.ViewOfRelease"/>, the view the narrator and the annex tables
    /// read) and the rate the source states before a recomputed one. Month on month, where the source states none,
    /// is then the estimate over last month as revised in the same release, as the GSO computes it.
    /// </summary>
    public static GrowthOptions Official { get; } = new() { AsPublished = true, PreferStated = true };

    /// <summary>
    /// Gets a value indicating whether each period is computed as it was known at its own first release: every
    /// earlier month at its latest figure released by then (a revised value), the period itself at its first
    /// estimate. This is how the GSO builds its cumulative figures. When false, every figure is the latest.
    /// </summary>
    public bool AsPublished { get; init; }

    /// <summary>
    /// Gets a value indicating whether a rate the source states is used before one recomputed from the values. The
    /// stated rate is the official figure (its base is last year's value as revised since, which the file may not
    /// hold); reports and sentences use it. Off by default, so that the table shows what the values themselves give
    /// and the audit can compare the two.
    /// </summary>
    public bool PreferStated { get; init; }

    /// <summary>Gets the catalogue that says whether an indicator is a flow, an index or a rate.</summary>
    public IndicatorCatalog Catalog { get; init; } = IndicatorCatalog.Default;
}
