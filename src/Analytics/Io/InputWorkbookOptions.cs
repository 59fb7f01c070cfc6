using System.Globalization;
using Analytics.Indicators;

namespace Analytics.Io;

/// <summary>How to read a filled input workbook ("Biểu nhập liệu").</summary>
public sealed record InputWorkbookOptions
{
    /// <summary>Gets the language of the messages: <c>vi</c> (default) or <c>en</c>.</summary>
    public string Language { get; init; } = "vi";

    /// <summary>
    /// Gets the culture of numbers typed as text, when the workbook does not name one on its guide sheet; vi-VN by
    /// default (<c>5.778</c> is five thousand seven hundred and seventy-eight, <c>12,6</c> twelve point six).
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Gets the catalogue that says which indicators are flows (never negative).</summary>
    public IndicatorCatalog Catalog { get; init; } = IndicatorCatalog.Default;
}
