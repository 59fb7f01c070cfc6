using System.Globalization;
using System.Text;
using Analytics.Internal;

namespace Analytics.Io;

/// <summary>
/// Large panels as long CSV files, read straight into a <see cref="Panel"/> and written back with their growth: the
/// columns <c>series_id,period,value</c> (period <c>yyyy-MM</c>) or <c>series_id,year,month,value</c>, numbers in the
/// invariant culture. Built for national panels of millions of rows; every problem is still located by row and column.
/// </summary>
public static class PanelCsv
{
    /// <summary>Returns whether a header line is the long panel layout.</summary>
    /// <param name="header">The first line of a file.</param>
    /// <returns><see langword="true"/> for <c>series_id,period,value</c> or <c>series_id,year,month,value</c>.</returns>
    public static bool IsPanelHeader(string header)
    {
        var columns = (header ?? string.Empty).Trim().TrimStart('\uFEFF').ToLowerInvariant().Split(',').Select(c => c.Trim()).ToArray();
        return columns.SequenceEqual(["series_id", "period", "value"]) || columns.SequenceEqual(["series_id", "year", "month", "value"]);
    }

    /// <summary>Reads a long panel file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The panel (null when the file has errors) and the problems found (at most 100 are listed).</returns>
    public static (Panel? Panel, IReadOnlyList<InputProblem> Problems) Read(string path)
    {
        Preconditions.CheckNotNull(path);
        var problems = new List<InputProblem>();
        void Error(int line, string? column, string message, string fix)
        {
            if (problems.Count < 100)
            {
                problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, line, column), message, fix));
            }
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var keys = new List<SeriesKey>();
        var seriesOf = new List<int>();
        var monthOf = new List<int>();
        var values = new List<double>();
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 20))
        {
            var header = reader.ReadLine() ?? string.Empty;
            if (!IsPanelHeader(header))
            {
                Error(1, null, $"the header '{header}' is not a panel layout.", "write series_id,period,value (period yyyy-MM) or series_id,year,month,value.");
                return (null, problems);
            }

            var yearMonth = header.Split(',').Length == 4;
            var line = 1;
            while (reader.ReadLine() is { } text)
            {
                line++;
                if (text.Length == 0)
                {
                    continue;
                }

                var s = text.AsSpan();
                var c1 = s.IndexOf(',');
                var rest = c1 < 0 ? ReadOnlySpan<char>.Empty : s[(c1 + 1)..];
                var c2 = rest.IndexOf(',');
                if (c1 < 0 || c2 < 0)
                {
                    Error(line, null, $"the row '{text}' has too few cells.", "give every row series_id, period and value.");
                    continue;
                }

                var id = s[..c1];
                int monthIndex;
                ReadOnlySpan<char> valueText;
                if (yearMonth)
                {
                    var rest2 = rest[(c2 + 1)..];
                    var c3 = rest2.IndexOf(',');
                    if (c3 < 0 || !int.TryParse(rest[..c2], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !int.TryParse(rest2[..c3], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12 || y is < Period.MinYear or > Period.MaxYear)
                    {
                        Error(line, "year", $"'{text}' does not start with a series, a year and a month 1–12.", "write e.g. A01,2023,9,123.4.");
                        continue;
                    }

                    monthIndex = (y * 12) + m - 1;
                    valueText = rest2[(c3 + 1)..];
                }
                else
                {
                    var periodText = rest[..c2];
                    if (periodText.Length != 7 || periodText[4] != '-' || !int.TryParse(periodText[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !int.TryParse(periodText[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
                    {
                        Error(line, "period", $"'{periodText}' is not a month.", "write the month as yyyy-MM, e.g. 2023-09.");
                        continue;
                    }

                    monthIndex = (y * 12) + m - 1;
                    valueText = rest[(c2 + 1)..];
                }

                double v;
                if (valueText.IsEmpty)
                {
                    v = double.NaN;
                }
                else if (!double.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out v))
                {
                    Error(line, "value", $"'{valueText}' is not a number.", "write digits with '.' for decimals, or leave the cell empty when unknown.");
                    continue;
                }

                if (!lookup.TryGetValue(id, out var index))
                {
                    var name = id.ToString();
                    ids[name] = index = keys.Count;
                    keys.Add(new SeriesKey(name, string.Empty));
                }

                seriesOf.Add(index);
                monthOf.Add(monthIndex);
                values.Add(v);
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        if (values.Count == 0)
        {
            Error(1, null, "the file has a header but no rows.", "add one row per series and month.");
            return (null, problems);
        }

        var first = monthOf.Min();
        var months = monthOf.Max() - first + 1;
        var data = new double[keys.Count * months];
        Array.Fill(data, double.NaN);
        var seen = new bool[data.Length];
        for (var i = 0; i < values.Count; i++)
        {
            var cell = (seriesOf[i] * months) + (monthOf[i] - first);
            if (seen[cell])
            {
                Error(0, null, $"{keys[seriesOf[i]].Indicator} has two rows for {Period.FromMonthIndex(monthOf[i])}.", "keep one row per series and month.");
                continue;
            }

            seen[cell] = true;
            data[cell] = values[i];
        }

        return problems.Count > 0 ? (null, problems) : (new Panel(Period.FromMonthIndex(first), months, keys, data), problems);
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
        Span<char> buffer = stackalloc char[64];
        var t = panel.MonthCount;
        for (var s = 0; s < panel.SeriesCount; s++)
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

                writer.Write(id);
                writer.Write(',');
                writer.Write(periods[k]);
                Cell(writer, row[k], buffer);
                Cell(writer, mom[k], buffer);
                Cell(writer, yoy[k], buffer);
                Cell(writer, cum[k], buffer);
                Cell(writer, ytd[k], buffer);
                writer.Write('\n');
            }
        }
    }

    private static void Cell(TextWriter writer, double v, Span<char> buffer)
    {
        writer.Write(',');
        // Six decimals at most, written in the shortest form that reads back the same ("R" is much faster than a custom format).
        if (!double.IsNaN(v) && Math.Round(v, 6).TryFormat(buffer, out var n, "R", CultureInfo.InvariantCulture))
        {
            writer.Write(buffer[..n]);
        }
    }
}
