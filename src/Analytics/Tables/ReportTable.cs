namespace Analytics.Tables;

/// <summary>
/// A report table in the layout of the reports' annex tables ("Biểu"): indicator, unit, this month, cumulative,
/// % against the previous month, % against the same month, cumulative % against the same period, share; a quarter's,
/// a year's and January's columns as <see cref="AnnexTables.Build"/> says.
/// </summary>
/// <param name="Title">The table's title ("Biểu 1. Công nghiệp").</param>
/// <param name="Columns">The headers of every column, the label and unit first.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Footnote">A note under the table (how rates are shown), or empty.</param>
public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows, string Footnote);
