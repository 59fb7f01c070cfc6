using Analytics.Periods;

namespace Analytics.Io;

/// <summary>What one sheet of a GSO workbook gave: which table it was taken for, and what was left out and why.</summary>
/// <param name="File">The workbook.</param>
/// <param name="Sheet">The sheet's name as Excel shows it.</param>
/// <param name="Table">The table the sheet was recognised as, from its title.</param>
/// <param name="Release">The month of the release the workbook belongs to.</param>
/// <param name="Rows">The rows of figures read.</param>
/// <param name="Observations">The observations made from them.</param>
/// <param name="Ignored">Columns read but not imported, each with its header and the reason (for example "compared with December of last year").</param>
public sealed record GsoSheetSummary(string File, string Sheet, GsoTable Table, Period Release, int Rows, int Observations, IReadOnlyList<string> Ignored);
