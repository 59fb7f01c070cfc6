using System.Globalization;

namespace Analytics.Observations;

/// <summary>
/// A growth rate in percent as a source states it, with the number of decimals it was written with (so the audit
/// knows its rounding) and whether it is only a bound. <see cref="None"/> when the source states no rate.
/// </summary>
/// <param name="Percent">The rate in percent (12.6 for +12,6%), or NaN when none is stated.</param>
/// <param name="Decimals">The decimals the source wrote (1 for 12,6), or -1 when unknown.</param>
/// <param name="Bound">Whether the source states the value or only a bound.</param>
public readonly record struct StatedRate(double Percent, int Decimals, RateBound Bound = RateBound.Exact)
{
    /// <summary>Gets the absence of a stated rate.</summary>
    public static StatedRate None { get; } = new(double.NaN, -1);

    /// <summary>Gets a value indicating whether a rate is stated (as a value or a bound).</summary>
    public bool IsStated => !double.IsNaN(Percent);

    /// <summary>Gets a value indicating whether a rate is stated as a value (not a bound).</summary>
    public bool IsExact => IsStated && Bound == RateBound.Exact;

    /// <summary>Gets half a unit of the last decimal written: the rounding the rate may carry (0.05 for 12,6).</summary>
    public double HalfUnit => Decimals < 0 ? 0 : 0.5 * Math.Pow(10, -Decimals);

    /// <summary>Returns the rate as the interchange format writes it (<c>12.6</c>, <c>&gt;100</c>), or empty.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString()
    {
        if (!IsStated)
        {
            return string.Empty;
        }

        var v = Decimals >= 0
            ? Percent.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : Percent.ToString("R", CultureInfo.InvariantCulture);
        return Bound switch { RateBound.GreaterThan => ">" + v, RateBound.LessThan => "<" + v, _ => v };
    }
}
