using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Growth;

/// <summary>
/// The result of a growth operation on a <see cref="MonthlySeries"/>: one <see cref="Figure"/> per month, each
/// computed or missing with its reason. Immutable.
/// </summary>
public sealed class FigureSeries
{
    private readonly double[] values;
    private readonly byte[] reasons;

    internal FigureSeries(Period start, double[] values, byte[] reasons)
    {
        Start = start;
        this.values = values;
        this.reasons = reasons;
    }

    /// <summary>Gets the first month.</summary>
    public Period Start { get; }

    /// <summary>Gets the number of months.</summary>
    public int Length => values.Length;

    /// <summary>Gets the values, NaN where missing.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Gets the figure of a month; a month outside the series is missing with <see cref="MissingReason.NoData"/>.</summary>
    /// <param name="month">A month.</param>
    /// <returns>The figure.</returns>
    public Figure this[Period month]
    {
        get
        {
            var i = month.MonthIndex - Start.MonthIndex;
            if (month.Kind != PeriodKind.Month || i < 0 || i >= values.Length)
            {
                return Figure.Missing(MissingReason.NoData);
            }

            return reasons[i] == 0 ? Figure.Computed(values[i]) : Figure.Missing((MissingReason)reasons[i]);
        }
    }

    /// <summary>Returns the (month, figure) pairs in calendar order.</summary>
    /// <returns>The pairs.</returns>
    public IEnumerable<(Period Month, Figure Figure)> Points()
    {
        for (var i = 0; i < values.Length; i++)
        {
            var m = Start.PlusMonths(i);
            yield return (m, this[m]);
        }
    }

    /// <summary>Returns the computed values as a series (missing months NaN), e.g. to chain another operation.</summary>
    /// <returns>The values as a monthly series.</returns>
    public MonthlySeries ToMonthlySeries() => new(Start, values);
}
