using System.Globalization;
using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// Reads numbers as economists write them, under one explicit culture, and refuses anything ambiguous rather than
/// guess. The invariant culture takes '.' for decimals and no thousands separator (<c>72007</c>, <c>12.6</c>);
/// vi-VN takes '.' for thousands in groups of three and ',' for decimals (<c>72.007</c>, <c>12,6</c>); en-US the
/// reverse (<c>72,007</c>, <c>12.6</c>).
/// </summary>
public static class NumberText
{
    /// <summary>The outcome of reading one cell.</summary>
    /// <param name="Value">The number, NaN when the cell is empty or invalid.</param>
    /// <param name="Decimals">The decimals written, or -1.</param>
    /// <param name="Bound">Whether the cell states a bound (<c>&gt;100</c>).</param>
    /// <param name="Error">What is wrong, or null when the cell is fine.</param>
    /// <param name="Fix">How to fix it, or null.</param>
    public readonly record struct Parsed(double Value, int Decimals, RateBound Bound, string? Error, string? Fix)
    {
        /// <summary>Gets a value indicating whether the cell was read.</summary>
        public bool IsOk => Error is null;
    }

    /// <summary>Reads one cell. An empty cell is a missing number (NaN), not an error.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="culture">The culture the file is written in.</param>
    /// <param name="isRate">Whether the cell is a rate, which may end with '%' and may be a bound (<c>&gt;100</c>).</param>
    /// <returns>The number, or an error with its fix.</returns>
    /// <remarks>
    /// Under the invariant culture a number written like Vietnamese thousands (<c>72.007</c>, <c>2.032</c>: one to three
    /// digits, then groups of three) is refused, since a comma-decimal export writes 72007 so and nothing in one cell
    /// says which was meant; a reader that sees '.'-decimals elsewhere in the same file settles it (see the interchange
    /// reader). Under a culture that groups with '.', a leading zero group (<c>0.500</c>) is refused: no one writes 500
    /// so, it is 0.5 with the wrong separator. A number too large for a double, or so small it would read as 0, is
    /// refused rather than read as ∞ or 0.
    /// </remarks>
    public static Parsed Parse(string? text, CultureInfo culture, bool isRate) => Parse(text, culture, isRate, dotGroupsAreDecimals: false);

