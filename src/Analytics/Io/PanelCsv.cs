using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;
using Analytics.Growth;

namespace Analytics.Io;

/// <summary>
/// Large panels as long CSV files, read straight into a <see cref="Panel"/> and written back with their growth: the
/// columns <c>series_id,period,value</c> (period <c>yyyy-MM</c>) or <c>series_id,year,month,value</c>, numbers in the
/// invariant culture. Reading is <see cref="LongSeriesFormat"/>'s, the one reader of the long format.
/// </summary>
public static class PanelCsv
{
    /// <summary>Returns whether a header line is the long panel layout.</summary>
    /// <param name="header">The first line of a file.</param>
    /// <returns><see langword="true"/> for <c>series_id,period,value</c> or <c>series_id,year,month,value</c> (see <see cref="LongSeriesFormat.IsLongSeriesHeader"/>).</returns>
    public static bool IsPanelHeader(string header) => LongSeriesFormat.IsLongSeriesHeader(header);

    /// <summary>Reads a long panel file with invariant numbers; a thin wrapper over <see cref="LongSeriesFormat.Read"/>, which it will give way to.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The panel (null when the file has errors) and the problems found (at most 100 are listed).</returns>
    public static (Panel? Panel, IReadOnlyList<InputProblem> Problems) Read(string path)
    {
        var result = LongSeriesFormat.Read(path);
        return (result.HasErrors ? null : result.Value, result.Problems);
    }

    /// <summary>
    /// Writes a panel with its growth: <c>series_id,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct</c>, one row per
    /// series and month that has a value; a missing figure is an empty cell.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="growth">Its growth, from <see cref="PanelGrowth.Compute"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteGrowth(Panel panel, PanelGrowthResult growth, TextWriter writer)
    {
        Preconditions.CheckNotNull(panel);
        Preconditions.CheckNotNull(growth);
        Preconditions.CheckNotNull(writer);
        writer.Write("series_id,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct\n");
        var periods = Enumerable.Range(0, panel.MonthCount).Select(t => panel.Start.PlusMonths(t).ToString()).ToArray();

        // Formatting numbers is the cost: blocks of series are formatted on every core, then written in order.
        const int block = 250;
        var workers = Math.Max(1, Environment.ProcessorCount);
        var buffers = new StringBuilder[workers];
        var blocks = (panel.SeriesCount + block - 1) / block;
        for (var b0 = 0; b0 < blocks; b0 += workers)
        {
            var count = Math.Min(workers, blocks - b0);
            Parallel.For(0, count, j =>
            {
                var sb = buffers[j] ??= new StringBuilder(1 << 22);
                sb.Clear();
                var from = (b0 + j) * block;
                FormatSeries(panel, growth, periods, from, Math.Min(panel.SeriesCount, from + block), sb);
            });
            for (var j = 0; j < count; j++)
            {
                writer.Write(buffers[j]);
            }
        }
    }

    private static void FormatSeries(Panel panel, PanelGrowthResult growth, string[] periods, int from, int to, StringBuilder sb)
    {
        Span<char> buffer = stackalloc char[64];
        var t = panel.MonthCount;
        for (var s = from; s < to; s++)
        {
            var row = panel.Row(s);
            var mom = growth.MonthOnMonth.Row(s);
            var yoy = growth.YearOnYear.Row(s);
            var cum = growth.CumulativeSum.Row(s);
            var ytd = growth.CumulativeGrowth.Row(s);
            var id = InterchangeFormat.Quote(panel.Keys[s].Indicator);
            for (var k = 0; k < t; k++)
            {
                if (double.IsNaN(row[k]))
                {
                    continue;
                }

                sb.Append(id).Append(',').Append(periods[k]);
                Cell(sb, row[k], buffer);
                Cell(sb, mom[k], buffer);
                Cell(sb, yoy[k], buffer);
                Cell(sb, cum[k], buffer);
                Cell(sb, ytd[k], buffer);
                sb.Append('\n');
            }
        }
    }

    private static void Cell(StringBuilder sb, double v, Span<char> buffer)
    {
        sb.Append(',');
        // Six decimals at most, written in the shortest form that reads back the same ("R" is much faster than a custom format).
        if (!double.IsNaN(v) && Math.Round(v, 6).TryFormat(buffer, out var n, "R", CultureInfo.InvariantCulture))
        {
            sb.Append(buffer[..n]);
        }
    }
}
