using System.Globalization;
using Analytics.Internal;

namespace Analytics.Narrative;

/// <summary>
/// Numbers as a report writes them, in an explicit culture: vi-VN gives 72.007 and 12,6; en-US 72,007 and 12.6.
/// A trailing ",0" is dropped unless the style keeps it.
/// </summary>
public static class ReportNumbers
{
    /// <summary>Formats a number with thousands separators and the given decimals.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The decimals (0–6).</param>
    /// <param name="culture">The culture.</param>
    /// <param name="keepTrailingZeros">Whether to keep trailing zeros of the decimals (12,0 rather than 12).</param>
    /// <returns>The text, e.g. "72.007" or "203,4".</returns>
    public static string Format(double value, int decimals, CultureInfo culture, bool keepTrailingZeros = false)
    {
        Preconditions.CheckNotNull(culture);
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 6);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);
        if (!keepTrailingZeros && decimals > 0)
        {
            var sep = culture.NumberFormat.NumberDecimalSeparator;
            text = text.TrimEnd('0');
            if (text.EndsWith(sep, StringComparison.Ordinal))
            {
                text = text[..^sep.Length];
            }
        }

        return text == "-0" ? "0" : text;
    }
}
