using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Analytics.Internal;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>
/// The year-end estimates of one report: <see cref="PublishedYearEnd.Estimate"/> for each series, computed once and
/// shared by the plan section, the plan table and the fan charts, so that they agree figure for figure and the
/// forecasts are not fitted three times.
/// </summary>
public sealed class YearEndEstimates
{
    private readonly ObservationStore store;
    private readonly Period month;
    private readonly IForecaster? method;
    private readonly int seed;
    private readonly ConcurrentDictionary<(SeriesKey, Plan?), Lazy<(YearEndEstimate? Estimate, ExceptionDispatchInfo? Failure)>> cache = new();

    /// <summary>Initializes a new instance of the <see cref="YearEndEstimates"/> class.</summary>
    /// <param name="store">The figures with their releases.</param>
    /// <param name="month">The report's month: the last month known.</param>
    /// <param name="method">The forecasting method; the ensemble when null.</param>
    /// <param name="seed">The seed of the simulated paths.</param>
    public YearEndEstimates(ObservationStore store, Period month, IForecaster? method = null, int seed = 20231001)
    {
        this.store = Preconditions.CheckNotNull(store);
        this.month = month;
        this.method = method;
        this.seed = seed;
    }

    /// <summary>The estimate of a series with its plan, computed on the first call and returned as it was after.</summary>
    /// <param name="key">The series.</param>
    /// <param name="plan">Its plan, or null.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ForecastException">The series cannot be estimated (the same failure on every call).</exception>
    public YearEndEstimate Get(SeriesKey key, Plan? plan)
    {
        var entry = cache.GetOrAdd((key, plan), k => new Lazy<(YearEndEstimate?, ExceptionDispatchInfo?)>(() =>
        {
            try
            {
                return (PublishedYearEnd.Estimate(store, k.Item1, month, method, k.Item2, seed), null);
            }
            catch (ForecastException e)
            {
                return (null, ExceptionDispatchInfo.Capture(e));
            }
        }));
        var (estimate, failure) = entry.Value;
        failure?.Throw();
        return estimate!;
    }
}
