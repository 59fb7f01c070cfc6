using System.Collections.Frozen;
using Analytics.Internal;

namespace Analytics.Indicators;

/// <summary>
/// The indicators the library knows by code, with names, units, price bases and kinds. Files may use other
/// codes: <see cref="Resolve"/> then builds an indicator from what the file says.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly FrozenDictionary<string, Indicator> byCode;
    private readonly Indicator[] ordered;

    /// <summary>Initializes a new instance of the <see cref="IndicatorCatalog"/> class.</summary>
    /// <param name="indicators">The indicators; codes are compared ignoring case.</param>
    /// <exception cref="ArgumentException">Two indicators share a code.</exception>
    public IndicatorCatalog(IEnumerable<Indicator> indicators)
    {
        Preconditions.CheckNotNull(indicators);
        var d = new Dictionary<string, Indicator>(StringComparer.OrdinalIgnoreCase);
        var list = new List<Indicator>();
        foreach (var i in indicators)
        {
            Preconditions.CheckArgument(d.TryAdd(i.Code, i), nameof(indicators), $"The indicator code '{i.Code}' appears twice; give each indicator its own code.");
            list.Add(i);
        }

        byCode = d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        ordered = [.. list];
    }

    /// <summary>
    /// Gets the catalogue of the indicators of a provincial industry-and-trade report and of the GSO monthly
    /// release: <c>IIP</c>, <c>IND_VALUE</c> (production value at constant 2010 prices), <c>IND_PRODUCT</c>,
    /// <c>RETAIL</c>, <c>EXPORT</c>, <c>IMPORT</c> and <c>CPI</c>, and the other codes the GSO workbook importer
    /// produces (<c>OUTPUT</c>, <c>EXPORT_VOLUME</c>, <c>IMPORT_VOLUME</c>, <c>GOLD_PRICE_INDEX</c>, <c>USD_PRICE_INDEX</c>,
    /// <c>CORE_INFLATION</c>), each with a Vietnamese and an English name so that no code reaches a sentence.
    /// </summary>
    public static IndicatorCatalog Default { get; } = new(
    [
        new("IIP", "chỉ số sản xuất toàn ngành công nghiệp (IIP)", "index of industrial production (IIP)", Unit.Index, PriceBasis.NotApplicable, IndicatorKind.Index) { ShortNameVi = "IIP", ShortNameEn = "the IIP" },
        new("IND_VALUE", "giá trị sản xuất công nghiệp", "industrial production value", Unit.BillionDong, PriceBasis.Constant2010, IndicatorKind.Flow) { ShortNameEn = "production value" },
        new("IND_PRODUCT", "sản phẩm công nghiệp chủ yếu", "main industrial products", null, PriceBasis.NotApplicable, IndicatorKind.Flow),
        new("RETAIL", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "retail sales of goods and consumer services", Unit.BillionDong, PriceBasis.Current, IndicatorKind.Flow) { ShortNameEn = "retail sales" },
        new("EXPORT", "kim ngạch xuất khẩu hàng hóa", "merchandise exports", Unit.MillionUsd, PriceBasis.Current, IndicatorKind.Flow) { ShortNameVi = "kim ngạch xuất khẩu", ShortNameEn = "exports" },
        new("IMPORT", "kim ngạch nhập khẩu hàng hóa", "merchandise imports", Unit.MillionUsd, PriceBasis.Current, IndicatorKind.Flow) { ShortNameVi = "kim ngạch nhập khẩu", ShortNameEn = "imports" },
        new("CPI", "chỉ số giá tiêu dùng (CPI)", "consumer price index (CPI)", Unit.Index, PriceBasis.NotApplicable, IndicatorKind.Index) { ShortNameEn = "the CPI" },

        // The GSO monthly workbooks' other tables (Io.GsoWorkbook): products, trade volumes, gold and dollar prices, core inflation.
        new("OUTPUT", "sản phẩm công nghiệp chủ yếu", "main industrial products", null, PriceBasis.NotApplicable, IndicatorKind.Flow) { ShortNameVi = "sản phẩm công nghiệp", ShortNameEn = "industrial output" },
        new("EXPORT_VOLUME", "lượng hàng hóa xuất khẩu", "export volume", null, PriceBasis.NotApplicable, IndicatorKind.Flow) { ShortNameVi = "lượng xuất khẩu", ShortNameEn = "export volume" },
        new("IMPORT_VOLUME", "lượng hàng hóa nhập khẩu", "import volume", null, PriceBasis.NotApplicable, IndicatorKind.Flow) { ShortNameVi = "lượng nhập khẩu", ShortNameEn = "import volume" },
        new("GOLD_PRICE_INDEX", "chỉ số giá vàng", "gold price index", Unit.Index, PriceBasis.NotApplicable, IndicatorKind.Index) { ShortNameEn = "the gold price index" },
        new("USD_PRICE_INDEX", "chỉ số giá đô la Mỹ", "US dollar price index", Unit.Index, PriceBasis.NotApplicable, IndicatorKind.Index) { ShortNameEn = "the US dollar price index" },
        new("CORE_INFLATION", "lạm phát cơ bản", "core inflation", Unit.Index, PriceBasis.NotApplicable, IndicatorKind.Index),
    ]);

    /// <summary>Gets the indicators of the catalogue, in the order they were given: the order a report narrates them in.</summary>
    public IEnumerable<Indicator> Indicators => ordered;

    /// <summary>Looks an indicator up by code, ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="indicator">The indicator when known.</param>
    /// <returns><see langword="true"/> when the catalogue knows the code.</returns>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Indicator? indicator)
        => byCode.TryGetValue(code ?? string.Empty, out indicator);

    /// <summary>
    /// Returns the catalogue's indicator for the code or, for an unknown code, one built from the unit a file
    /// gives: kind <see cref="IndicatorKind.Rate"/> for "%", <see cref="IndicatorKind.Index"/> for an index,
    /// otherwise <see cref="IndicatorKind.Flow"/>; names equal to the code; negative values allowed (an unknown
    /// flow may be a balance), so that nothing is refused on a guess.
    /// </summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="unit">The unit the file gives, if any.</param>
    /// <returns>The indicator.</returns>
    public Indicator Resolve(string code, Unit? unit)
    {
        Preconditions.CheckNotNull(code);
        if (TryGet(code, out var known))
        {
            return known;
        }

        var kind = unit?.Kind switch
        {
            UnitKind.Percent => IndicatorKind.Rate,
            UnitKind.Index => IndicatorKind.Index,
            _ => IndicatorKind.Flow,
        };
        return new Indicator(code, code, code, unit, PriceBasis.NotApplicable, kind) { IsNonNegative = false };
    }
}
