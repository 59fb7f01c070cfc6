using Analytics.Internal;

namespace Analytics.Indicators;

/// <summary>
/// The unit a figure is expressed in, with its Vietnamese symbol as the reports write it ("tỷ đồng") and its
/// English one ("billion VND"). Two units are equal when their Vietnamese symbols are equal.
/// </summary>
public sealed record Unit
{
    private Unit(string symbol, string englishSymbol, UnitKind kind, double scale, string family = "")
    {
        Symbol = symbol;
        EnglishSymbol = englishSymbol;
        Kind = kind;
        Scale = scale;
        Family = family;
    }

    /// <summary>
    /// Gets the family of units a value converts within: "đồng" (triệu, tỷ, nghìn tỷ, triệu tỷ đồng), "USD" (nghìn,
    /// triệu, tỷ USD), or empty for units that convert to no other (%, chỉ số, tấn, chiếc).
    /// </summary>
    public string Family { get; }

    /// <summary>Gets the currency code of a money unit as English text writes it before the number ("VND", "USD"), or empty.</summary>
    public string Currency => Family switch { "đồng" => "VND", "USD" => "USD", _ => string.Empty };

    /// <summary>Gets the English word of a money unit's scale ("billion" for tỷ đồng: "VND 8,321 billion"), or empty.</summary>
    public string EnglishScale => Currency.Length > 0 && EnglishSymbol.EndsWith(" " + Currency, StringComparison.Ordinal) ? EnglishSymbol[..^(Currency.Length + 1)] : string.Empty;

