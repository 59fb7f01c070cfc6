using Analytics.Internal;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Series;

/// <summary>
/// Many monthly series on the same consecutive months, stored in one contiguous row-major array (series × months):
/// the layout the growth operations run fastest on. Missing values are NaN. Immutable.
/// </summary>
public sealed class Panel
{
    private readonly double[] values;

    /// <summary>Initializes a new instance of the <see cref="Panel"/> class.</summary>
    /// <param name="start">The first month of every series.</param>
    /// <param name="monthCount">The number of consecutive months.</param>
    /// <param name="keys">One key per series.</param>
    /// <param name="values">Row-major values, <c>keys.Count * monthCount</c> of them; NaN for missing. Not copied: do not change it afterwards.</param>
    /// <exception cref="ArgumentException">The sizes disagree or <paramref name="start"/> is not a month.</exception>
    public Panel(Period start, int monthCount, IReadOnlyList<SeriesKey> keys, double[] values)
    {
        Preconditions.CheckNotNull(keys);
        Preconditions.CheckNotNull(values);
        Preconditions.CheckArgument(start.Kind == PeriodKind.Month, nameof(start), $"A panel starts at a month such as 2005-01; {start} is a {start.Kind}.");
        Preconditions.CheckArgument(monthCount >= 0 && (long)keys.Count * monthCount == values.Length, nameof(values), "The panel needs exactly one value per series and month (series × months, row-major).");
        Start = start;
        MonthCount = monthCount;
        Keys = keys;
        this.values = values;
    }

    /// <summary>Gets the first month.</summary>
    public Period Start { get; }

    /// <summary>Gets the number of months.</summary>
    public int MonthCount { get; }

    /// <summary>Gets the number of series.</summary>
    public int SeriesCount => Keys.Count;

    /// <summary>Gets the series keys, one per row.</summary>
    public IReadOnlyList<SeriesKey> Keys { get; }

    /// <summary>Gets all values, row-major.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Gets one series' values.</summary>
    /// <param name="series">The row.</param>
    /// <returns>The months' values.</returns>
    public ReadOnlySpan<double> Row(int series) => values.AsSpan(series * MonthCount, MonthCount);

    /// <summary>Gets the value of a series for a month, NaN outside the panel.</summary>
    /// <param name="series">The row.</param>
    /// <param name="month">The month.</param>
    /// <returns>The value.</returns>
    public double this[int series, Period month]
    {
        get
        {
            var t = month.MonthIndex - Start.MonthIndex;
            return month.Kind == PeriodKind.Month && t >= 0 && t < MonthCount ? values[(series * MonthCount) + t] : double.NaN;
        }
    }

    /// <summary>Returns one row as a <see cref="MonthlySeries"/>.</summary>
    /// <param name="series">The row.</param>
    /// <returns>The series.</returns>
    public MonthlySeries GetSeries(int series) => new(Start, Row(series));

    /// <summary>
    /// Builds a panel from monthly series of any spans: the panel covers the earliest to the latest month of all of
    /// them, aligned by calendar month; months a series does not cover are NaN.
    /// </summary>
    /// <param name="series">The series with their keys.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="ArgumentException">No series is given.</exception>
    public static Panel FromSeries(IReadOnlyList<(SeriesKey Key, MonthlySeries Series)> series)
    {
        Preconditions.CheckNotNull(series);
        Preconditions.CheckArgument(series.Count > 0, nameof(series), "A panel needs at least one series.");
        var first = series.Min(s => s.Series.Start.MonthIndex);
        var last = series.Max(s => s.Series.End.MonthIndex);
        var months = last - first + 1;
        var v = new double[series.Count * months];
        Array.Fill(v, double.NaN);
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i].Series;
            s.Values.CopyTo(v.AsSpan((i * months) + (s.Start.MonthIndex - first)));
        }

        return new Panel(Period.FromMonthIndex(first), months, series.Select(s => s.Key).ToArray(), v);
    }
}