    /// <summary>Reads one cell; <paramref name="dotGroupsAreDecimals"/> says the file has shown '.'-decimals elsewhere, so <c>2.032</c> is 2.032 under the invariant culture.</summary>
    internal static Parsed Parse(string? text, CultureInfo culture, bool isRate, bool dotGroupsAreDecimals)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var s = (text ?? string.Empty).Trim().Replace('\u2212', '-').Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return new Parsed(double.NaN, -1, RateBound.Exact, null, null);
        }

        var bound = RateBound.Exact;
        if (s[0] is '>' or '<')
        {
            if (!isRate)
            {
                return Fail($"'{Shorten(text)}' is a bound, and only growth rates and shares may be bounds.", "write the value itself, or leave the cell empty when it is unknown.");
            }

            bound = s[0] == '>' ? RateBound.GreaterThan : RateBound.LessThan;
            s = s[1..].TrimStart();
        }

        if (s.EndsWith("%%", StringComparison.Ordinal))
        {
            return Fail($"'{Shorten(text)}' has two percent signs.", $"write {s.TrimEnd('%')} or {s.TrimEnd('%')}%.");
        }

        if (s.EndsWith('%'))
        {
            if (!isRate)
            {
                return Fail($"'{Shorten(text)}' is a percentage in a value column.", "put rates in mom_pct, yoy_pct or share_pct, and the value with its unit in value and unit.");
            }

            s = s[..^1].TrimEnd();
        }

        var negative = false;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.Length == 0 || s.Any(c => !char.IsAsciiDigit(c) && c != '.' && c != ','))
        {
            return Fail($"'{Shorten(text)}' is not a number.", "write digits only (a '-' for a fall), or leave the cell empty when the figure is unknown.");
        }

        var invariant = culture.Equals(CultureInfo.InvariantCulture);
        var dec = invariant ? '.' : culture.NumberFormat.NumberDecimalSeparator[0];
        var grp = invariant ? '\0' : culture.NumberFormat.NumberGroupSeparator.FirstOrDefault();
        var name = invariant ? "invariant" : culture.Name;
        var rule = invariant
            ? "the invariant culture writes decimals with '.' and no thousands separator (72007, 12.6)"
            : $"{name} writes thousands with '{grp}' in groups of three and decimals with '{dec}' ({(1234567.8).ToString("#,0.0", culture)})";

        if (invariant && !dotGroupsAreDecimals && IsDotGrouped(s))
        {
            var asThousands = s.Replace(".", string.Empty, StringComparison.Ordinal);
            return Fail(
                $"'{Shorten(text)}' reads as {s} with '.' for decimals but as {asThousands} with '.' for thousands, as a Vietnamese Excel export writes it, and nothing else in the file says which.",
                "if the file writes thousands with '.' (72.007; 12,6), read it with --culture vi-VN; if the '.' is a decimal point, read it with --culture en-US, or write the value in another unit.");
        }

        var decimalAt = s.IndexOf(dec, StringComparison.Ordinal);
        if (decimalAt >= 0 && s.IndexOf(dec, decimalAt + 1) >= 0)
        {
            return Fail($"'{Shorten(text)}' has the decimal separator '{dec}' twice: {rule}.", OtherCultureHint(invariant, dec));
        }

        var intPart = decimalAt >= 0 ? s[..decimalAt] : s;
        var frac = decimalAt >= 0 ? s[(decimalAt + 1)..] : string.Empty;
        if (frac.Any(c => !char.IsAsciiDigit(c)))
        {
            return Fail($"'{Shorten(text)}' mixes separators: {rule}.", OtherCultureHint(invariant, dec));
        }

        if (intPart.Any(c => !char.IsAsciiDigit(c)))
        {
            var groups = grp == '\0' ? null : intPart.Split(grp);
            var valid = groups is not null
                && intPart.All(c => char.IsAsciiDigit(c) || c == grp)
                && groups[0].Length is >= 1 and <= 3
                && groups.Skip(1).All(g => g.Length == 3);
            if (!valid)
            {
                return Fail($"'{Shorten(text)}' is not a number in this file's culture: {rule}.", OtherCultureHint(invariant, dec));
            }

            if (groups![0].All(c => c == '0'))
            {
                return Fail(
                    $"'{Shorten(text)}' puts a thousands separator '{grp}' after a leading zero, which no one writes in {name} (it would read as {intPart.Replace(grp.ToString(), string.Empty, StringComparison.Ordinal).TrimStart('0')}); it is probably a fraction written with '{grp}' for decimals.",
                    $"write the fraction with '{dec}' ({(0.5).ToString("0.0", culture)}), or read the file with --culture invariant if it writes decimals with '.'.");
            }

            intPart = intPart.Replace(grp.ToString(), string.Empty, StringComparison.Ordinal);
        }

        if (intPart.Length == 0 || (decimalAt >= 0 && frac.Length == 0))
        {
            return Fail($"'{Shorten(text)}' is not a complete number.", "write digits before and after the decimal separator (0.5, not .5 or 5.).");
        }

        var v = double.Parse(frac.Length > 0 ? intPart + "." + frac : intPart, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (double.IsInfinity(v))
        {
            return Fail($"'{Shorten(text)}' has {intPart.Length} digits before the decimal separator, too large to be a figure.", "check the number of digits; write the value in a larger unit if it is right.");
        }

        if (v == 0 && (intPart.Any(c => c != '0') || frac.Any(c => c != '0')))
        {
            return Fail($"'{Shorten(text)}' is too small to be told from zero.", "check the number of zeros after the decimal separator; write the value in a smaller unit if it is right.");
        }

        return new Parsed(negative ? -v : v, frac.Length, bound, null, null);

        static Parsed Fail(string error, string fix) => new(double.NaN, -1, RateBound.Exact, error, fix);
    }

    /// <summary>Whether an unsigned number is one to three digits then groups of three after '.' (72.007, 1.234.567) and nothing else.</summary>
    internal static bool IsDotGrouped(ReadOnlySpan<char> s)
    {
        var dot = s.IndexOf('.');
        if (dot is < 1 or > 3)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var groupPosition = (i - dot) % 4;
            if (i < dot ? !char.IsAsciiDigit(s[i]) : groupPosition == 0 ? s[i] != '.' : !char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return (s.Length - dot) % 4 == 0;
    }

    private static string Shorten(string? text)
        => text is { Length: > 40 } ? text[..20] + "…" + text[^10..] : text ?? string.Empty;

    private static string OtherCultureHint(bool invariant, char dec)
        => invariant
            ? "if the file uses Vietnamese conventions (72.007; 12,6), read it with --culture vi-VN; otherwise write decimals with '.' and no thousands separator."
            : dec == ','
                ? "write the number as this culture does (72.007; 12,6), or read the file with --culture invariant if it writes decimals with '.'."
                : "write the number as this culture does (72,007; 12.6), or read the file with the culture it was written in.";
}
