using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;

namespace Analytics.Growth;

/// <summary>The result of a growth operation on a <see cref="Panel"/>: values (NaN where missing) and a reason per cell.</summary>
public sealed class FigurePanel
{
    private readonly double[] values;
    // A missing cell's reason is carried by its NaN (Kernels.Missing): no second array.
    internal FigurePanel(Panel shape, double[] values)
    {
        Start = shape.Start;
        MonthCount = shape.MonthCount;
        Keys = shape.Keys;
        this.values = values;
    }

    /// <summary>Gets the first month.</summary>
    public Period Start { get; }

    /// <summary>Gets the number of months.</summary>
    public int MonthCount { get; }

    /// <summary>Gets the series keys.</summary>
    public IReadOnlyList<SeriesKey> Keys { get; }

    /// <summary>Gets all values, row-major, NaN where missing.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Gets one series' values.</summary>
    /// <param name="series">The row.</param>
    /// <returns>The values.</returns>
    public ReadOnlySpan<double> Row(int series) => values.AsSpan(series * MonthCount, MonthCount);

    /// <summary>Gets the figure of a series for a month; outside the panel it is missing with NoData.</summary>
    /// <param name="series">The row.</param>
    /// <param name="month">The month.</param>
    /// <returns>The figure.</returns>
    public Figure this[int series, Period month]
    {
        get
        {
            var t = month.MonthIndex - Start.MonthIndex;
            if (month.Kind != PeriodKind.Month || t < 0 || t >= MonthCount)
            {
                return Figure.Missing(MissingReason.NoData);
            }

            var i = (series * MonthCount) + t;
            var reason = ReasonAt(i);
            return reason == MissingReason.None ? Figure.Computed(values[i]) : Figure.Missing(reason);
        }
    }

    /// <summary>Counts the cells missing for a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count.</returns>
    public int Count(MissingReason reason)
    {
        var n = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (ReasonAt(i) == reason)
            {
                n++;
            }
        }

        return n;
    }

    private MissingReason ReasonAt(int i) => Kernels.ReasonOf(values[i]);
}
