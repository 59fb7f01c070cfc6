using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Io;

/// <summary>
/// The long series format as a Parquet file: <c>series_id</c> and <c>period</c> as text, <c>year</c> and
/// <c>month</c> as integers, <c>value</c> as a double (null when missing); one row per series and month of the panel.
/// Reading applies every check of <see cref="LongSeriesFormat"/>; a file needs <c>series_id</c>, <c>value</c> and
/// <c>period</c> (or <c>year</c> and <c>month</c>).
/// </summary>
public static class LongSeriesParquet
{
    private static Panel EmptyPanel { get; } = new(Period.Month(2000, 1), 0, [], []);

    /// <summary>Returns whether a Parquet file holds the long series columns (series_id and value, no indicator).</summary>
    /// <param name="path">The file; one that is not a readable Parquet file is not.</param>
    /// <returns><see langword="true"/> for the long layout.</returns>
    public static bool IsLongSeriesParquet(string path)
    {
        Preconditions.CheckNotNull(path);
        try
        {
            var schema = Parquet.ParquetReader.ReadSchemaAsync(path).GetAwaiter().GetResult();
            var names = schema.GetDataFields().Select(f => f.Name.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            return names.Contains("series_id") && names.Contains("value") && !names.Contains("indicator");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Parquet.ParquetException or NotSupportedException or Parquet.Meta.Proto.ThriftProtocolException)
        {
            return false;
        }
    }

    /// <summary>Writes a panel as a long series Parquet file, every series and month (a missing value as null).</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="path">The .parquet file to create (overwritten).</param>
    public static void Write(Panel panel, string path)
    {
        Preconditions.CheckNotNull(panel);
        Preconditions.CheckNotNull(path);
        var months = panel.MonthCount;
        var ids = panel.Keys.Select(k => k.IsTotal ? k.Indicator : $"{k.Indicator}/{k.Breakdown}").ToArray();
        var periods = Enumerable.Range(0, months).Select(t => panel.Start.PlusMonths(t)).ToArray();
        var texts = periods.Select(p => p.ToString()).ToArray();
        var values = panel.Values.ToArray();
        ParquetTable.Write(path, checked(panel.SeriesCount * months),
        [
            ParquetTable.Text("series_id", i => ids[i / months]),
            ParquetTable.Text("period", i => texts[i % months]),
            ParquetTable.Number<int>("year", i => periods[i % months].Year),
            ParquetTable.Number<int>("month", i => periods[i % months].LastMonth),
            ParquetTable.Number<double>("value", i => double.IsNaN(values[i]) ? null : values[i]),
        ]);
    }

    /// <summary>Reads a long series Parquet file.</summary>
    /// <param name="path">The .parquet file.</param>
    /// <returns>The panel (empty when the file has errors) and every problem found, located by row (and row group) and column.</returns>
    public static ReadResult<Panel> Read(string path)
    {
        Preconditions.CheckNotNull(path);
        if (ParquetTable.ReadText(path, out var columns, out var groups) is { } unreadable)
        {
            return new ReadResult<Panel>(EmptyPanel, [unreadable]);
        }

        string[] names = columns.ContainsKey("period") ? ["series_id", "period", "value"] : ["series_id", "year", "month", "value"];
        var missing = names.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new ReadResult<Panel>(EmptyPanel, [new InputProblem(
                ProblemSeverity.Error,
                new Observations.SourceLocation(path, 0),
                $"the file lacks the column(s) {string.Join(", ", missing)}; it has {string.Join(", ", columns.Keys)}.",
                "a long series Parquet file needs series_id, period (text yyyy-MM, or year and month as integers) and value.")]);
        }

        var sb = new StringBuilder(string.Join(',', names)).Append('\n');
        var cells = names.Select(n => columns[n]).ToArray();
        for (var r = 0; r < cells[0].Length; r++)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                sb.Append(c == 0 ? string.Empty : ",").Append(CsvRecords.Quote(cells[c][r]));
            }

            sb.Append('\n');
        }

        var result = LongSeriesFormat.ReadText(sb.ToString(), path, CultureInfo.InvariantCulture);
        return result with { Problems = [.. result.Problems.Select(p => ParquetTable.Relocate(p, path, groups))] };
    }
}
