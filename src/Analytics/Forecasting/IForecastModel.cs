using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>A model fitted to one monthly series: it predicts a horizon with intervals and simulates future paths.</summary>
public interface IForecastModel
{
    /// <summary>Gets a description of the fitted model, e.g. "ETS(M,Ad,M)".</summary>
    string Description { get; }

    /// <summary>Gets the last month of the data the model was fitted to.</summary>
    Period LastMonth { get; }

    /// <summary>Predicts the next months.</summary>
    /// <param name="horizon">How many months, at least 1.</param>
    /// <param name="levels">The interval levels in percent, e.g. [80, 95].</param>
    /// <returns>The forecast.</returns>
    Forecast Predict(int horizon, IReadOnlyList<int> levels);

    /// <summary>
    /// Simulates future sample paths: <c>paths[i][h-1]</c> is path i at step h. Sums over months of a path give the
    /// distribution of a total (the year end), which adding up interval bounds would not.
    /// </summary>
    /// <param name="horizon">How many months.</param>
    /// <param name="paths">How many paths.</param>
    /// <param name="seed">The random seed, for reproducible results.</param>
    /// <returns>The paths.</returns>
    double[][] Simulate(int horizon, int paths, int seed);
}
