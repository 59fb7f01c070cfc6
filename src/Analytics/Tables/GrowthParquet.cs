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
        string Origin(Figure f) => f.Origin switch { FigureOrigin.Computed => "computed", FigureOrigin.Stated => "stated", _ => string.Empty };
        string Note(int i)
        {
            var notes = new List<string>(4);
            void Add(string name, Figure f)
            {
                if (f.IsMissing && f.Reason != MissingReason.NotApplicable)
                {
                    notes.Add($"{name}: {f.Reason.Describe()}");
                }
            }

            Add("mom_pct", growth.MonthOnMonth[i]);
            Add("yoy_pct", growth.YearOnYear[i]);
            Add("ytd_value", growth.CumulativeValue[i]);
            Add("ytd_yoy_pct", growth.CumulativeGrowth[i]);
            return string.Join("; ", notes);
        }

        ParquetTable.Write(path, columns.Count,
        [
            ParquetTable.Text("indicator", i => columns.Keys[series[i]].Indicator),
            ParquetTable.Text("breakdown", i => columns.Keys[series[i]].Breakdown),
            ParquetTable.Text("period", i => Month(columns.MonthIndex[i])),
            ParquetTable.Number<double>("value", i => Num(columns.Values[i])),
            ParquetTable.Number<double>("mom_pct", i => Num(growth.MonthOnMonth[i].Value)),
            ParquetTable.Number<double>("yoy_pct", i => Num(growth.YearOnYear[i].Value)),
            ParquetTable.Number<double>("ytd_value", i => Num(growth.CumulativeValue[i].Value)),
            ParquetTable.Number<double>("ytd_yoy_pct", i => Num(growth.CumulativeGrowth[i].Value)),
            ParquetTable.Text("mom_origin", i => Origin(growth.MonthOnMonth[i])),
            ParquetTable.Text("yoy_origin", i => Origin(growth.YearOnYear[i])),
            ParquetTable.Text("ytd_value_origin", i => Origin(growth.CumulativeValue[i])),
            ParquetTable.Text("ytd_yoy_origin", i => Origin(growth.CumulativeGrowth[i])),
            ParquetTable.Number<double>("implied_base", i => Num(growth.ImpliedBase[i].Value)),
            ParquetTable.Text("release", i => growth.Release[i] >= 0 ? Month(growth.Release[i]) : string.Empty),
            ParquetTable.Text("note", Note),
        ]);
    }
}
