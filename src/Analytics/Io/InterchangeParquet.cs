using Analytics.Internal;
using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// The interchange format as a Parquet file, typed so that DuckDB, pandas, polars, R arrow and Spark read it as it is:
/// text columns <c>indicator, breakdown, period, unit, status, release, dimension, parent, note, source</c>; the period
/// also as integers <c>year</c> and <c>month</c> (the period's last month); <c>value</c>, <c>mom_pct</c>,
/// <c>yoy_pct</c> and <c>share_pct</c> as doubles (null when not stated), each with the decimals it was written with
/// (<c>value_decimals</c>, <c>mom_pct_decimals</c>, ...) and each rate with its bound (<c>mom_pct_bound</c>: empty, &gt; or &lt;),
/// so that nothing the CSV holds is lost.
/// </summary>
/// <remarks>
/// Reading applies every check of the CSV reader, problems located by row (and row group). Only
/// <c>indicator</c>, <c>period</c> and <c>value</c> are required, so that a file written by another tool reads; numbers
/// may be double, float, integer or decimal, or text.
/// </remarks>
public static class InterchangeParquet
{
    /// <summary>The columns a Parquet file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["indicator", "period", "value"];

    private static readonly string[] Rates = ["mom_pct", "yoy_pct", "share_pct"];

    /// <summary>Writes observations to a Parquet file.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="path">The .parquet file to create (overwritten).</param>
    public static void Write(IEnumerable<Observation> observations, string path)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(path);
        var o = observations as IReadOnlyList<Observation> ?? observations.ToList();
        ParquetTable.Write(path, o.Count,
        [
            ParquetTable.Text("indicator", i => o[i].Indicator),
            ParquetTable.Text("breakdown", i => o[i].Breakdown),
            ParquetTable.Text("period", i => o[i].Period.ToString()),
            ParquetTable.Number<int>("year", i => o[i].Period.Year),
            ParquetTable.Number<int>("month", i => o[i].Period.LastMonth),
            ParquetTable.Number<double>("value", i => o[i].HasValue ? o[i].Value : null),
            ParquetTable.Number<int>("value_decimals", i => o[i].ValueDecimals >= 0 ? o[i].ValueDecimals : null),
            ParquetTable.Text("unit", i => o[i].Unit?.Symbol ?? string.Empty),
            .. RateColumns("mom_pct", i => o[i].MonthOnMonth),
            .. RateColumns("yoy_pct", i => o[i].YearOnYear),
            ParquetTable.Text("status", i => InterchangeFormat.StatusText(o[i].Status)),
            ParquetTable.Text("release", i => o[i].Release?.ToString() ?? string.Empty),
            ParquetTable.Text("dimension", i => o[i].Dimension),
            ParquetTable.Text("parent", i => o[i].Parent),
            .. RateColumns("share_pct", i => o[i].Share),
            ParquetTable.Text("note", i => o[i].Remark),
            ParquetTable.Text("source", i => o[i].Citation),
        ]);
    }

    /// <summary>Reads a Parquet file in the interchange columns.</summary>
    /// <param name="path">The .parquet file.</param>
    /// <param name="options">The catalogue (numbers in Parquet carry no culture; text is read invariantly).</param>
    /// <returns>The observations and every problem found, located by row (and row group) and column; a file that is not Parquet, or lacks a required column, is an error in the result, not an exception.</returns>
    public static ReadResult Read(string path, InterchangeOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        if (ParquetTable.ReadText(path, out var columns, out var groups) is { } unreadable)
        {
            return new ReadResult([], [unreadable]);
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new ReadResult([], [new InputProblem(
                ProblemSeverity.Error,
                new SourceLocation(path, 0),
                $"the file lacks the column(s) {string.Join(", ", missing)}; it has {string.Join(", ", columns.Keys)}.",
                $"a Parquet interchange file needs {string.Join(", ", RequiredColumns)} (and may have {string.Join(", ", InterchangeFormat.RequiredColumns.Concat(InterchangeFormat.OptionalColumns).Except(RequiredColumns))}); rename the columns, e.g. in DuckDB: SELECT x AS value ....")]);
        }

        var text = ToCsv(columns);
        var result = InterchangeFormat.ReadText(text, path, (options ?? new InterchangeOptions()) with { Culture = System.Globalization.CultureInfo.InvariantCulture });
        return result with
        {
            Problems = [.. result.Problems.Select(p => ParquetTable.Relocate(p, path, groups))],
            Observations = [.. result.Observations.Select(x => x.Source is { } s ? x with { Source = s with { Row = s.Row - 1 } } : x)],
        };
    }

    // The cells the CSV reader would see: a number with its decimals as written, a rate with its bound; the columns
    // that are not part of the format (year, month, the decimals and bounds) are folded in or left out.
    private static string ToCsv(Dictionary<string, string[]> columns)
    {
        var names = InterchangeFormat.RequiredColumns.Concat(InterchangeFormat.OptionalColumns).ToList();
        var rows = columns.Values.First().Length;
        var cells = new string[names.Count][];
        for (var c = 0; c < names.Count; c++)
        {
            var name = names[c];
            var values = columns.GetValueOrDefault(name) ?? new string[rows];
            if (name == "value" || Rates.Contains(name))
            {
                var decimals = columns.GetValueOrDefault(name + "_decimals");
                var bound = columns.GetValueOrDefault(name + "_bound");
                values = [.. values.Select((v, i) => Number(v, decimals?[i], bound?[i]))];
            }

            cells[c] = values;
        }

        var sb = new System.Text.StringBuilder();
        sb.Append(string.Join(',', names)).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < names.Count; c++)
            {
                if (c > 0)
                {
                    sb.Append(',');
                }

                sb.Append(CsvRecords.Quote(cells[c][r] ?? string.Empty));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Number(string? value, string? decimals, string? bound)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value;
        if (int.TryParse(decimals, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && d is >= 0 and <= 15
            && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x))
        {
            text = InterchangeFormat.FormatValue(x, d);
        }

        return (bound ?? string.Empty).Trim() + text;
    }

    private static IEnumerable<(Parquet.Schema.DataField, Func<Parquet.ParquetRowGroupWriter, int, int, Task>)> RateColumns(string name, Func<int, StatedRate> rate)
    {
        yield return ParquetTable.Number<double>(name, i => rate(i).IsStated ? rate(i).Percent : null);
        yield return ParquetTable.Number<int>(name + "_decimals", i => rate(i).IsStated && rate(i).Decimals >= 0 ? rate(i).Decimals : null);
        yield return ParquetTable.Text(name + "_bound", i => rate(i).Bound switch { RateBound.GreaterThan => ">", RateBound.LessThan => "<", _ => string.Empty });
    }
}