    /// <summary>
    /// Gets a value indicating whether the unit counts whole things one by one ("chiếc", "cái", "con", "bộ", "đôi"), so
    /// that a count estimated to a fraction (124.908,6 chiếc of cars in a GSO workbook) is written without decimals;
    /// "nghìn chiếc" and "triệu cái" are not (241,4 nghìn chiếc is a count of thousands).
    /// </summary>
    public bool IsCount => Kind == UnitKind.Physical && CountWords.Contains(VietnameseText.Fold(Symbol.TrimStart('(', '*', ')', ' ')));

    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal) { "chiec", "cai", "con", "bo", "doi", "qua", "chiec xe", "xe", "nguoi", "luot", "luot khach", "units", "unit", "pieces" };

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
    public static Unit BillionDong { get; } = new("tỷ đồng", "billion VND", UnitKind.Money, 1e9, "đồng");

    /// <summary>Gets millions of đồng ("triệu đồng").</summary>
    public static Unit MillionDong { get; } = new("triệu đồng", "million VND", UnitKind.Money, 1e6, "đồng");

    /// <summary>Gets thousands of billions of đồng ("nghìn tỷ đồng"), as national reports write retail sales.</summary>
    public static Unit ThousandBillionDong { get; } = new("nghìn tỷ đồng", "trillion VND", UnitKind.Money, 1e12, "đồng");

    /// <summary>Gets millions of billions of đồng ("triệu tỷ đồng"), as national reports write a year's retail sales.</summary>
    public static Unit MillionBillionDong { get; } = new("triệu tỷ đồng", "quadrillion VND", UnitKind.Money, 1e15, "đồng");

    /// <summary>Gets thousands of US dollars ("nghìn USD").</summary>
    public static Unit ThousandUsd { get; } = new("nghìn USD", "thousand USD", UnitKind.Money, 1e3, "USD");

    /// <summary>Gets millions of US dollars ("triệu USD"), the unit of exports and imports.</summary>
    public static Unit MillionUsd { get; } = new("triệu USD", "million USD", UnitKind.Money, 1e6, "USD");

    /// <summary>Gets billions of US dollars ("tỷ USD").</summary>
    public static Unit BillionUsd { get; } = new("tỷ USD", "billion USD", UnitKind.Money, 1e9, "USD");

    /// <summary>Gets the percent ("%").</summary>
    public static Unit Percent { get; } = new("%", "%", UnitKind.Percent, 1);

    /// <summary>Gets an index number ("chỉ số"), such as the IIP.</summary>
    public static Unit Index { get; } = new("chỉ số", "index", UnitKind.Index, 1);

    private static readonly Unit[] Known = [BillionDong, MillionDong, ThousandBillionDong, MillionBillionDong, ThousandUsd, MillionUsd, BillionUsd, Percent, Index];

    /// <summary>Gets the units of a family from the smallest to the largest ("triệu đồng" … "triệu tỷ đồng"); empty for a unit of no family.</summary>
    /// <param name="family">The family ("đồng" or "USD").</param>
    /// <returns>The units.</returns>
    public static IReadOnlyList<Unit> OfFamily(string family)
        => [.. Known.Where(u => u.Family.Length > 0 && string.Equals(u.Family, FamilyName(family), StringComparison.Ordinal)).OrderBy(u => u.Scale)];

    /// <summary>Returns the family named by a style ("đồng", "dong", "VND" → "đồng"; "USD" → "USD"), or the name itself.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The family's name.</returns>
    public static string FamilyName(string name)
        => VietnameseText.Fold((name ?? string.Empty).Trim()) switch
        {
            "dong" or "vnd" => "đồng",
            "usd" or "dollar" => "USD",
            _ => (name ?? string.Empty).Trim(),
        };

    /// <summary>Whether a value in this unit can be written in another (both of one family: tỷ đồng and nghìn tỷ đồng).</summary>
    /// <param name="other">The other unit.</param>
    /// <returns><see langword="true"/> for the same unit or one of the same family.</returns>
    public bool ConvertsTo(Unit other)
        => other is not null && (Equals(other) || (Family.Length > 0 && string.Equals(Family, other.Family, StringComparison.Ordinal)));

    /// <summary>Converts a value in this unit to another of its family: 535,8 nghìn tỷ đồng is 535.800 tỷ đồng.</summary>
    /// <param name="value">The value in this unit.</param>
    /// <param name="target">The unit wanted.</param>
    /// <returns>The value in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentException">The units are of different families.</exception>
    public double ConvertTo(double value, Unit target)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckArgument(ConvertsTo(target), nameof(target), $"A value in '{Symbol}' cannot be written in '{target.Symbol}': they measure different things.");
        if (Equals(target) || double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        // On the decimal value where it fits, so that 535,8 nghìn tỷ is 535.800 tỷ and not 535.799,99999999994.
        return Math.Abs(value) < 1e15
            ? (double)((decimal)Scale / (decimal)target.Scale * new decimal(value))
            : value * (Scale / target.Scale);
    }

    /// <summary>
    /// The decimals a value written with <paramref name="decimals"/> decimals in this unit has in <paramref name="target"/>:
    /// 535,8 nghìn tỷ (1) is 535.800 tỷ (0); 34.050 triệu USD (0) is 34,050 tỷ USD (3). −1 stays −1 (unknown).
    /// </summary>
    /// <param name="decimals">The decimals in this unit, or −1 when unknown.</param>
    /// <param name="target">The unit converted to.</param>
    /// <returns>The decimals in the target unit (never below 0 when known).</returns>
    public int DecimalsIn(int decimals, Unit target)
    {
        Preconditions.CheckNotNull(target);
        if (decimals < 0 || !ConvertsTo(target) || Equals(target))
        {
            return decimals;
        }

        var shift = (int)Math.Round(Math.Log10(target.Scale / Scale));
        return Math.Max(0, decimals + shift);
    }

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
            "ty vnd" or "bn vnd" or "billion dong" or "ty d" => BillionDong,
            "trieu vnd" or "trieu d" => MillionDong,
            "nghin ty vnd" or "ngan ty dong" or "nghin ty d" or "trillion dong" => ThousandBillionDong,
            "trieu ty vnd" or "trieu ty d" => MillionBillionDong,
            "ngan usd" or "nghin do la my" => ThousandUsd,
            "trieu usd" or "mn usd" or "usd mn" or "trieu do la my" => MillionUsd,
            "ty do la my" or "bn usd" or "usd bn" => BillionUsd,
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
