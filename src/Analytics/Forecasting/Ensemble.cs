using Analytics.Internal;

namespace Analytics.Forecasting;

/// <summary>
/// An equal-weight combination of forecasting methods (by default ETS, ARIMA and Theta). The mean is the average of the
/// members' means: equal weights are the rule that has held up across the M competitions and Hyndman's 2018 ensemble
/// benchmark, while estimated weights add noise on short monthly series. Interval bounds are the averages of the
/// members' bounds at each level (quantile averaging); simulated paths are drawn from the members in equal shares.
/// </summary>
public sealed class Ensemble : IForecaster
{
    /// <summary>Initializes a new instance of the <see cref="Ensemble"/> class.</summary>
    /// <param name="members">The methods to combine; ETS, ARIMA and Theta when none are given.</param>
    public Ensemble(params IForecaster[] members)
    {
        Preconditions.CheckNotNull(members);
        Members = members.Length > 0 ? members : [new Ets(), new Arima(), new Theta()];
    }

    /// <summary>Gets the combined methods.</summary>
    public IReadOnlyList<IForecaster> Members { get; }

    /// <inheritdoc/>
    public string Name => "ensemble";

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series)
    {
        var fitted = new List<IForecastModel>();
        var failures = new List<string>();
        foreach (var member in Members)
        {
            try
            {
                fitted.Add(member.Fit(series));
            }
            catch (ForecastException e)
            {
                failures.Add($"{member.Name}: {e.Message}");
            }
        }

        // A member that cannot fit the series (too short for it) drops out; the others still forecast.
        return fitted.Count > 0
            ? new Model(fitted)
            : throw new ForecastException("No member of the ensemble could fit the series: " + string.Join(" ", failures));
    }

    private sealed class Model(List<IForecastModel> members) : IForecastModel
    {
        public string Description => $"ensemble of {string.Join(", ", members.Select(m => m.Description))}";

        public Period LastMonth => members[0].LastMonth;

        public Forecast Predict(int horizon, IReadOnlyList<int> levels)
        {
            var forecasts = members.Select(m => m.Predict(horizon, levels)).ToList();
            var mean = Enumerable.Range(0, horizon).Select(h => forecasts.Average(f => f.Mean[h])).ToArray();
            var bounds = levels.ToDictionary(
                l => l,
                l => (Enumerable.Range(0, horizon).Select(h => forecasts.Average(f => f.Lower(l)[h])).ToArray(),
                      Enumerable.Range(0, horizon).Select(h => forecasts.Average(f => f.Upper(l)[h])).ToArray()));
            return new Forecast(Description, LastMonth.PlusMonths(1), mean, bounds);
        }

        public double[][] Simulate(int horizon, int paths, int seed)
        {
            var result = new double[paths][];
            var k = members.Count;
            for (var j = 0; j < k; j++)
            {
                var share = (paths / k) + (j < paths % k ? 1 : 0);
                var sims = members[j].Simulate(horizon, share, seed + j);
                for (var i = 0; i < share; i++)
                {
                    result[(i * k) + j] = sims[i];
                }
            }

            return result;
        }
    }
}
