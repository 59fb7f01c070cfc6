using Analytics.Internal;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// Seasonal ARIMA with automatic order selection by the stepwise search of Hyndman and Khandakar (JSS 2008), as R's
/// <c>forecast::auto.arima</c>: the seasonal difference when the seasonal strength exceeds 0.64, then non-seasonal
/// differences while a KPSS test at 5% rejects stationarity (at most two); then, from ARIMA(2,d,2)(1,D,1) and three
/// simpler starts, neighbouring orders (p, q ≤ 5; P, Q ≤ 2; p + q + P + Q ≤ 5; a constant when d + D ≤ 1) are
/// tried while AICc improves.
/// </summary>
/// <remarks>
/// Estimation is by conditional sum of squares (R's <c>arima(method = "CSS")</c>, which R's <c>auto.arima</c> also
/// uses in its search on long series), with the mean of the differenced series as its constant, and autoregressive and
/// moving-average polynomials parametrised through partial autocorrelations so that every fit is stationary and
/// invertible. The seasonal strength is measured on a classical decomposition rather than R's STL. Forecasts and
/// intervals come from the ψ-weights of the full model, differences included.
/// </remarks>
public sealed class Arima : IForecaster
{
    private const int MaxP = 5;
    private const int MaxQ = 5;
    private const int MaxSeasonalP = 2;
    private const int MaxSeasonalQ = 2;
    private const int MaxOrder = 5;

    /// <summary>Initializes a new instance of the <see cref="Arima"/> class.</summary>
    /// <param name="order">A fixed order, or null to select it automatically.</param>
    /// <param name="seasonLength">The season length (12 for monthly data).</param>
    public Arima(ArimaOrder? order = null, int seasonLength = 12)
        : this(order, seasonLength, maximumLikelihood: true)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Arima"/> class that may stop at the conditional-sum-of-squares estimates.</summary>
    internal Arima(ArimaOrder? order, int seasonLength, bool maximumLikelihood)
    {
        Preconditions.CheckArgumentRange(nameof(seasonLength), seasonLength, 1, 24);
        Order = order;
        SeasonLength = seasonLength;
        MaximumLikelihood = maximumLikelihood;
    }

    /// <summary>Gets the fixed order, or null when it is selected.</summary>
    public ArimaOrder? Order { get; }

    /// <summary>Gets the season length.</summary>
    public int SeasonLength { get; }

    /// <summary>Gets a value indicating whether the final estimates are exact maximum likelihood (else conditional sum of squares).</summary>
    private bool MaximumLikelihood { get; }

