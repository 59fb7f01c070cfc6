using Microsoft.Data.Analysis;
using Analytics.Growth;
using Analytics.Tables;

namespace Analytics.Interop;

/// <summary>Hands report tables and growth tables on to Microsoft.Data.Analysis as <see cref="DataFrame"/>s.</summary>
public static class DataFrameExport
{
    /// <summary>
    /// Converts a report table: a text column per label and unit, a nullable double column per numeric column. A
    /// missing figure is null; a bound (a text cell such as "&gt;200") is null in its numeric column and kept in the
    /// <c>Notes</c> column.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <returns>The data frame.</returns>
    public static DataFrame ToDataFrame(this ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn(table.Columns[0], table.Rows.Select(r => r.Label)),
            new StringDataFrameColumn(table.Columns[1], table.Rows.Select(r => r.Unit)),
            new Int32DataFrameColumn("Level", table.Rows.Select(r => r.Level)),
        };
        for (var i = 2; i < table.Columns.Count; i++)
        {
            var k = i - 2;
            columns.Add(new DoubleDataFrameColumn(table.Columns[i], table.Rows.Select(r => r.Cells[k].IsNumber ? r.Cells[k].Value : (double?)null)));
        }

        columns.Add(new StringDataFrameColumn("Notes", table.Rows.Select(r => string.Join("; ", r.Cells.Select((c, j) => c.Text is null ? null : $"{table.Columns[j + 2]}: {c.Text}").Where(s => s is not null)))));
        return new DataFrame(columns);
    }

    /// <summary>
    /// Converts growth rows: indicator, breakdown, period, value and each figure (null where missing) with its origin.
    /// </summary>
    /// <param name="rows">The rows of <see cref="GrowthTable.Compute"/>.</param>
    /// <returns>The data frame.</returns>
    public static DataFrame ToDataFrame(this IEnumerable<GrowthRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        static double? N(double v) => double.IsNaN(v) ? null : v;
        static string O(Figure f) => f.IsMissing ? f.Reason.ToString() : f.Origin.ToString();
        return new DataFrame(
            new StringDataFrameColumn("indicator", list.Select(r => r.Key.Indicator)),
            new StringDataFrameColumn("breakdown", list.Select(r => r.Key.Breakdown)),
            new StringDataFrameColumn("period", list.Select(r => r.Period.ToString())),
            new DoubleDataFrameColumn("value", list.Select(r => N(r.Value))),
            new DoubleDataFrameColumn("mom_pct", list.Select(r => N(r.MonthOnMonth.Value))),
            new DoubleDataFrameColumn("yoy_pct", list.Select(r => N(r.YearOnYear.Value))),
            new DoubleDataFrameColumn("ytd_value", list.Select(r => N(r.CumulativeValue.Value))),
            new DoubleDataFrameColumn("ytd_yoy_pct", list.Select(r => N(r.CumulativeGrowth.Value))),
            new StringDataFrameColumn("mom_origin", list.Select(r => O(r.MonthOnMonth))),
            new StringDataFrameColumn("yoy_origin", list.Select(r => O(r.YearOnYear))),
            new StringDataFrameColumn("ytd_yoy_origin", list.Select(r => O(r.CumulativeGrowth))));
    }
}
