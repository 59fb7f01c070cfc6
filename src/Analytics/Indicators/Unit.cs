using Analytics.Internal;

namespace Analytics.Indicators;

/// <summary>
/// The unit a figure is expressed in, with its Vietnamese symbol as the reports write it ("tỷ đồng") and its
/// English one ("billion VND"). Two units are equal when their Vietnamese symbols are equal.
/// </summary>
public sealed record Unit
{
    private Unit(string symbol, string englishSymbol, UnitKind kind, double scale)
    {
        Symbol = symbol;
        EnglishSymbol = englishSymbol;
        Kind = kind;
        Scale = scale;
    }

    /// <summary>Gets the Vietnamese symbol, as the reports write it.</summary>
    public string Symbol { get; }

    /// <summary>Gets the English symbol.</summary>
    public string EnglishSymbol { get; }

    /// <summary>Gets what the unit measures.</summary>
    public UnitKind Kind { get; }

    /// <summary>
    /// Gets the size of one unit in the base unit of its currency (đồng or USD), or 1 for units without a scale:
    /// 1e9 for tỷ đồng, 1e6 for triệu USD. Lets a reader notice "tỷ USD" written where "triệu USD" was meant.
    /// </summary>
    public double Scale { get; }

    /// <summary>Gets billions of đồng ("tỷ đồng"), the unit of production value and retail sales.</summary>
    public static Unit BillionDong { get; } = new("tỷ đồng", "billion VND", UnitKind.Money, 1e9);

    /// <summary>Gets millions of đồng ("triệu đồng").</summary>
    public static Unit MillionDong { get; } = new("triệu đồng", "million VND", UnitKind.Money, 1e6);

    /// <summary>Gets millions of US dollars ("triệu USD"), the unit of exports and imports.</summary>
    public static Unit MillionUsd { get; } = new("triệu USD", "million USD", UnitKind.Money, 1e6);

    /// <summary>Gets billions of US dollars ("tỷ USD").</summary>
    public static Unit BillionUsd { get; } = new("tỷ USD", "billion USD", UnitKind.Money, 1e9);

    /// <summary>Gets the percent ("%").</summary>
    public static Unit Percent { get; } = new("%", "%", UnitKind.Percent, 1);

    /// <summary>Gets an index number ("chỉ số"), such as the IIP.</summary>
    public static Unit Index { get; } = new("chỉ số", "index", UnitKind.Index, 1);

    private static readonly Unit[] Known = [BillionDong, MillionDong, MillionUsd, BillionUsd, Percent, Index];

    /// <summary>
    /// Reads a unit from its Vietnamese or English symbol, ignoring case and the Vietnamese diacritics' absence
    /// ("ty dong" is "tỷ đồng"). Any other non-empty text is a physical unit of that name ("tấn", "cái").
    /// </summary>
    /// <param name="symbol">The unit as written.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> is empty.</exception>
    public static Unit Parse(string symbol)
    {
        Preconditions.CheckNotNull(symbol);
        var s = symbol.Trim();
        Preconditions.CheckArgument(s.Length > 0, nameof(symbol), "A unit cannot be empty: write e.g. \"tỷ đồng\", \"triệu USD\", \"%\" or \"chỉ số\".");
        var folded = VietnameseText.Fold(s);
        foreach (var u in Known)
        {
            if (folded == VietnameseText.Fold(u.Symbol) || folded == VietnameseText.Fold(u.EnglishSymbol))
            {
                return u;
            }
        }

        return folded switch
        {
            "index" or "chi so" or "diem" => Index,
            "ty vnd" or "bn vnd" or "billion dong" => BillionDong,
            "trieu usd" or "mn usd" or "usd mn" => MillionUsd,
            "percent" or "phan tram" => Percent,
            _ => new Unit(s, s, UnitKind.Physical, 1),
        };
    }

    /// <inheritdoc/>
    public bool Equals(Unit? other) => other is not null && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Symbol);

    /// <summary>Returns the Vietnamese symbol.</summary>
    /// <returns>The symbol.</returns>
    public override string ToString() => Symbol;
}
