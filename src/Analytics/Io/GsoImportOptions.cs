using Analytics.Periods;

namespace Analytics.Io;

/// <summary>Options for <see cref="GsoWorkbook"/>.</summary>
public sealed record GsoImportOptions
{
    /// <summary>
    /// The release (month) the workbook belongs to. Left null, it is read from the tables' headers: the latest month
    /// any of them is about ("Ước tính tháng 9 năm 2023" → 2023-09).
    /// </summary>
    public Period? Release { get; init; }

    /// <summary>The tables to import; all six by default.</summary>
    public IReadOnlySet<GsoTable>? Tables { get; init; }
}
