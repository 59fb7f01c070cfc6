using Analytics.Growth;
using Analytics.Internal;
using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Tables;

/// <summary>
/// The growth of <see cref="ObservationColumns"/> as a Parquet file, written straight from the arrays: the columns of
/// <see cref="GrowthCsv.Write(ObservationColumns, GrowthColumns, TextWriter)"/>, typed (the key, period, origins,
/// release and note as text; the value and every figure as a nullable double, rounded to six decimals as the CSV writes
/// them), so that DuckDB, pandas, polars, R arrow or Spark read the same table.
/// </summary>
public static class GrowthParquet
{
    /// <summary>Writes the table.</summary>
    /// <param name="columns">The figures.</param>
    /// <param name="growth">Their growth, from <see cref="GrowthColumns.Compute"/>.</param>
    /// <param name="path">The .parquet file to create (overwritten).</param>
    public static void Write(ObservationColumns columns, GrowthColumns growth, string path)
    {
        Preconditions.CheckNotNull(columns);
        Preconditions.CheckNotNull(growth);
        Preconditions.CheckNotNull(path);
        var fields = Fields();
        ParquetTable.Write(path, columns.Count, Columns(fields, columns, growth));
    }

    /// <summary>Opens a table written part by part: each part's rows as row groups.</summary>
    /// <param name="path">The .parquet file to create (overwritten).</param>
    /// <returns>The writer; disposing it finishes the file.</returns>
    internal static PartWriter OpenParts(string path) => new(path);

    /// <summary>A table written part by part.</summary>
    internal sealed class PartWriter : IDisposable
    {
        private readonly Parquet.Schema.DataField[] fields = Fields();
        private readonly ParquetTable.Appender appender;

        internal PartWriter(string path) => appender = ParquetTable.Appender.Create(path, fields);

        /// <summary>Writes one part's rows.</summary>
        /// <param name="columns">The part's figures.</param>
        /// <param name="growth">Their growth.</param>
        internal void Append(ObservationColumns columns, GrowthColumns growth) => appender.Append(columns.Count, Columns(fields, columns, growth));

        /// <inheritdoc/>
        public void Dispose() => appender.Dispose();
    }

    private static Parquet.Schema.DataField[] Fields() =>
    [
        Text("indicator"), Text("breakdown"), Text("period"), Number("value"), Number("mom_pct"), Number("yoy_pct"), Number("ytd_value"), Number("ytd_yoy_pct"),
        Text("mom_origin"), Text("yoy_origin"), Text("ytd_value_origin"), Text("ytd_yoy_origin"), Number("implied_base"), Text("release"), Text("note"),
    ];

    private static Parquet.Schema.DataField<string> Text(string name) => new(name, true);

    private static Parquet.Schema.DataField<double?> Number(string name) => new(name);

    private static List<(Parquet.Schema.DataField, Func<Parquet.ParquetRowGroupWriter, int, int, Task>)> Columns(Parquet.Schema.DataField[] f, ObservationColumns columns, GrowthColumns growth)
    {
        var series = new int[columns.Count];
        for (var s = 0; s < columns.SeriesCount; s++)
        {
            var (a, b) = columns.RowsOf(s);
            Array.Fill(series, s, a, b - a);
        }

        var texts = new Dictionary<int, string>();
        string Month(int m)
        {
            lock (texts)
            {
                return texts.TryGetValue(m, out var t) ? t : texts[m] = Periods.Period.FromMonthIndex(m).ToString();
            }
        }

        double? Num(double v) => double.IsNaN(v) ? null : Math.Round(v, 6);
        string Origin(Figure fig) => fig.Origin switch { FigureOrigin.Computed => "computed", FigureOrigin.Stated => "stated", _ => string.Empty };
        string Note(int i)
        {
            var notes = new List<string>(4);
            void Add(string name, Figure fig)
            {
                if (fig.IsMissing && fig.Reason != MissingReason.NotApplicable)
                {
                    notes.Add($"{name}: {fig.Reason.Describe()}");
                }
            }

            Add("mom_pct", growth.MonthOnMonth[i]);
            Add("yoy_pct", growth.YearOnYear[i]);
            Add("ytd_value", growth.CumulativeValue[i]);
            Add("ytd_yoy_pct", growth.CumulativeGrowth[i]);
            return string.Join("; ", notes);
        }

        return
        [
            ParquetTable.Text(f[0], i => columns.Keys[series[i]].Indicator),
            ParquetTable.Text(f[1], i => columns.Keys[series[i]].Breakdown),
            ParquetTable.Text(f[2], i => Month(columns.MonthIndex[i])),
            ParquetTable.Number<double>(f[3], i => Num(columns.Values[i])),
            ParquetTable.Number<double>(f[4], i => Num(growth.MonthOnMonth[i].Value)),
            ParquetTable.Number<double>(f[5], i => Num(growth.YearOnYear[i].Value)),
            ParquetTable.Number<double>(f[6], i => Num(growth.CumulativeValue[i].Value)),
            ParquetTable.Number<double>(f[7], i => Num(growth.CumulativeGrowth[i].Value)),
            ParquetTable.Text(f[8], i => Origin(growth.MonthOnMonth[i])),
            ParquetTable.Text(f[9], i => Origin(growth.YearOnYear[i])),
            ParquetTable.Text(f[10], i => Origin(growth.CumulativeValue[i])),
            ParquetTable.Text(f[11], i => Origin(growth.CumulativeGrowth[i])),
            ParquetTable.Number<double>(f[12], i => Num(growth.ImpliedBase[i].Value)),
            ParquetTable.Text(f[13], i => growth.Release[i] >= 0 ? Month(growth.Release[i]) : string.Empty),
            ParquetTable.Text(f[14], Note),
        ];
    }
}
