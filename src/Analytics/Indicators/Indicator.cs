namespace Analytics.Indicators;

/// <summary>
/// What is measured: a code, its names in Vietnamese and English, its unit, price basis and kind.
/// </summary>
/// <param name="Code">A short code, as written in the <c>indicator</c> column (e.g. <c>EXPORT</c>).</param>
/// <param name="NameVi">The Vietnamese name as a report writes it ("kim ngạch xuất khẩu").</param>
/// <param name="NameEn">The English name ("exports").</param>
/// <param name="Unit">The unit of its values, or null when only rates are published (products in the seed).</param>
/// <param name="PriceBasis">The price basis of its values.</param>
/// <param name="Kind">How it behaves over time.</param>
public sealed record Indicator(string Code, string NameVi, string NameEn, Unit? Unit, PriceBasis PriceBasis, IndicatorKind Kind)
{
    /// <summary>Gets a value indicating whether a negative value is impossible (true for flows such as sales and trade).</summary>
    public bool IsNonNegative { get; init; } = Kind == IndicatorKind.Flow;

    /// <summary>Gets the short Vietnamese name a report uses after the first mention ("IIP"); the full name when not set.</summary>
    public string ShortNameVi { get => shortVi ?? NameVi; init => shortVi = value; }

    /// <summary>Gets the short English name used after the first mention ("the IIP"); the full name when not set.</summary>
    public string ShortNameEn { get => shortEn ?? NameEn; init => shortEn = value; }

    private readonly string? shortVi;
    private readonly string? shortEn;
}