    /// <inheritdoc/>
    public string Name => "arima";

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series)
    {
        var data = SeriesData.From(series, minimumLength: 4);
        var y = data.Values;
        var m = SeasonLength;
        if (y.All(v => v == y[0]))
        {
            return Fitted.Fit(y, data.End, new ArimaOrder(0, 0, 0, 0, 0, 0, m, true))!;
        }

        if (Order is { } fixedOrder)
        {
            var css = Fitted.Fit(y, data.End, fixedOrder with { M = m });
            return (MaximumLikelihood ? css?.RefineByMaximumLikelihood() : css)
                ?? throw new ForecastException($"{fixedOrder} has too many parameters for a series of {y.Length} months; choose a smaller order.");
        }

        var seasonalD = m > 1 && y.Length >= 2 * m && SeasonalStrength(y, m) > 0.64 ? 1 : 0;
        var x = Difference(y, m, seasonalD);
        var d = 0;
        while (d < 2 && !IsConstant(x) && Kpss(x) > 0.463)
        {
            x = Difference(x, 1, 1);
            d++;
        }

        var best = Search(y, data.End, d, seasonalD, m) ?? throw new ForecastException("No ARIMA model could be fitted to the series.");
        return MaximumLikelihood ? best.RefineByMaximumLikelihood() : best;
    }

    private static Fitted? Search(double[] y, Period end, int d, int seasonalD, int m)
    {
        var seasonal = m > 1 && y.Length - d - (seasonalD * m) > m;
        var allowConstant = d + seasonalD <= 1;
        var tried = new Dictionary<ArimaOrder, Fitted?>();
        Fitted? best = null;
        bool Try(int p, int q, int sp, int sq, bool constant)
        {
            if (p < 0 || q < 0 || sp < 0 || sq < 0 || p > MaxP || q > MaxQ || sp > MaxSeasonalP || sq > MaxSeasonalQ || p + q + sp + sq > MaxOrder || (constant && !allowConstant))
            {
                return false;
            }

            if (!seasonal && (sp > 0 || sq > 0))
            {
                return false;
            }

            var order = new ArimaOrder(p, d, q, sp, seasonalD, sq, m, constant);
            if (tried.ContainsKey(order))
            {
                return false;
            }

            var fit = Fitted.Fit(y, end, order);
            tried[order] = fit;
            if (fit is not null && (best is null || fit.Aicc < best.Aicc))
            {
                best = fit;
                return true;
            }

            return false;
        }

        var c = allowConstant;
        Try(2, 2, seasonal ? 1 : 0, seasonal ? 1 : 0, c);
        Try(0, 0, 0, 0, c);
        Try(1, 0, seasonal ? 1 : 0, 0, c);
        Try(0, 1, 0, seasonal ? 1 : 0, c);
        if (c)
        {
            Try(0, 0, 0, 0, false);
        }

        var improved = true;
        while (improved && tried.Count < 94 && best is not null)
        {
            var o = best.Order;
            int p = o.P, q = o.Q, sp = o.SeasonalP, sq = o.SeasonalQ;
            var k = o.Constant;
            improved =
                Try(p, q, sp - 1, sq, k) || Try(p, q, sp, sq - 1, k) || Try(p, q, sp + 1, sq, k) || Try(p, q, sp, sq + 1, k)
                || Try(p, q, sp - 1, sq - 1, k) || Try(p, q, sp + 1, sq + 1, k) || Try(p, q, sp + 1, sq - 1, k) || Try(p, q, sp - 1, sq + 1, k)
                || Try(p - 1, q, sp, sq, k) || Try(p, q - 1, sp, sq, k) || Try(p + 1, q, sp, sq, k) || Try(p, q + 1, sp, sq, k)
                || Try(p - 1, q - 1, sp, sq, k) || Try(p + 1, q + 1, sp, sq, k) || Try(p + 1, q - 1, sp, sq, k) || Try(p - 1, q + 1, sp, sq, k)
                || Try(p, q, sp, sq, !k);
        }

        return best;
    }

    /// <summary>Seasonal strength, max(0, 1 − Var(remainder) / Var(season + remainder)), from a classical additive decomposition.</summary>
    internal static double SeasonalStrength(double[] y, int m)
    {
        var figure = Decomposition.SeasonalFigure(y, m, multiplicative: false);
        var half = m / 2;
        var remainder = new List<double>();
        var seasonPlusRemainder = new List<double>();
        for (var t = half; t < y.Length - half; t++)
        {
            var s = 0.5 * (y[t - half] + y[t + half]);
            for (var j = -half + 1; j < half; j++)
            {
                s += y[t + j];
            }

            var trend = s / m;
            var r = y[t] - trend - figure[t % m];
            remainder.Add(r);
            seasonPlusRemainder.Add(r + figure[t % m]);
        }

        var vr = Variance(remainder);
        var vsr = Variance(seasonPlusRemainder);
        return vsr == 0 ? 0 : Math.Clamp(1 - (vr / vsr), 0, 1);
    }

    /// <summary>The KPSS statistic for level stationarity with R's lag truncation trunc(3√n/13).</summary>
    internal static double Kpss(double[] x)
    {
        var n = x.Length;
        var mean = x.Average();
        var e = x.Select(v => v - mean).ToArray();
        double s = 0, eta = 0;
        foreach (var v in e)
        {
            s += v;
            eta += s * s;
        }

        eta /= (double)n * n;
        var lags = (int)Math.Truncate(3 * Math.Sqrt(n) / 13);
        var s2 = e.Sum(v => v * v) / n;
        for (var l = 1; l <= lags; l++)
        {
            var acc = 0.0;
            for (var t = l; t < n; t++)
            {
                acc += e[t] * e[t - l];
            }

            s2 += 2.0 / n * (1 - (l / (lags + 1.0))) * acc;
        }

        return s2 <= 0 ? 0 : eta / s2;
    }

    internal static double[] Difference(double[] x, int lag, int times)
    {
        var r = x;
        for (var i = 0; i < times; i++)
        {
            var next = new double[Math.Max(r.Length - lag, 0)];
            for (var t = 0; t < next.Length; t++)
            {
                next[t] = r[t + lag] - r[t];
            }

            r = next;
        }

        return r;
    }

    private static bool IsConstant(double[] x) => x.Length == 0 || x.All(v => v == x[0]);

    private static double Variance(List<double> v)
    {
        if (v.Count < 2)
        {
            return 0;
        }

        var mean = v.Average();
        return v.Sum(x => (x - mean) * (x - mean)) / (v.Count - 1);
    }

    /// <summary>Maps unconstrained values to the coefficients of a stationary polynomial through partial autocorrelations (R's partrans).</summary>
    internal static double[] Transform(ReadOnlySpan<double> raw)
    {
        var p = raw.Length;
        var coef = new double[p];
        var work = new double[p];
        for (var j = 0; j < p; j++)
        {
            work[j] = coef[j] = Math.Tanh(raw[j]);
        }

        for (var j = 1; j < p; j++)
        {
            var a = coef[j];
            for (var k = 0; k < j; k++)
            {
                work[k] -= a * coef[j - k - 1];
            }

            Array.Copy(work, coef, j);
        }

        return coef;
    }

    /// <summary>A fitted ARIMA model.</summary>
    internal sealed class Fitted : IForecastModel, IRefittableForm
    {
        private readonly double[] y;
        private readonly double[] w;
        private readonly double[] phi;
        private readonly double[] theta;
        private readonly double mu;

        private Fitted(ArimaOrder order, double[] y, double[] w, double[] phi, double[] theta, double mu, double sigma2, double aicc, Period lastMonth, double[] raw)
        {
            Raw = raw;
            Order = order;
            this.y = y;
            this.w = w;
            this.phi = phi;
            this.theta = theta;
            this.mu = mu;
            Sigma2 = sigma2;
            Aicc = aicc;
            LastMonth = lastMonth;
        }

        public ArimaOrder Order { get; }

        internal double[] Raw { get; }

        public double Sigma2 { get; }

        public double Aicc { get; }

        public Period LastMonth { get; }

        public string Description => Order.ToString();

        /// <inheritdoc/>
        /// <remarks>Conditional sum of squares only: the exact likelihood would cost several times the whole search.</remarks>
        public IForecaster SameForm() => new Arima(Order, Order.M, maximumLikelihood: false);

        internal static Fitted? Fit(double[] y, Period end, ArimaOrder o)
        {
            var m = o.M;
            var w = Difference(Difference(y, m, o.SeasonalD), 1, o.D);
            var nstar = w.Length;
            var k = o.P + o.Q + o.SeasonalP + o.SeasonalQ;
            var ncond = o.P + (m * o.SeasonalP);
            var npar = k + (o.Constant ? 1 : 0) + 1;
            if (nstar - ncond < npar + 2)
            {
                return null;
            }

            var mu = o.Constant ? w.Average() : 0.0;
            var z = w.Select(v => v - mu).ToArray();
            var residuals = new double[nstar];
            (double[] Phi, double[] Theta) LocalPolynomials(double[] raw) => Polynomials(o, raw);

            double Css(double[] raw)
            {
                var (ph, th) = LocalPolynomials(raw);
                var sse = 0.0;
                for (var t = 0; t < nstar; t++)
                {
                    if (t < ncond)
                    {
                        residuals[t] = 0;
                        continue;
                    }

                    var e = z[t];
                    for (var i = 0; i < ph.Length; i++)
                    {
                        e -= ph[i] * z[t - i - 1];
                    }

                    for (var j = 0; j < th.Length && t - j - 1 >= 0; j++)
                    {
                        e -= th[j] * residuals[t - j - 1];
                    }

                    residuals[t] = e;
                    sse += e * e;
                }

                return sse;
            }

            var raw = new double[k];
            if (k > 0)
            {
                raw = NelderMead.Minimize(r => { var s = Css(r); return double.IsFinite(s) ? 0.5 * Math.Log(s / (nstar - ncond)) : double.PositiveInfinity; }, raw, maxEvaluations: 200 * k).X;
            }

            var sse = Css(raw);
            var (phiFinal, thetaFinal) = LocalPolynomials(raw);
            var sigma2 = sse / (nstar - ncond);
            if (!(sigma2 > 0))
            {
                sigma2 = 1e-12;
            }

            var aicc = (nstar * Math.Log(sigma2)) + (2.0 * npar) + (2.0 * npar * (npar + 1) / (nstar - npar - 1));
            return new Fitted(o, y, w, phiFinal, thetaFinal, mu, sigma2, aicc, end, raw);
        }

        private static (double[] Phi, double[] Theta) Polynomials(ArimaOrder o, double[] raw)
        {
            var m = o.M;
            {
                var ar = Transform(raw.AsSpan(0, o.P));
                var ma = Transform(raw.AsSpan(o.P, o.Q)).Select(v => -v).ToArray();
                var sar = Transform(raw.AsSpan(o.P + o.Q, o.SeasonalP));
                var sma = Transform(raw.AsSpan(o.P + o.Q + o.SeasonalP, o.SeasonalQ)).Select(v => -v).ToArray();
                var phi = new double[o.P + (m * o.SeasonalP)];
                for (var i = 0; i < o.P; i++)
                {
                    phi[i] += ar[i];
                }

                for (var j = 0; j < o.SeasonalP; j++)
                {
                    phi[(m * (j + 1)) - 1] += sar[j];
                    for (var i = 0; i < o.P; i++)
                    {
                        phi[(m * (j + 1)) + i] -= ar[i] * sar[j];
                    }
                }

                var theta = new double[o.Q + (m * o.SeasonalQ)];
                for (var i = 0; i < o.Q; i++)
                {
                    theta[i] += ma[i];
                }

                for (var j = 0; j < o.SeasonalQ; j++)
                {
                    theta[(m * (j + 1)) - 1] += sma[j];
                    for (var i = 0; i < o.Q; i++)
                    {
                        theta[(m * (j + 1)) + i] += ma[i] * sma[j];
                    }
                }

                return (phi, theta);
            }
        }

        /// <summary>
        /// Refits the same order by exact Gaussian maximum likelihood (a Kalman filter on the differenced series, the
        /// initial state covariance from the model's own MA(∞) weights), starting from the CSS estimates: R's
        /// "CSS-ML". Returns this model unchanged when there is nothing to estimate or the likelihood does not improve.
        /// </summary>
        internal Fitted RefineByMaximumLikelihood()
        {
            var o = Order;
            var k = o.P + o.Q + o.SeasonalP + o.SeasonalQ;
            if (k == 0)
            {
                return this;
            }

            var z = w.Select(v => v - mu).ToArray();
            double Objective(double[] raw)
            {
                var (ph, th) = Polynomials(o, raw);
                var (ssq, sumlog) = KalmanLikelihood(z, ph, th);
                return double.IsFinite(ssq) && ssq > 0 ? 0.5 * (Math.Log(ssq / z.Length) + (sumlog / z.Length)) : double.PositiveInfinity;
            }

            var start = Objective(Raw);
            var (x, best, _) = NelderMead.Minimize(Objective, Raw, maxEvaluations: 100 * (k + 1));
            if (!(best < start))
            {
                return this;
            }

            var (phiMl, thetaMl) = Polynomials(o, x);
            var (ssqMl, _) = KalmanLikelihood(z, phiMl, thetaMl);
            return new Fitted(o, y, w, phiMl, thetaMl, mu, ssqMl / z.Length, Aicc, LastMonth, x);
        }

        /// <summary>
        /// The exact Gaussian likelihood of a zero-mean ARMA process by the Kalman filter in Harvey's state-space form:
        /// returns Σ v²/F and Σ log F over the innovations (σ² concentrated out).
        /// </summary>
        internal static (double Ssq, double SumLog) KalmanLikelihood(double[] z, double[] ph, double[] th) => KalmanLikelihood(z, ph, th, null);

        /// <summary>As above, and writes the filtered state at the last observation, a(n|n), into <paramref name="filtered"/> (length max(p, q + 1)).</summary>
        internal static (double Ssq, double SumLog) KalmanLikelihood(double[] z, double[] ph, double[] th, double[]? filtered)
        {
            var r = Math.Max(ph.Length, th.Length + 1);
            var phi = new double[r];
            Array.Copy(ph, phi, ph.Length);
            var rv = new double[r];
            rv[0] = 1;
            for (var j = 0; j < th.Length; j++)
            {
                rv[j + 1] = th[j];
            }

            // Stationary covariance: P0 = Σ_k T^k R R' T'^k, summed until the terms vanish.
            var p = new double[r, r];
            var a = (double[])rv.Clone();
            var next = new double[r];
            for (var k = 0; k < 1000; k++)
            {
                var norm = 0.0;
                for (var i = 0; i < r; i++)
                {
                    norm += a[i] * a[i];
                    for (var j = 0; j < r; j++)
                    {
                        p[i, j] += a[i] * a[j];
                    }
                }

                if (norm < 1e-10 * p[0, 0])
                {
                    break;
                }

                for (var i = 0; i < r; i++)
                {
                    next[i] = (phi[i] * a[0]) + (i + 1 < r ? a[i + 1] : 0);
                }

                (a, next) = (next, a);
            }

            var state = new double[r];
            var upd = new double[r];
            var mt = new double[r, r];
            double ssq = 0, sumlog = 0, previousF = double.NaN;
            var steady = false;
            var unchanged = 0;
            for (var t = 0; t < z.Length; t++)
            {
                var f = p[0, 0];
                if (!(f > 1e-12))
                {
                    return (double.NaN, double.NaN);
                }

                var v = z[t] - state[0];
                ssq += v * v / f;
                sumlog += Math.Log(f);

                // Once the covariance has converged (F unchanged over a whole state length), the gain is constant:
                // only the state moves. A shorter run of equal F happens before a seasonal lag's information arrives.
                unchanged = Math.Abs(f - previousF) < 1e-9 * f ? unchanged + 1 : 0;
                steady = steady || unchanged > r;
                previousF = f;
                if (steady)
                {
                    var u0 = state[0] + (p[0, 0] * v / f);
                    for (var i = 0; i < r; i++)
                    {
                        upd[i] = state[i] + (p[i, 0] * v / f);
                    }

                    if (filtered is not null && t == z.Length - 1)
                    {
                        Array.Copy(upd, filtered, r);
                    }

                    for (var i = 0; i < r; i++)
                    {
                        state[i] = (phi[i] * u0) + (i + 1 < r ? upd[i + 1] : 0);
                    }

                    continue;
                }

                // Update, then predict: a = T(a + K v); P = T(P − P·0 P0· / F)T' + R R'.
                for (var i = 0; i < r; i++)
                {
                    upd[i] = state[i] + (p[i, 0] * v / f);
                }

                if (filtered is not null && t == z.Length - 1)
                {
                    Array.Copy(upd, filtered, r);
                }

                for (var i = 0; i < r; i++)
                {
                    for (var j = 0; j < r; j++)
                    {
                        mt[i, j] = p[i, j] - (p[i, 0] * p[0, j] / f);
                    }
                }

                for (var i = 0; i < r; i++)
                {
                    state[i] = (phi[i] * upd[0]) + (i + 1 < r ? upd[i + 1] : 0);
                }

                // P = T M T' + R R', with T the companion matrix: (T M)_ij = φ_i M_0j + M_(i+1)j.
                for (var i = 0; i < r; i++)
                {
                    for (var j = 0; j < r; j++)
                    {
                        var tm = (phi[i] * mt[0, j]) + (i + 1 < r ? mt[i + 1, j] : 0);
                        next[j] = tm;
                    }

                    for (var j = 0; j < r; j++)
                    {
                        p[i, j] = next[j];
                    }
                }

                for (var i = 0; i < r; i++)
                {
                    for (var j = 0; j < r; j++)
                    {
                        next[j] = (p[i, 0] * phi[j]) + (j + 1 < r ? p[i, j + 1] : 0) + (rv[i] * rv[j]);
                    }

                    for (var j = 0; j < r; j++)
                    {
                        p[i, j] = next[j];
                    }
                }
            }

            return (ssq, sumlog);
        }

        public Forecast Predict(int horizon, IReadOnlyList<int> levels)
        {
            Preconditions.CheckArgumentRange(nameof(horizon), horizon, 1, 1200);
            Intervals.CheckLevels(levels);
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

        public double[][] Simulate(int horizon, int paths, int seed)
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

        private double[]? filteredState;

        private double[] FilteredState()
        {
            if (filteredState is null)
            {
                var x = new double[Math.Max(phi.Length, theta.Length + 1)];
                var (ssq, _) = KalmanLikelihood(w.Select(v => v - mu).ToArray(), phi, theta, x);
                filteredState = double.IsFinite(ssq) ? x : new double[x.Length];
            }

            return filteredState;
        }

        // Forecasts (shocks null) or a simulated path: the state-space recursion from the filtered state at the last
        // observation (exact even when a moving-average root is close to the unit circle), then integrated.
        private double[] Path(int horizon, double[]? shocks)
        {
            var n = w.Length;
            var r = Math.Max(phi.Length, theta.Length + 1);
            var x = (double[])FilteredState().Clone();

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
    }
}
