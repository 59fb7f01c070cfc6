using System.Globalization;
using System.Text;

namespace Analytics.Observations;

/// <summary>Where a figure or a problem was found: file, sheet (for workbooks), row and column.</summary>
/// <param name="File">The file name as the user gave it.</param>
/// <param name="Row">The 1-based row (line of a CSV file, counting the header), or 0 when not known.</param>
/// <param name="Column">The column name, or null.</param>
/// <param name="Sheet">The sheet of a workbook, or null.</param>
public sealed record SourceLocation(string File, int Row, string? Column = null, string? Sheet = null)
{
    /// <summary>Returns e.g. <c>2023-09.csv, row 12, column yoy_pct</c>.</summary>
    /// <returns>The location in words.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(File);
        if (Sheet is not null)
        {
            sb.Append(", sheet '").Append(Sheet).Append('\'');
        }

        if (Row > 0)
        {
            sb.Append(", row ").Append(Row.ToString(CultureInfo.InvariantCulture));
        }

        if (Column is not null)
        {
            sb.Append(", column ").Append(Column);
        }

        return sb.ToString();
    }
}
