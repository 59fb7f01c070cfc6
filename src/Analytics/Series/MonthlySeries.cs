using Analytics.Internal;
using Analytics.Periods;

namespace Analytics.Series;

/// <summary>
/// A monthly series on consecutive calendar months from <see cref="Start"/>, stored contiguously; a month without a
/// value holds NaN. Reading a month outside the series gives NaN. Immutable.
/// </summary>
public sealed class MonthlySeries
{
    private readonly double[] values;

    /// <summary>Initializes a new instance of the <see cref="MonthlySeries"/> class from consecutive months.</summary>
    /// <param name="start">The first month.</param>
    /// <param name="values">One value per consecutive month from <paramref name="start"/>; NaN for a missing month. Copied.</param>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not a month.</exception>
    public MonthlySeries(Period start, ReadOnlySpan<double> values)
    {
        Preconditions.CheckArgument(start.Kind == PeriodKind.Month, nameof(start), $"A monthly series starts at a month such as 2023-01; {start} is a {start.Kind}.");
        Start = start;
        this.values = values.ToArray();
    }

    private MonthlySeries(Period start, double[] owned)
    {
        Start = start;
        values = owned;
    }

    /// <summary>Gets the first month.</summary>
    public Period Start { get; }

    /// <summary>Gets the last month.</summary>
    public Period End => values.Length == 0 ? Start : Start.PlusMonths(values.Length - 1);

    /// <summary>Gets the number of months, missing ones included.</summary>
    public int Length => values.Length;

    /// <summary>Gets the values, one per month from <see cref="Start"/>.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Gets the value of a month, or NaN when the month is missing or outside the series.</summary>
    /// <param name="month">A month.</param>
    /// <returns>The value or NaN.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not a month.</exception>
    public double this[Period month]
    {
        get
        {
            Preconditions.CheckArgument(month.Kind == PeriodKind.Month, nameof(month), $"Index a monthly series by a month such as 2023-09; {month} is a {month.Kind}.");
            var i = month.MonthIndex - Start.MonthIndex;
            return i >= 0 && i < values.Length ? values[i] : double.NaN;
        }
    }

    /// <summary>
    /// Builds a series from (month, value) pairs in any order; months between the first and the last that have no
    /// pair are missing (NaN). This is where calendar alignment happens: a gap stays a gap.
    /// </summary>
    /// <param name="points">The pairs.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentException">A period is not a month, a month appears twice, or there are no points.</exception>
    public static MonthlySeries FromPoints(IEnumerable<(Period Month, double Value)> points)
    {
        Preconditions.CheckNotNull(points);
        var list = points.ToList();
        Preconditions.CheckArgument(list.Count > 0, nameof(points), "A series needs at least one month.");
        foreach (var (p, _) in list)
        {
            Preconditions.CheckArgument(p.Kind == PeriodKind.Month, nameof(points), $"A monthly series holds months; {p} is a {p.Kind}.");
        }

        var first = list.Min(p => p.Month.MonthIndex);
        var last = list.Max(p => p.Month.MonthIndex);
        var v = new double[last - first + 1];
        Array.Fill(v, double.NaN);
        var seen = new bool[v.Length];
        foreach (var (p, x) in list)
        {
            var i = p.MonthIndex - first;
            Preconditions.CheckArgument(!seen[i], nameof(points), $"The month {p} appears twice; keep one value per month (for revisions use an ObservationStore).");
            seen[i] = true;
            v[i] = x;
        }

        return new MonthlySeries(Period.FromMonthIndex(first), v);
    }

    /// <summary>Returns the (month, value) pairs, missing months included as NaN.</summary>
    /// <returns>The pairs in calendar order.</returns>
    public IEnumerable<(Period Month, double Value)> Points()
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return (Start.PlusMonths(i), values[i]);
        }
    }

    internal static MonthlySeries Own(Period start, double[] owned) => new(start, owned);
}
