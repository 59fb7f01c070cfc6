using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>
/// A seasonal ARIMA model fitted to a series by <see cref="Arima"/>: its order, coefficients, innovation variance,
/// likelihood and information criteria; forecasts and intervals from the state-space form of the full model,
/// differences included.
/// </summary>
/// <remarks>
/// The constant is the mean of the differenced series (a mean when d + D = 0, a drift when d + D = 1), not estimated
/// jointly with the coefficients as R does. <see cref="LogLikelihood"/> and the criteria are exact Gaussian ones of the
/// differenced series at the final estimates, σ² concentrated out, as R's <c>arima</c> reports them; the search
/// compared orders by the conditional-sum-of-squares AICc.
/// </remarks>
public sealed class ArimaModel : ForecastModel, IRefittableForm
{
    private readonly double[] y;
    private readonly double[] w;
    private readonly double[] phi;
    private readonly double[] theta;
    private readonly double mu;
    private FilterResult? filter;

    internal ArimaModel(ArimaOrder order, double[] y, double[] w, double[] phi, double[] theta, double mu, double sigma2, double searchCriterion, Period lastMonth, double[] raw)
        : base(lastMonth, y)
    {
        Raw = raw;
        Order = order;
        this.y = y;
        this.w = w;
        this.phi = phi;
        this.theta = theta;
        this.mu = mu;
        Sigma2 = sigma2;
        SearchCriterion = searchCriterion;
        var o = order;
        Ar = ArimaEstimation.Transform(raw.AsSpan(0, o.P));
        Ma = [.. ArimaEstimation.Transform(raw.AsSpan(o.P, o.Q)).Select(v => -v)];
        SeasonalAr = ArimaEstimation.Transform(raw.AsSpan(o.P + o.Q, o.SeasonalP));
        SeasonalMa = [.. ArimaEstimation.Transform(raw.AsSpan(o.P + o.Q + o.SeasonalP, o.SeasonalQ)).Select(v => -v)];
    }

    /// <summary>Gets the order, ARIMA(p,d,q)(P,D,Q)[m], and whether it has a constant.</summary>
    public ArimaOrder Order { get; }

    /// <summary>Gets the non-seasonal autoregressive coefficients φ₁…φp, as R's <c>ar1, ar2, …</c>.</summary>
    public IReadOnlyList<double> Ar { get; }

    /// <summary>Gets the non-seasonal moving-average coefficients θ₁…θq, with R's sign (1 + θ₁B + …): R's <c>ma1, ma2, …</c>.</summary>
    public IReadOnlyList<double> Ma { get; }

    /// <summary>Gets the seasonal autoregressive coefficients Φ₁…ΦP, as R's <c>sar1, …</c>.</summary>
    public IReadOnlyList<double> SeasonalAr { get; }

    /// <summary>Gets the seasonal moving-average coefficients Θ₁…ΘQ, with R's sign: R's <c>sma1, …</c>.</summary>
    public IReadOnlyList<double> SeasonalMa { get; }

    /// <summary>Gets the constant: the mean of the differenced series (the mean when d + D = 0, the drift per month when d + D = 1); 0 without a constant.</summary>
    public double Constant => mu;

    /// <summary>Gets the variance of the innovations σ² (from the exact likelihood, or the conditional sum of squares when that was the final estimate).</summary>
    public double Sigma2 { get; }

    /// <summary>Gets the exact Gaussian log-likelihood of the differenced series at the estimates.</summary>
    public double LogLikelihood => Filter().LogLikelihood;

    /// <summary>Gets Akaike's information criterion, −2 log L + 2k, k counting the coefficients, the constant and σ².</summary>
    public double Aic => (-2 * LogLikelihood) + (2.0 * ParameterCount);

    /// <summary>Gets the AIC corrected for small samples, as R's <c>auto.arima</c> reports it.</summary>
    public double Aicc
    {
        get
        {
            var n = w.Length;
            var k = ParameterCount;
            return n - k - 1 > 0 ? Aic + (2.0 * k * (k + 1) / (n - k - 1)) : double.PositiveInfinity;
        }
    }

    /// <summary>Gets the Bayesian information criterion.</summary>
    public double Bic => (-2 * LogLikelihood) + (Math.Log(w.Length) * ParameterCount);

    /// <inheritdoc/>
    public override string Description => Order.ToString();

    /// <summary>Gets the unconstrained parameters (partial autocorrelations through tanh), the start of a refinement.</summary>
    internal double[] Raw { get; }

    /// <summary>Gets the conditional-sum-of-squares AICc that the order search compares.</summary>
    internal double SearchCriterion { get; }

    private int ParameterCount => Order.P + Order.Q + Order.SeasonalP + Order.SeasonalQ + (Order.Constant ? 1 : 0) + 1;

    /// <inheritdoc/>
    /// <remarks>Conditional sum of squares only: the exact likelihood would cost several times the whole search.</remarks>
    public IForecaster SameForm() => new Arima(Order, Order.M, maximumLikelihood: false);

    /// <summary>The differenced series less its constant, the series the ARMA part describes.</summary>
    internal double[] CentredDifferences() => w.Select(v => v - mu).ToArray();

