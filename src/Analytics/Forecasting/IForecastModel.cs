using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>A model fitted to one monthly series: it predicts a horizon with intervals and simulates future paths.</summary>
public interface IForecastModel
{
    /// <summary>Gets a description of the fitted model, e.g. "ETS(M,Ad,M)".</summary>
    string Description { get; }

    /// <summary>Gets the last month of the data the model was fitted to.</summary>
    Period LastMonth { get; }

    /// <summary>
    /// Gets the one-step in-sample fitted values: one per month of the data the model was fitted to, ending at
    /// <see cref="LastMonth"/>, each predicted from the months before it (NaN for the first months when the model
    /// cannot predict them, e.g. the first season of the seasonal naive method).
    /// </summary>
    IReadOnlyList<double> Fitted { get; }

    /// <summary>Gets the residuals on the scale of the data: the value minus <see cref="Fitted"/>, month by month (NaN where Fitted is).</summary>
    IReadOnlyList<double> Residuals { get; }

    /// <summary>Predicts the next months.</summary>
    /// <param name="horizon">How many months, 1 to 1200.</param>
    /// <param name="levels">The interval levels in percent, e.g. [80, 95]: each strictly between 0 and 100, each once; none for means only.</param>
    /// <returns>The forecast.</returns>
    Forecast Predict(int horizon, IReadOnlyList<int> levels);

    /// <summary>
    /// Simulates future sample paths: <c>paths[i][h-1]</c> is path i at step h. Sums over months of a path give the
    /// distribution of a total (the year end), which adding up interval bounds would not.
    /// </summary>
    /// <param name="horizon">How many months, 1 to 1200.</param>
    /// <param name="paths">How many paths, at least 1; paths × horizon at most 10 million.</param>
    /// <param name="seed">The random seed, for reproducible results.</param>
    /// <returns>The paths.</returns>
    double[][] Simulate(int horizon, int paths, int seed);
}
