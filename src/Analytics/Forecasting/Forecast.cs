using Analytics.Internal;
using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>
/// A forecast of consecutive months: the mean and, for each level (80, 95), the lower and upper bounds of the
/// prediction interval. Months are calendar periods from <see cref="Start"/>.
/// </summary>
public sealed class Forecast
{
    private readonly Dictionary<int, (double[] Lower, double[] Upper)> intervals;

    /// <summary>Initializes a new instance of the <see cref="Forecast"/> class.</summary>
    /// <param name="method">The model that made it, e.g. "ETS(M,Ad,M)".</param>
    /// <param name="start">The first forecast month.</param>
    /// <param name="mean">The mean forecast of each month.</param>
    /// <param name="intervals">Bounds per level (percent).</param>
    public Forecast(string method, Period start, double[] mean, IReadOnlyDictionary<int, (double[] Lower, double[] Upper)> intervals)
    {
        Preconditions.CheckNotNull(method);
        Preconditions.CheckNotNull(mean);
        Preconditions.CheckNotNull(intervals);
        Method = method;
        Start = start;
        Mean = mean;
        this.intervals = intervals.ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    /// <summary>Gets the model that made the forecast.</summary>
    public string Method { get; }

    /// <summary>Gets the first forecast month.</summary>
    public Period Start { get; }

    /// <summary>Gets the number of months forecast.</summary>
    public int Horizon => Mean.Count;

    /// <summary>Gets the mean forecast of each month.</summary>
    public IReadOnlyList<double> Mean { get; }

    /// <summary>Gets the levels of the intervals (e.g. 80, 95).</summary>
    public IReadOnlyCollection<int> Levels => intervals.Keys;

    /// <summary>Gets the lower bounds at a level.</summary>
    /// <param name="level">The level in percent.</param>
    /// <returns>One bound per month.</returns>
    /// <exception cref="ArgumentException">The forecast has no interval at that level.</exception>
    public IReadOnlyList<double> Lower(int level) => Interval(level).Lower;

    /// <summary>Gets the upper bounds at a level.</summary>
    /// <param name="level">The level in percent.</param>
    /// <returns>One bound per month.</returns>
    /// <exception cref="ArgumentException">The forecast has no interval at that level.</exception>
    public IReadOnlyList<double> Upper(int level) => Interval(level).Upper;

    /// <summary>Gets the month of step h (1-based).</summary>
    /// <param name="h">The step.</param>
    /// <returns>The month.</returns>
    public Period MonthOf(int h) => Start.PlusMonths(h - 1);

    private (double[] Lower, double[] Upper) Interval(int level)
        => intervals.TryGetValue(level, out var i) ? i : throw new ArgumentException($"The forecast has no {level}% interval; ask for it with levels such as [80, 95].", nameof(level));
}
