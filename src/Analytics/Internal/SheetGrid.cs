using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Internal;

/// <summary>One cell of a worksheet as read: a number, a text, or nothing.</summary>
internal readonly record struct GridCell(string? Text, double Number)
{
    public bool IsNumber => Text is null && !double.IsNaN(Number);

    public bool IsEmpty => Text is null && double.IsNaN(Number);

    public static GridCell Empty { get; } = new(null, double.NaN);
}

/// <summary>
/// A worksheet read into memory, cell by cell, with its merged ranges, so that a header written once across merged
/// cells is seen by every column it spans. Rows and columns are 1-based, as Excel shows them.
/// </summary>
internal sealed class SheetGrid
{
    private readonly Dictionary<(int Row, int Col), GridCell> _cells;
    private readonly Dictionary<(int Row, int Col), (int Row, int Col)> _mergedOrigin;
    private readonly Dictionary<int, List<int>> _rowColumns;

    /// <summary>The most cells merged ranges are expanded to, in all (200,000); ranges beyond it are read unmerged.</summary>
    internal const long MaxMergedCells = 200_000;

    private SheetGrid(string name, Dictionary<(int, int), GridCell> cells, List<(int R1, int C1, int R2, int C2)> merged)
    {
        Name = name;
        _cells = cells;
        _mergedOrigin = [];
        var budget = MaxMergedCells;
        foreach (var (r1, c1, r2, c2) in merged)
        {
            // Large merges (whole blank bands) carry no header; cap the work they can cause, each and in all (120,000
            // merged ranges would otherwise expand to tens of millions of cells).
            var size = (long)(r2 - r1 + 1) * (c2 - c1 + 1);
            if (size > 400 || (budget -= size) < 0)
            {
                continue;
            }

            for (var r = r1; r <= r2; r++)
            {
                for (var c = c1; c <= c2; c++)
                {
                    if (r != r1 || c != c1)
                    {
                        _mergedOrigin[(r, c)] = (r1, c1);
                    }
                }
            }
        }

        _rowColumns = [];
        foreach (var (r, c) in cells.Keys)
        {
            if (!_rowColumns.TryGetValue(r, out var list))
            {
                _rowColumns[r] = list = [];
            }

            list.Add(c);
        }

        foreach (var list in _rowColumns.Values)
        {
            list.Sort();
        }

        MaxRow = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Item1);
        MaxCol = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Item2);
        MergedCount = merged.Count;
    }

    public string Name { get; }

    public int MaxRow { get; }

    public int MaxCol { get; }

    public int MergedCount { get; }

    /// <summary>The columns of a row that hold a value, in order: scans over a row visit these, not every column to <see cref="MaxCol"/>.</summary>
    public IReadOnlyList<int> ColumnsIn(int row) => _rowColumns.TryGetValue(row, out var list) ? list : [];

    /// <summary>The cell as stored (a merged range's value only in its top-left cell).</summary>
    public GridCell Raw(int row, int col) => _cells.GetValueOrDefault((row, col), GridCell.Empty);

    /// <summary>The cell as the user sees it: inside a merged range, the range's value.</summary>
    public GridCell Seen(int row, int col)
        => _mergedOrigin.TryGetValue((row, col), out var o) ? Raw(o.Row, o.Col) : Raw(row, col);

    /// <summary>The top-left cell of the merged range holding a cell, or the cell itself.</summary>
    public (int Row, int Col) Origin(int row, int col) => _mergedOrigin.TryGetValue((row, col), out var o) ? o : (row, col);

    /// <summary>The text of a cell as seen (numbers written invariantly), or an empty string.</summary>
    public string SeenText(int row, int col)
    {
        var c = Seen(row, col);
        return c.Text ?? (c.IsNumber ? c.Number.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
    }

    /// <summary>Excel's name of a column: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int col) => SheetCells.ColumnName(col);

    /// <summary>Reads one worksheet part with a forward-only reader (fast, little memory).</summary>
    public static SheetGrid Load(string name, WorksheetPart part, IReadOnlyList<string> shared)
    {
        var cells = new Dictionary<(int, int), GridCell>();
        var merged = new List<(int, int, int, int)>();
        SheetCells.Read(
            part,
            (row, col, cell) =>
            {
                var value = Value(cell, shared);
                if (!value.IsEmpty)
                {
                    cells[(row, col)] = value;
                }
            },
            (r1, c1, r2, c2) => merged.Add((r1, c1, r2, c2)));
        return new SheetGrid(name, cells, merged);
    }

    private static GridCell Value(S.Cell cell, IReadOnlyList<string> shared)
    {
        if (SheetCells.Text(cell, shared) is { } text)
        {
            return Text(text);
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return GridCell.Empty;
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? new GridCell(null, d) : Text(raw);
    }

    private static GridCell Text(string? s) => string.IsNullOrWhiteSpace(s) ? GridCell.Empty : new GridCell(s, double.NaN);
}
