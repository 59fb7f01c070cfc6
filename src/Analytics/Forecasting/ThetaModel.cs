using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>
/// A <see cref="Theta"/> model fitted to a series: the seasonal indices (when the series was seasonally adjusted),
/// and the simple exponential smoothing with drift fitted to the adjusted series.
/// </summary>
public sealed class ThetaModel : ForecastModel
{
    private readonly int n;
    private readonly double[] figure;
    private readonly double[] fitted;

    internal ThetaModel(Period lastMonth, double[] y, double[] figure, double alpha, double level, double drift, double sigma2, bool seasonallyAdjusted, double[] fitted)
        : base(lastMonth, y)
    {
        n = y.Length;
        this.figure = figure;
        this.fitted = fitted;
        Alpha = alpha;
        Level = level;
        Drift = drift;
        Sigma2 = sigma2;
        SeasonallyAdjusted = seasonallyAdjusted;
    }

    /// <summary>Gets a value indicating whether the series was seasonally adjusted (the 90% seasonality test at lag m said it is seasonal, and it is positive).</summary>
    public bool SeasonallyAdjusted { get; }

    /// <summary>Gets the season length.</summary>
    public int SeasonLength => figure.Length;

    /// <summary>
    /// Gets the multiplicative seasonal indices of the classical decomposition, mean 1 (all 1 when the series was not
    /// adjusted): index k applies to the months k, k + m, k + 2m, … counted from <see cref="ForecastModel.FirstMonth"/>;
    /// <see cref="SeasonalIndex"/> gives the index of a calendar month.
    /// </summary>
    public IReadOnlyList<double> SeasonalIndices => figure;

    /// <summary>Gets the smoothing parameter of the simple exponential smoothing of the adjusted series.</summary>
    public double Alpha { get; }

    /// <summary>Gets the drift per month: half the slope of the least-squares line through the adjusted series (the theta = 2 line's trend).</summary>
    public double Drift { get; }

    /// <summary>Gets the smoothed level of the adjusted series after the last month.</summary>
    public double Level { get; }

    /// <summary>Gets the variance of the one-step errors of the simple exponential smoothing (on the adjusted scale).</summary>
    public double Sigma2 { get; }

    /// <inheritdoc/>
    public override string Description => SeasonallyAdjusted ? "Theta (seasonally adjusted)" : "Theta";

    /// <summary>Returns the seasonal index of a month (1 when the series was not adjusted).</summary>
    /// <param name="month">A month, before, inside or after the data.</param>
    /// <returns>The index.</returns>
    public double SeasonalIndex(Period month)
    {
        var m = figure.Length;
        var offset = (month.MonthIndex - FirstMonth.MonthIndex) % m;
        return figure[offset < 0 ? offset + m : offset];
    }

    /// <summary>
    /// The one-step fitted values of the simple exponential smoothing of the adjusted series, reseasonalised (as R's
    /// <c>thetaf</c>: the drift enters the forecasts only).
    /// </summary>
    private protected override double[] ComputeFitted() => fitted;

    private protected override Forecast PredictCore(int horizon, IReadOnlyList<int> levels)
    {
        var mean = new double[horizon];
        var se = new double[horizon];
        for (var h = 1; h <= horizon; h++)
        {
            var factor = Factor(h);
            mean[h - 1] = Sa(h) * factor;
            se[h - 1] = Math.Sqrt(Sigma2 * (((h - 1) * Alpha * Alpha) + 1)) * factor;
        }

        return new Forecast(Description, LastMonth.PlusMonths(1), mean, Intervals.Normal(mean, se, levels));
    }

    private protected override double[][] SimulateCore(int horizon, int paths, int seed)
    {
        var rng = new Random(seed);
        var sigma = Math.Sqrt(Sigma2);
        var result = new double[paths][];
        for (var i = 0; i < paths; i++)
        {
            var path = result[i] = new double[horizon];
            var cumulative = 0.0;
            for (var h = 1; h <= horizon; h++)
            {
                var e = sigma * EtsEngine.Gaussian(rng);
                path[h - 1] = (Sa(h) + cumulative + e) * Factor(h);
                cumulative += Alpha * e;
            }
        }

        return result;
    }

    private double Sa(int h) => Level + (Drift * ((h - 1) + ((1 - Math.Pow(1 - Alpha, n)) / Alpha)));

    private double Factor(int h) => figure[(n + h - 1) % figure.Length];
}
