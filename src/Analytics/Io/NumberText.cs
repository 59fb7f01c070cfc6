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
    public static Parsed Parse(string? text, CultureInfo culture, bool isRate)
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
                return Fail($"'{text}' is a bound, and only growth rates and shares may be bounds.", "write the value itself, or leave the cell empty when it is unknown.");
            }

            bound = s[0] == '>' ? RateBound.GreaterThan : RateBound.LessThan;
            s = s[1..].TrimStart();
        }

        if (s.EndsWith("%%", StringComparison.Ordinal))
        {
            return Fail($"'{text}' has two percent signs.", $"write {s.TrimEnd('%')} or {s.TrimEnd('%')}%.");
        }

        if (s.EndsWith('%'))
        {
            if (!isRate)
            {
                return Fail($"'{text}' is a percentage in a value column.", "put rates in mom_pct, yoy_pct or share_pct, and the value with its unit in value and unit.");
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
            return Fail($"'{text}' is not a number.", "write digits only (a '-' for a fall), or leave the cell empty when the figure is unknown.");
        }

        var invariant = culture.Equals(CultureInfo.InvariantCulture);
        var dec = invariant ? '.' : culture.NumberFormat.NumberDecimalSeparator[0];
        var grp = invariant ? '\0' : culture.NumberFormat.NumberGroupSeparator.FirstOrDefault();
        var name = invariant ? "invariant" : culture.Name;
        var rule = invariant
            ? "the invariant culture writes decimals with '.' and no thousands separator (72007, 12.6)"
            : $"{name} writes thousands with '{grp}' in groups of three and decimals with '{dec}' ({(1234567.8).ToString("#,0.0", culture)})";

        var decimalAt = s.IndexOf(dec, StringComparison.Ordinal);
        if (decimalAt >= 0 && s.IndexOf(dec, decimalAt + 1) >= 0)
        {
            return Fail($"'{text}' has the decimal separator '{dec}' twice: {rule}.", OtherCultureHint(invariant, dec));
        }

        var intPart = decimalAt >= 0 ? s[..decimalAt] : s;
        var frac = decimalAt >= 0 ? s[(decimalAt + 1)..] : string.Empty;
        if (frac.Any(c => !char.IsAsciiDigit(c)))
        {
            return Fail($"'{text}' mixes separators: {rule}.", OtherCultureHint(invariant, dec));
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
                return Fail($"'{text}' is not a number in this file's culture: {rule}.", OtherCultureHint(invariant, dec));
            }

            intPart = intPart.Replace(grp.ToString(), string.Empty, StringComparison.Ordinal);
        }

        if (intPart.Length == 0 || (decimalAt >= 0 && frac.Length == 0))
        {
            return Fail($"'{text}' is not a complete number.", "write digits before and after the decimal separator (0.5, not .5 or 5.).");
        }

        var v = double.Parse(frac.Length > 0 ? intPart + "." + frac : intPart, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Parsed(negative ? -v : v, frac.Length, bound, null, null);

        static Parsed Fail(string error, string fix) => new(double.NaN, -1, RateBound.Exact, error, fix);
    }

    private static string OtherCultureHint(bool invariant, char dec)
        => invariant
            ? "if the file uses Vietnamese conventions (72.007; 12,6), read it with --culture vi-VN; otherwise write decimals with '.' and no thousands separator."
            : dec == ','
                ? "write the number as this culture does (72.007; 12,6), or read the file with --culture invariant if it writes decimals with '.'."
                : "write the number as this culture does (72,007; 12.6), or read the file with the culture it was written in.";
}
