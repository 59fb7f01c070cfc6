namespace Analytics.Indicators;

/// <summary>How the members of a breakdown relate to their total; it decides what the audit checks.</summary>
public enum PartsRelation
{
    /// <summary>
    /// The members cover the total exactly (sectors of industry, components of retail, domestic and FDI exports):
    /// they must sum to the total within rounding.
    /// </summary>
    Partition = 0,

    /// <summary>
    /// The members are a selection ("các mặt hàng chủ yếu", the main markets): they may not sum to more than the
    /// total, and their shares are of the total.
    /// </summary>
    Subset = 1,

    /// <summary>The members are in different units and never sum (industrial products).</summary>
    NotAdditive = 2,
}
