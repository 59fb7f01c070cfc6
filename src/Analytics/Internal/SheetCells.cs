using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Internal;

/// <summary>
/// The one reader of worksheet cells under every xlsx reader of the library (the GSO importer's grid, the interchange
/// workbook, plans): a forward-only pass over a worksheet part that places each cell by its reference, and, where the
/// reference is left out (the file format allows it), places a row after the previous row and a cell in the column
/// after the previous cell of its row. Rows and columns are 1-based, as Excel shows them.
/// </summary>
internal static class SheetCells
{
    /// <summary>The most rows a sheet is read with (100,000): a province's or the GSO's monthly tables have hundreds.</summary>
    internal const int MaxRows = 100_000;

    /// <summary>Reads every cell (and, when asked, every merged range) of a worksheet part in document order.</summary>
    /// <param name="part">The worksheet part.</param>
    /// <param name="cell">Called with the row, the column and the cell.</param>
    /// <param name="merged">Called with each merged range as (first row, first column, last row, last column); null to skip them.</param>
    /// <param name="maxRow">The last row read; a cell below it stops the reading with an error naming the limit.</param>
    /// <exception cref="InvalidDataException">A cell lies below <paramref name="maxRow"/>.</exception>
    internal static void Read(WorksheetPart part, Action<int, int, S.Cell> cell, Action<int, int, int, int>? merged = null, int maxRow = MaxRows)
    {
        using var reader = OpenXmlReader.Create(part);
        var row = 0;
        var col = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(S.Row))
            {
                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                row = r is not null && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var rr) && rr > 0 ? rr : row + 1;
                col = 0;
            }
            else if (reader.ElementType == typeof(S.Cell))
            {
                var c = (S.Cell)reader.LoadCurrentElement()!;
                var (cr, cc) = Reference(c.CellReference?.Value);
                if (cc == 0)
                {
                    cc = col + 1;
                }

                col = cc;
                var at = cr > 0 ? cr : row;
                if (at > maxRow)
                {
                    // Streaming stops here: a sheet of a million rows is refused in the time it takes to reach the limit.
                    throw new InvalidDataException($"the sheet has cells below row {maxRow.ToString("N0", CultureInfo.InvariantCulture)}, the most rows a sheet is read with (a million-row sheet is not a table of monthly statistics; give a store that large as CSV or Parquet)");
                }

                cell(at, cc, c);
            }
            else if (merged is not null && reader.ElementType == typeof(S.MergeCell))
            {
                var m = (S.MergeCell)reader.LoadCurrentElement()!;
                var refs = (m.Reference?.Value ?? string.Empty).Split(':');
                if (refs.Length == 2)
                {
                    var (r1, c1) = Reference(refs[0]);
                    var (r2, c2) = Reference(refs[1]);
                    if (r1 > 0 && c1 > 0 && r2 >= r1 && c2 >= c1)
                    {
                        merged(r1, c1, r2, c2);
                    }
                }
            }
        }
    }

    /// <summary>The shared strings of a workbook, in order.</summary>
    /// <param name="workbook">The workbook part.</param>
    /// <returns>The strings.</returns>
    internal static IReadOnlyList<string> SharedStrings(WorkbookPart workbook)
        => workbook.SharedStringTablePart?.SharedStringTable?.Elements<S.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

    /// <summary>The type of <paramref name="cell"/> (its <c>t</c> attribute), or null when it has none.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The type.</returns>
    /// <exception cref="InvalidDataException">The type is not one the file format knows: the cell and the type are named.</exception>
    internal static S.CellValues? TypeOf(S.Cell cell)
    {
        Preconditions.CheckNotNull(cell);
        return cell.DataType is not { } t ? null
            : t.HasValue ? t.Value
            : throw new InvalidDataException($"cell {cell.CellReference?.Value ?? "?"} has the type '{t.InnerText}', which the xlsx format does not know");
    }

    /// <summary>The style index of <paramref name="cell"/> (its <c>s</c> attribute), 0 when it has none.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The index into the workbook's cell formats.</returns>
    /// <exception cref="InvalidDataException">The attribute is not a whole number: the cell is named.</exception>
    internal static uint StyleOf(S.Cell cell)
    {
        Preconditions.CheckNotNull(cell);
        return cell.StyleIndex is not { } s ? 0
            : s.HasValue ? s.Value
            : throw new InvalidDataException($"cell {cell.CellReference?.Value ?? "?"} has the style '{s.InnerText}', which is not a style number");
    }

    /// <summary>The text of a cell that holds text (inline, shared or a formula's string), or null when it holds a number or nothing.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="shared">The workbook's shared strings.</param>
    /// <returns>The text, or null.</returns>
    internal static string? Text(S.Cell cell, IReadOnlyList<string> shared)
    {
        var type = TypeOf(cell);
        if (type == S.CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text;
        if (type == S.CellValues.SharedString)
        {
            return raw is not null && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        return type == S.CellValues.String || type == S.CellValues.Error || type == S.CellValues.Boolean ? raw ?? string.Empty : null;
    }

    /// <summary>A cell's reference split into its row and column (<c>B12</c> → (12, 2)); 0 for a part that is missing.</summary>
    /// <param name="reference">The reference, e.g. <c>AA3</c>.</param>
    /// <returns>The row and the column.</returns>
    internal static (int Row, int Col) Reference(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return (0, 0);
        }

        var col = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && col <= 100_000; i++)
        {
            col = (col * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return (int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0, col);
    }

    /// <summary>Excel's name of a column: 1 → A, 27 → AA.</summary>
    /// <param name="col">The 1-based column.</param>
    /// <returns>The name.</returns>
    internal static string ColumnName(int col)
    {
        var s = string.Empty;
        for (var i = col; i > 0; i = (i - 1) / 26)
        {
            s = (char)('A' + ((i - 1) % 26)) + s;
        }

        return s;
    }
}
