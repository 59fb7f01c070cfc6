using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>An ETS model fitted to a series: its form, parameters, states, likelihood and information criteria.</summary>
public sealed class EtsModel : ForecastModel, IRefittableForm
{
    private readonly double[] initialState;
    private readonly double[] finalState;
    private readonly double[] errors;
    private readonly double[] fitted;

    internal EtsModel(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi, double[] initialState, double[] finalState, double logLikelihood, double aic, double aicc, double bic, double sigma2, double[] errors, double[] fitted, double[] data, Period lastMonth)
        : base(lastMonth, data)
    {
        Spec = spec;
        SeasonLength = m;
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        Phi = phi;
        this.initialState = initialState;
        this.finalState = finalState;
        LogLikelihood = logLikelihood;
        Aic = aic;
        Aicc = aicc;
        Bic = bic;
        Sigma2 = sigma2;
        this.errors = errors;
        this.fitted = fitted;
    }

    /// <summary>Gets the model form.</summary>
    public EtsSpec Spec { get; }

    /// <summary>Gets the season length.</summary>
    public int SeasonLength { get; }

    /// <summary>Gets the smoothing parameter of the level.</summary>
    public double Alpha { get; }

    /// <summary>Gets the smoothing parameter of the trend (0 without trend).</summary>
    public double Beta { get; }

    /// <summary>Gets the smoothing parameter of the season (0 without season).</summary>
    public double Gamma { get; }

    /// <summary>Gets the damping parameter (1 without damping).</summary>
    public double Phi { get; }

    /// <summary>Gets the initial state: level, trend (if any), seasonal states s0..s(m−1), s0 the most recent.</summary>
    public IReadOnlyList<double> InitialState => initialState;

    /// <summary>Gets the log-likelihood as R's <c>ets</c> reports it (−½ of n·log(SSE) + 2·Σlog|ŷ| for multiplicative errors).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets Akaike's information criterion.</summary>
    public double Aic { get; }

    /// <summary>Gets the AIC corrected for small samples, the selection criterion.</summary>
    public double Aicc { get; }

    /// <summary>Gets the Bayesian information criterion.</summary>
    public double Bic { get; }

    /// <summary>Gets the variance of the (relative, for multiplicative errors) one-step errors.</summary>
    public double Sigma2 { get; }

    /// <summary>
    /// Gets the one-step errors ε of the model's equations: relative, (y − ŷ) / ŷ, for multiplicative errors, else
    /// y − ŷ (R's <c>residuals(fit, type = "innovation")</c>). <see cref="ForecastModel.Residuals"/> are always y − ŷ.
    /// </summary>
    public IReadOnlyList<double> Errors => errors;

    /// <inheritdoc/>
    public override string Description => Spec.ToString();

    /// <summary>
    /// Predicts: point forecasts from the final state; intervals analytic for the additive models (class 1 of
    /// Hyndman et al. 2008, Table 6.1) and from 5,000 simulated paths for the others, as R's <c>forecast.ets</c>.
    /// </summary>
    /// <param name="horizon">The number of months.</param>
    /// <param name="levels">The interval levels.</param>
    /// <returns>The forecast.</returns>
    private protected override Forecast PredictCore(int horizon, IReadOnlyList<int> levels)
    {
        var mean = EtsEngine.PointForecast(finalState, Spec, SeasonLength, Phi, horizon);
        var additive = !Spec.MultiplicativeError && Spec.Season != 'M';
        var bounds = levels.Count == 0
            ? []
            : additive
                ? Intervals.Normal(mean, AdditiveStandardErrors(horizon), levels)
                : Intervals.FromPaths(Simulate(horizon, Intervals.DefaultPaths, 20231001), horizon, levels);
        return new Forecast(Description, LastMonth.PlusMonths(1), mean, bounds);
    }

    /// <inheritdoc/>
    private protected override double[][] SimulateCore(int horizon, int paths, int seed)
    {
        var rng = new Random(seed);
        var sigma = Math.Sqrt(Sigma2);
        var result = new double[paths][];
        for (var i = 0; i < paths; i++)
        {
            result[i] = new double[horizon];
            EtsEngine.SimulatePath(finalState, Spec, SeasonLength, Alpha, Beta, Gamma, Phi, sigma, rng, result[i]);
        }

        return result;
    }

    private double[] AdditiveStandardErrors(int horizon)
    {
        var se = new double[horizon];
        var sum = 0.0;
        for (var h = 1; h <= horizon; h++)
        {
            se[h - 1] = Math.Sqrt(Sigma2 * (1 + sum));
            var j = h;
            var phiJ = 0.0;
            for (var k = 1; k <= j; k++)
            {
                phiJ += Math.Pow(Phi, k);
            }

            var c = Alpha
                + (Spec.HasTrend ? Beta * (Spec.Damped ? phiJ : j) : 0)
                + (Spec.HasSeason && j % SeasonLength == 0 ? Gamma : 0);
            sum += c * c;
        }

        return se;
    }

    /// <inheritdoc/>
    private protected override double[] ComputeFitted() => fitted;

    /// <inheritdoc/>
    IForecaster IRefittableForm.SameForm() => new Ets(Spec, SeasonLength);
}
