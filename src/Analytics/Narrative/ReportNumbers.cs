using System.Globalization;
using Analytics.Internal;

namespace Analytics.Narrative;

/// <summary>
/// Numbers as a report writes them, in an explicit culture: vi-VN gives 72.007 and 12,6; en-US 72,007 and 12.6.
/// A trailing ",0" is dropped unless the style keeps it. Every figure is rounded on its decimal value, half away from
/// zero, as statistical offices round: 0,285 is written 0,29 (a binary double holds 0,28499999…, which
/// <see cref="Math.Round(double, int)"/> would make 0,28).
/// </summary>
public static class ReportNumbers
{
    // A decimal holds about 7.9e28; beyond that a double is rounded as it is (no report figure is that large).
    private const double DecimalLimit = 7.9e27;

    /// <summary>
    /// Rounds a number on its decimal value (the double's value to 15 significant digits, the digits a double
    /// carries), half away from zero: 0.285 → 0.29, 100.285 → 100.29, −0.125 → −0.13.
    /// </summary>
    /// <param name="value">The number; NaN and infinities are returned as they are.</param>
    /// <param name="decimals">The decimals (0–15).</param>
    /// <returns>The rounded number.</returns>
    public static double Round(double value, int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 15);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        return Math.Abs(value) < DecimalLimit
            ? (double)Math.Round(new decimal(value), decimals, MidpointRounding.AwayFromZero)
            : Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>Whether a number is zero once rounded to the decimals it is written with (−0,04 at one decimal).</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The decimals it is written with.</param>
    /// <returns>True when it is written as zero.</returns>
    public static bool RoundsToZero(double value, int decimals) => Round(value, decimals) == 0;

    /// <summary>Formats a number with thousands separators and the given decimals, rounded as <see cref="Round"/> does.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The decimals (0–6).</param>
    /// <param name="culture">The culture.</param>
    /// <param name="keepTrailingZeros">Whether to keep trailing zeros of the decimals (12,0 rather than 12).</param>
    /// <returns>The text, e.g. "72.007" or "203,4".</returns>
    public static string Format(double value, int decimals, CultureInfo culture, bool keepTrailingZeros = false)
    {
        Preconditions.CheckNotNull(culture);
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 6);
        var format = "N" + decimals.ToString(CultureInfo.InvariantCulture);
        string text;
        if (!double.IsNaN(value) && !double.IsInfinity(value) && Math.Abs(value) < DecimalLimit)
        {
            var rounded = Math.Round(new decimal(value), decimals, MidpointRounding.AwayFromZero);
            text = (rounded == 0m ? 0m : rounded).ToString(format, culture);
        }
        else
        {
            text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(format, culture);
        }

        if (!keepTrailingZeros && decimals > 0)
        {
            var sep = culture.NumberFormat.NumberDecimalSeparator;
            text = text.TrimEnd('0');
            if (text.EndsWith(sep, StringComparison.Ordinal))
            {
                text = text[..^sep.Length];
            }
        }

        return text == culture.NumberFormat.NegativeSign + "0" ? "0" : text;
    }

    /// <summary>
    /// A value with its unit as the style writes it: converted to the style's unit of its family (535.773 tỷ đồng →
    /// "535,8 nghìn tỷ đồng"), with the decimals its source wrote up to the style's maximum, and the unit as the
    /// language places it ("amount" / "amount.money" templates: "34,05 tỷ USD", "USD 34.05 billion").
    /// </summary>
    /// <summary>
    /// A value in the unit and with the decimals the style writes it in (the sentences, the annex and the plan table
    /// alike): converted to the style's unit of its family, with the decimals its source wrote carried into that unit,
    /// up to the style's maximum. <paramref name="magnitude"/> chooses the unit for "byMagnitude" (a row's or a
    /// sentence's values share the unit of their first), the value itself when null.
    /// </summary>
    internal static (double Value, int Decimals, Analytics.Indicators.Unit? Unit) Scaled(double value, int statedDecimals, Analytics.Indicators.Unit? unit, NarrativeStyle style, double? magnitude = null)
    {
        if (unit is null)
        {
            return (value, style.ValueDecimals(value, statedDecimals), null);
        }

        var target = style.OutputUnit(unit, magnitude ?? value);
        var converted = unit.ConvertTo(value, target);
        return (converted, style.ValueDecimals(converted, unit.DecimalsIn(statedDecimals, target), target), target);
    }

    internal static string Amount(double value, int statedDecimals, Analytics.Indicators.Unit? unit, NarrativeStyle style)
    {
        var culture = style.Culture;
        if (unit is null)
        {
            return PhraseBook.WithUnit(style, Format(value, style.ValueDecimals(value, statedDecimals), culture, style.KeepTrailingZeros), null);
        }

        var (converted, decimals, scaled) = Scaled(value, statedDecimals, unit, style);
        return PhraseBook.WithUnit(style, Format(converted, decimals, culture, style.KeepTrailingZeros), scaled ?? unit);
    }
}
