using Analytics.Internal;

namespace Analytics.Indicators;

/// <summary>
/// A way of breaking an indicator down ("sector", "commodity", "market"), with how its members relate to the total.
/// </summary>
/// <param name="Name">The name as written in the <c>dimension</c> column of the interchange format.</param>
/// <param name="Relation">How the members relate to their total.</param>
public sealed record Dimension(string Name, PartsRelation Relation)
{
    /// <summary>Gets the sectors of industry (VSIC sections B, C, D, E): a partition.</summary>
    public static Dimension Sector { get; } = new("sector", PartsRelation.Partition);

    /// <summary>Gets the components of retail sales and services: a partition.</summary>
    public static Dimension Component { get; } = new("component", PartsRelation.Partition);

    /// <summary>Gets the economic sectors by ownership (domestic, FDI): a partition.</summary>
    public static Dimension Ownership { get; } = new("ownership", PartsRelation.Partition);

    /// <summary>Gets the main commodities of trade: a subset.</summary>
    public static Dimension Commodity { get; } = new("commodity", PartsRelation.Subset);

    /// <summary>Gets the markets of trade (continents, then countries): a subset.</summary>
    public static Dimension Market { get; } = new("market", PartsRelation.Subset);

    /// <summary>Gets the main industrial products: not additive (each has its own unit).</summary>
    public static Dimension Product { get; } = new("product", PartsRelation.NotAdditive);

    private static readonly Dimension[] Known = [Sector, Component, Ownership, Commodity, Market, Product];

    /// <summary>
    /// Returns the known dimension of that name (case-insensitive, also its Vietnamese name: ngành, thành phần,
    /// khu vực, mặt hàng, thị trường, sản phẩm), or a <see cref="PartsRelation.Subset"/> dimension for any other
    /// name: an unknown list of parts may be a selection, so the audit checks only that it does not exceed its total.
    /// </summary>
    /// <param name="name">The dimension's name.</param>
    /// <returns>The dimension.</returns>
    public static Dimension FromName(string name)
    {
        Preconditions.CheckNotNull(name);
        var n = name.Trim().ToLowerInvariant();
        var canonical = n switch
        {
            "ngành" or "nganh" => "sector",
            "thành phần" or "thanh phan" => "component",
            "khu vực" or "khu vuc" => "ownership",
            "mặt hàng" or "mat hang" => "commodity",
            "thị trường" or "thi truong" => "market",
            "sản phẩm" or "san pham" => "product",
            _ => n,
        };
        return Known.FirstOrDefault(d => d.Name == canonical) ?? new Dimension(n, PartsRelation.Subset);
    }
}