    /// <summary>The same order and data with other estimates (the search's criterion kept).</summary>
    internal ArimaModel WithEstimates(double[] newPhi, double[] newTheta, double sigma2, double[] raw)
        => new(Order, y, w, newPhi, newTheta, mu, sigma2, SearchCriterion, LastMonth, raw);

    /// <summary>
    /// The one-step predictions of the Kalman filter, integrated: ŷ_t = y_t − v_t; the first d + mD months, which the
    /// differences use up, have none.
    /// </summary>
    private protected override double[] ComputeFitted()
    {
        var f = Filter();
        var lost = y.Length - w.Length;
        var fitted = new double[y.Length];
        for (var t = 0; t < y.Length; t++)
        {
            fitted[t] = t < lost || !f.Ok ? double.NaN : y[t] - f.Innovations[t - lost];
        }

        return fitted;
    }

    private FilterResult Filter()
    {
        if (filter is null)
        {
            var x = new double[Math.Max(phi.Length, theta.Length + 1)];
            var innovations = new double[w.Length];
            var (ssq, sumlog) = ArimaEstimation.KalmanLikelihood(CentredDifferences(), phi, theta, x, innovations);
            var ok = double.IsFinite(ssq);
            var n = w.Length;
            var logLikelihood = ok && ssq > 0 ? -0.5 * ((n * Math.Log(ssq / n)) + sumlog + n + (n * Math.Log(2 * Math.PI))) : double.NaN;
            filter = new FilterResult(ok ? x : new double[x.Length], innovations, logLikelihood, ok);
        }

        return filter;
    }

    private protected override Forecast PredictCore(int horizon, IReadOnlyList<int> levels)
    {
        var mean = Path(horizon, null);
        var psi = Psi(horizon);
        var se = new double[horizon];
        var acc = 0.0;
        for (var h = 0; h < horizon; h++)
        {
            acc += psi[h] * psi[h];
            se[h] = Math.Sqrt(Sigma2 * acc);
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
            var shocks = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                shocks[h] = sigma * EtsEngine.Gaussian(rng);
            }

            result[i] = Path(horizon, shocks);
        }

        return result;
    }

    // Forecasts (shocks null) or a simulated path: the state-space recursion from the filtered state at the last
    // observation (exact even when a moving-average root is close to the unit circle), then integrated.
    private double[] Path(int horizon, double[]? shocks)
    {
        var n = w.Length;
        var r = Math.Max(phi.Length, theta.Length + 1);
        var x = (double[])Filter().State.Clone();

        var next = new double[r];
        var z = new double[n + horizon];
        for (var h = 0; h < horizon; h++)
        {
            var shock = shocks?[h] ?? 0.0;
            for (var i = 0; i < r; i++)
            {
                var rv = i == 0 ? 1.0 : i - 1 < theta.Length ? theta[i - 1] : 0.0;
                next[i] = ((i < phi.Length ? phi[i] : 0.0) * x[0]) + (i + 1 < r ? x[i + 1] : 0.0) + (rv * shock);
            }

            (x, next) = (next, x);
            z[n + h] = x[0];
        }

        // Undo the differences: y_t = w_t + Σ δ_k y_{t−k}.
        var delta = DifferencingPolynomial();
        var full = new double[y.Length + horizon];
        Array.Copy(y, full, y.Length);
        var result = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var t = y.Length + h;
            var v = z[n + h] + mu;
            for (var k = 0; k < delta.Length; k++)
            {
                v += delta[k] * full[t - k - 1];
            }

            full[t] = v;
            result[h] = v;
        }

        return result;
    }

    // (1 − B)^d (1 − B^m)^D = 1 − Σ δ_k B^k.
    private double[] DifferencingPolynomial()
    {
        var poly = new List<double> { 1.0 };
        void Multiply(int lag)
        {
            var next = new double[poly.Count + lag];
            for (var i = 0; i < poly.Count; i++)
            {
                next[i] += poly[i];
                next[i + lag] -= poly[i];
            }

            poly = [.. next];
        }

        for (var i = 0; i < Order.D; i++)
        {
            Multiply(1);
        }

        for (var i = 0; i < Order.SeasonalD; i++)
        {
            Multiply(Order.M);
        }

        return poly.Skip(1).Select(c => -c).ToArray();
    }

    private double[] Psi(int horizon)
    {
        // AR polynomial including the differences: (1 − Σφ B)(1 − Σδ B).
        var delta = DifferencingPolynomial();
        var ar = new double[phi.Length + delta.Length];
        for (var i = 0; i < phi.Length; i++)
        {
            ar[i] += phi[i];
        }

        for (var k = 0; k < delta.Length; k++)
        {
            ar[k] += delta[k];
            for (var i = 0; i < phi.Length; i++)
            {
                ar[i + k + 1] -= phi[i] * delta[k];
            }
        }

        var psi = new double[horizon];
        psi[0] = 1.0;
        for (var j = 1; j < horizon; j++)
        {
            var v = j - 1 < theta.Length ? theta[j - 1] : 0.0;
            for (var i = 1; i <= Math.Min(j, ar.Length); i++)
            {
                v += ar[i - 1] * psi[j - i];
            }

            psi[j] = v;
        }

        return psi;
    }

    private sealed record FilterResult(double[] State, double[] Innovations, double LogLikelihood, bool Ok);
}
