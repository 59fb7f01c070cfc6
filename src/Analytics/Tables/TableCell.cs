using System.Globalization;
using Analytics.Narrative;

namespace Analytics.Tables;

/// <summary>One cell of a report table: a number with its decimals, or a text (a bound such as "&gt;200"), or empty.</summary>
/// <param name="Value">The number, NaN when the cell holds no number.</param>
/// <param name="Decimals">The decimals to show.</param>
/// <param name="Text">A text shown instead of a number (a bound), or null.</param>
public readonly record struct TableCell(double Value, int Decimals, string? Text = null)
{
    /// <summary>
    /// Gets the number, rounded on its decimal value to the cell's decimals, half away from zero (100,285 → 100,29), so
    /// that a spreadsheet holds the figure the table shows; NaN when the cell holds no number.
    /// </summary>
    public double Value { get; init; } = ReportNumbers.Round(Value, Math.Clamp(Decimals, 0, 6));

    /// <summary>Gets an empty cell.</summary>
    public static TableCell Empty { get; } = new(double.NaN, 0);

    /// <summary>Gets a value indicating whether the cell holds a number.</summary>
    public bool IsNumber => !double.IsNaN(Value);

    /// <summary>Formats the cell in a culture (72.007 in vi-VN).</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="keepTrailingZeros">Whether to keep trailing zeros of the decimals.</param>
    /// <returns>The text.</returns>
    public string Format(CultureInfo culture, bool keepTrailingZeros = true)
        => Text ?? (IsNumber ? ReportNumbers.Format(Value, Math.Clamp(Decimals, 0, 6), culture, keepTrailingZeros) : string.Empty);
}
