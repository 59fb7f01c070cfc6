using Microsoft.Data.Analysis;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;

namespace Analytics.Interop;

/// <summary>
/// Observations to and from a Microsoft.Data.Analysis <see cref="DataFrame"/>, without loss: values and rates as
/// nullable doubles (null where missing, never NaN or 0), periods and releases as their canonical text, and the
/// decimals and bounds each figure was written with in their own columns, so that a round trip gives back the same
/// observations.
/// </summary>
public static class ObservationFrame
{
    /// <summary>Converts observations to a data frame, one row each.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>The data frame.</returns>
    public static DataFrame ToDataFrame(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var o = observations.ToList();
        static double? N(double v) => double.IsNaN(v) ? null : v;
        static string B(StatedRate r) => r.Bound switch { RateBound.GreaterThan => ">", RateBound.LessThan => "<", _ => string.Empty };
        return new DataFrame(
            new StringDataFrameColumn("indicator", o.Select(x => x.Indicator)),
            new StringDataFrameColumn("breakdown", o.Select(x => x.Breakdown)),
            new StringDataFrameColumn("period", o.Select(x => x.Period.ToString())),
            new DoubleDataFrameColumn("value", o.Select(x => N(x.Value))),
            new StringDataFrameColumn("unit", o.Select(x => x.Unit?.Symbol ?? string.Empty)),
            new DoubleDataFrameColumn("mom_pct", o.Select(x => N(x.MonthOnMonth.Percent))),
            new DoubleDataFrameColumn("yoy_pct", o.Select(x => N(x.YearOnYear.Percent))),
            new DoubleDataFrameColumn("share_pct", o.Select(x => N(x.Share.Percent))),
            new StringDataFrameColumn("status", o.Select(x => Io.InterchangeFormat.StatusText(x.Status))),
            new StringDataFrameColumn("release", o.Select(x => x.Release?.ToString() ?? string.Empty)),
            new StringDataFrameColumn("dimension", o.Select(x => x.Dimension)),
            new StringDataFrameColumn("parent", o.Select(x => x.Parent)),
            new StringDataFrameColumn("note", o.Select(x => x.Remark)),
            new StringDataFrameColumn("source", o.Select(x => x.Citation)),
            new Int32DataFrameColumn("value_decimals", o.Select(x => x.ValueDecimals)),
            new Int32DataFrameColumn("mom_decimals", o.Select(x => x.MonthOnMonth.Decimals)),
            new Int32DataFrameColumn("yoy_decimals", o.Select(x => x.YearOnYear.Decimals)),
            new Int32DataFrameColumn("share_decimals", o.Select(x => x.Share.Decimals)),
            new StringDataFrameColumn("mom_bound", o.Select(x => B(x.MonthOnMonth))),
            new StringDataFrameColumn("yoy_bound", o.Select(x => B(x.YearOnYear))),
            new StringDataFrameColumn("share_bound", o.Select(x => B(x.Share))));
    }

    /// <summary>Converts a data frame made by <see cref="ToDataFrame"/> (or with the same columns) back to observations.</summary>
    /// <param name="frame">The data frame.</param>
    /// <returns>The observations.</returns>
    /// <exception cref="ArgumentException">A required column is missing, or a period or release does not parse; the message names the row.</exception>
    public static IReadOnlyList<Observation> FromDataFrame(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var names = frame.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var required in new[] { "indicator", "breakdown", "period", "value", "unit", "mom_pct", "yoy_pct", "status" })
        {
            Argument.Check(names.Contains(required), nameof(frame), $"The data frame lacks the column '{required}'; it needs the interchange columns (see ToDataFrame).");
        }

        string S(string column, long row) => names.Contains(column) ? frame.Columns[column][row]?.ToString() ?? string.Empty : string.Empty;
        double D(string column, long row) => names.Contains(column) && frame.Columns[column][row] is double d ? d : double.NaN;
        int I(string column, long row) => names.Contains(column) && frame.Columns[column][row] is int i ? i : -1;
        StatedRate R(string pct, string dec, string bound, long row)
        {
            var v = D(pct, row);
            return double.IsNaN(v) ? StatedRate.None : new StatedRate(v, I(dec, row), S(bound, row) switch { ">" => RateBound.GreaterThan, "<" => RateBound.LessThan, _ => RateBound.Exact });
        }

        var result = new List<Observation>();
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            Argument.Check(Period.TryParse(S("period", r), out var period, out var error), nameof(frame), $"Row {r}: {error}.");
            Period? release = null;
            if (S("release", r) is { Length: > 0 } rel)
            {
                Argument.Check(Period.TryParse(rel, out var p), nameof(frame), $"Row {r}: the release '{rel}' is not a month.");
                release = p;
            }

            Argument.Check(Io.InterchangeFormat.TryParseStatus(S("status", r), out var status), nameof(frame), $"Row {r}: '{S("status", r)}' is not a status (estimate, preliminary, official or empty).");
            result.Add(new Observation
            {
                Indicator = S("indicator", r),
                Breakdown = S("breakdown", r),
                Period = period,
                Value = D("value", r),
                ValueDecimals = I("value_decimals", r),
                Unit = S("unit", r) is { Length: > 0 } u ? Unit.Parse(u) : null,
                MonthOnMonth = R("mom_pct", "mom_decimals", "mom_bound", r),
                YearOnYear = R("yoy_pct", "yoy_decimals", "yoy_bound", r),
                Share = R("share_pct", "share_decimals", "share_bound", r),
                Status = status,
                Release = release,
                Dimension = S("dimension", r),
                Parent = S("parent", r),
                Remark = S("note", r),
                Citation = S("source", r),
            });
        }

        return result;
    }
}
