using Analytics.Internal;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// Exponential smoothing state-space models (ETS), fitted by maximum likelihood with automatic selection by AICc among
/// the error, trend (including damped) and seasonal forms, as R's <c>forecast::ets</c> does (Hyndman, Koehler, Snyder
/// and Grose, IJF 2002; Hyndman, Koehler, Ord and Snyder, "Forecasting with exponential smoothing", Springer 2008).
/// </summary>
/// <remarks>
/// As in R: additive-error models with a multiplicative season are not considered (<c>restrict = TRUE</c>), nor
/// multiplicative trends; multiplicative errors and seasons only for positive data; parameters within the usual bounds
/// (0.0001 ≤ β ≤ α ≤ 0.9999, γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98); initial states from a classical decomposition, then
/// optimised with the smoothing parameters by Nelder–Mead. R also applies its admissibility test (characteristic roots
/// inside the unit circle) during the optimisation; here it is applied to each candidate's final parameters, and an
/// inadmissible candidate is not selected (cheaper, and on M3 as accurate). A constant series gets
/// simple exponential smoothing with α = 0.9999 (a flat forecast); a series of fewer than two seasons gets only
/// non-seasonal models.
/// </remarks>
public sealed class Ets : IForecaster
{
    private static readonly double[] Lower = [1e-4, 1e-4, 1e-4, 0.8];
    private static readonly double[] Upper = [0.9999, 0.9999, 0.9999, 0.98];

    /// <summary>Initializes a new instance of the <see cref="Ets"/> class.</summary>
    /// <param name="spec">The model form, or null to select it by AICc.</param>
    /// <param name="seasonLength">The season length (12 for monthly data).</param>
    public Ets(EtsSpec? spec = null, int seasonLength = 12)
        : this(spec, seasonLength, meanSquaredError: false)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Ets"/> class that fits by mean squared error (R's <c>opt.crit = "mse"</c>, used by <c>ses</c> and so by Theta).</summary>
    internal Ets(EtsSpec? spec, int seasonLength, bool meanSquaredError)
    {
        Preconditions.CheckArgumentRange(nameof(seasonLength), seasonLength, 1, 24);
        Spec = spec;
        SeasonLength = seasonLength;
        MeanSquaredError = meanSquaredError;
    }

    private bool MeanSquaredError { get; }

    /// <summary>Gets the model form, or null when it is selected automatically.</summary>
    public EtsSpec? Spec { get; }

    /// <summary>Gets the season length.</summary>
    public int SeasonLength { get; }

    /// <inheritdoc/>
    public string Name => "ets";

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series) => FitEts(series);

    /// <summary>Fits and returns the ETS model with its parameters.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ForecastException">The series cannot be fitted; the message says why.</exception>
    public EtsModel FitEts(MonthlySeries series)
    {
        var data = SeriesData.From(series, minimumLength: 4);
        var y = data.Values;
        var m = SeasonLength;
        if (y.All(v => v == y[0]))
        {
            var flat = new EtsSpec(false, 'N', 'N');
            return Build(data, flat, m, [0.9999, 0, 0, 0], [y[0]]);
        }

        if (Spec is { } fixedSpec)
        {
            if (fixedSpec.HasSeason && y.Length <= m)
            {
                throw new ForecastException($"{fixedSpec} needs more than one season of data ({m} months); the series has {y.Length}. Use a non-seasonal form or let the form be chosen.");
            }

            if ((fixedSpec.MultiplicativeError || fixedSpec.Season == 'M') && y.Min() <= 0)
            {
                throw new ForecastException($"{fixedSpec} is multiplicative and the series has zero or negative values; use an additive form (e.g. AAdA) or let the form be chosen.");
            }

            return FitSpec(data, fixedSpec, m, MeanSquaredError) ?? throw new ForecastException($"{fixedSpec} has more parameters than the series has months; use a simpler form.");
        }

        var positive = y.Min() > 0;
        var seasons = m > 1 && y.Length > m ? new[] { 'N', 'A', 'M' } : ['N'];
        EtsModel? best = null;
        foreach (var error in new[] { false, true })
        {
            foreach (var trend in new[] { 'N', 'A', 'D' })
            {
                foreach (var season in seasons)
                {
                    if ((!error && season == 'M') || (!positive && (error || season == 'M')))
                    {
                        continue;
                    }

                    var fit = FitSpec(data, new EtsSpec(error, trend, season), m, MeanSquaredError);
                    if (fit is not null && double.IsFinite(fit.Aicc) && Admissible(fit) && (best is null || fit.Aicc < best.Aicc))
                    {
                        best = fit;
                    }
                }
            }
        }

        return best ?? throw new ForecastException("No ETS model could be fitted to the series.");
    }

    private static EtsModel? FitSpec(SeriesData data, EtsSpec spec, int m, bool mse)
    {
        var y = data.Values;
        var season = spec.HasSeason ? m : 1;
        var init = InitialState(y, spec, m);
        var (alpha, beta, gamma, phi) = InitialParameters(spec, season);
        var smoothing = new List<double> { alpha };
        if (spec.HasTrend)
        {
            smoothing.Add(beta);
        }

        if (spec.HasSeason)
        {
            smoothing.Add(gamma);
        }

        if (spec.Damped)
        {
            smoothing.Add(phi);
        }

        var k = smoothing.Count;
        var par = smoothing.Concat(init).ToArray();
        if (par.Length >= y.Length - 1)
        {
            return null;
        }

        var full = new double[init.Length + (spec.HasSeason ? 1 : 0)];
        double Objective(double[] p)
        {
            var (a, b, g, f) = Unpack(p, spec);
            if (!Usual(a, b, g, f, spec))
            {
                return double.PositiveInfinity;
            }

            Expand(p.AsSpan(k), spec, m, full);
            if (spec.Season == 'M')
            {
                var offset = spec.HasTrend ? 2 : 1;
                for (var j = offset; j < full.Length; j++)
                {
                    if (full[j] < 0)
                    {
                        return double.PositiveInfinity;
                    }
                }
            }

            var lik = EtsEngine.Run(y, spec, m, a, b, g, f, full);
            if (mse)
            {
                // n·log(SSE) → SSE / n: the same optimum, but Nelder–Mead walks the surface as R's ses does.
                lik = Math.Exp(lik / y.Length) / y.Length;
            }

            return double.IsNaN(lik) ? double.PositiveInfinity : Math.Max(lik, -1e10);
        }

        var (x, _, _) = NelderMead.Minimize(Objective, par);
        var (fa, fb, fg, fphi) = Unpack(x, spec);
        var state = new double[full.Length];
        Expand(x.AsSpan(k), spec, m, state);
        return Build(data, spec, m, [fa, fb, fg, fphi], state, x.Length);
    }

    private static EtsModel Build(SeriesData data, EtsSpec spec, int m, double[] smoothing, double[] initialState, int parameterCount = 1)
    {
        var y = data.Values;
        var errors = new double[y.Length];
        var fitted = new double[y.Length];
        var final = new double[initialState.Length];
        var lik = EtsEngine.Run(y, spec, m, smoothing[0], smoothing[1], smoothing[2], smoothing[3], initialState, errors, fitted, final);
        var np = parameterCount + 1;
        var n = y.Length;
        var aic = lik + (2 * np);
        var aicc = n - np - 1 > 0 ? aic + (2.0 * np * (np + 1) / (n - np - 1)) : double.PositiveInfinity;
        var bic = lik + (Math.Log(n) * np);
        var sse = errors.Sum(e => e * e);
        var sigma2 = sse / Math.Max(n - parameterCount, 1);
        return new EtsModel(spec, m, smoothing[0], smoothing[1], smoothing[2], spec.Damped ? smoothing[3] : 1.0, initialState, final, -0.5 * lik, aic, aicc, bic, sigma2, errors, fitted, y, data.End);
    }

    /// <summary>
    /// R's admissibility test (Hyndman et al. 2008, ch. 10): the model's forecasts must be stable, i.e. the roots of
    /// its characteristic polynomial lie inside the unit circle. Applied to each candidate's final parameters.
    /// </summary>
    internal static bool Admissible(EtsModel fit)
    {
        var phi = fit.Spec.Damped ? fit.Phi : 1.0;
        var alpha = fit.Alpha;
        var beta = fit.Spec.HasTrend ? fit.Beta : 0.0;
        if (!fit.Spec.HasSeason)
        {
            if (alpha < 1 - (1 / phi) || alpha > 1 + (1 / phi))
            {
                return false;
            }

            return !fit.Spec.HasTrend || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
        }

        var m = fit.SeasonLength;
        var gamma = fit.Gamma;
        if (gamma < Math.Max(1 - (1 / phi) - alpha, 0) || gamma > 1 + (1 / phi) - alpha)
        {
            return false;
        }

        if (alpha < 1 - (1 / phi) - (gamma * (1 - m + phi + (phi * m)) / (2 * phi * m)) || beta < -(1 - phi) * ((gamma / m) + alpha))
        {
            return false;
        }

        var p = new double[m + 2];
        p[0] = phi * (1 - alpha - gamma);
        p[1] = alpha + beta - (alpha * phi) + gamma - 1;
        for (var j = 2; j < m; j++)
        {
            p[j] = alpha + beta - (alpha * phi);
        }

        p[m] = alpha + beta - phi;
        p[m + 1] = 1;
        var roots = new MathNet.Numerics.Polynomial(p).Roots();
        return roots.All(r => r.Magnitude <= 1 + 1e-10);
    }

    private static (double Alpha, double Beta, double Gamma, double Phi) Unpack(double[] p, EtsSpec spec)
    {
        var i = 0;
        var a = p[i++];
        var b = spec.HasTrend ? p[i++] : 0.0;
        var g = spec.HasSeason ? p[i++] : 0.0;
        var f = spec.Damped ? p[i] : 1.0;
        return (a, b, g, f);
    }

    private static bool Usual(double alpha, double beta, double gamma, double phi, EtsSpec spec)
    {
        if (alpha < Lower[0] || alpha > Upper[0])
        {
            return false;
        }

        if (spec.HasTrend && (beta < Lower[1] || beta > alpha || beta > Upper[1]))
        {
            return false;
        }

        if (spec.Damped && (phi < Lower[3] || phi > Upper[3]))
        {
            return false;
        }

        return !spec.HasSeason || (gamma >= Lower[2] && gamma <= 1 - alpha && gamma <= Upper[2]);
    }

    // The optimised initial state omits the last seasonal state, which normalises the season (sum m or 0).
    private static void Expand(ReadOnlySpan<double> optimised, EtsSpec spec, int m, double[] full)
    {
        optimised.CopyTo(full);
        if (!spec.HasSeason)
        {
            return;
        }

        var offset = spec.HasTrend ? 2 : 1;
        var sum = 0.0;
        for (var j = offset; j < optimised.Length; j++)
        {
            sum += optimised[j];
        }

        full[^1] = (spec.Season == 'M' ? m : 0) - sum;
    }

    private static (double Alpha, double Beta, double Gamma, double Phi) InitialParameters(EtsSpec spec, int m)
    {
        var alpha = Lower[0] + (0.2 * (Upper[0] - Lower[0]) / m);
        var beta = 0.0;
        if (spec.HasTrend)
        {
            var upper = Math.Min(Upper[1], alpha);
            beta = Lower[1] + (0.1 * (upper - Lower[1]));
            if (beta < 0 || beta > alpha)
            {
                beta = alpha - 0.001;
            }
        }

        var gamma = 0.0;
        if (spec.HasSeason)
        {
            var upper = Math.Min(Upper[2], 1 - alpha);
            gamma = Lower[2] + (0.05 * (upper - Lower[2]));
            if (gamma < 0 || gamma > 1 - alpha)
            {
                gamma = 1 - alpha - 0.001;
            }
        }

        var phi = spec.Damped ? Lower[3] + (0.99 * (Upper[3] - Lower[3])) : 1.0;
        return (alpha, beta, gamma, phi);
    }

    /// <summary>R's heuristic initial state: level, trend and m − 1 seasonal states (s0 the most recent).</summary>
    private static double[] InitialState(double[] y, EtsSpec spec, int m)
    {
        var n = y.Length;
        double[] seasonal; // one value per observation position
        double[] initSeas = [];
        var ySa = (double[])y.Clone();
        if (spec.HasSeason)
        {
            var mult = spec.Season == 'M';
            if (n < 3 * m)
            {
                // A trend plus one Fourier pair, as R does for short series.
                var coef = FourierTrend(y, m);
                seasonal = new double[n];
                for (var t = 0; t < n; t++)
                {
                    var trend = coef.Intercept + (coef.Slope * (t + 1));
                    seasonal[t] = mult ? y[t] / trend : y[t] - trend;
                }
            }
            else
            {
                var figure = Decomposition.SeasonalFigure(y, m, mult);
                seasonal = Enumerable.Range(0, n).Select(t => figure[t % m]).ToArray();
            }

            initSeas = Enumerable.Range(1, m - 1).Select(i => seasonal[i]).Reverse().ToArray();
            if (mult)
            {
                initSeas = initSeas.Select(s => Math.Max(s, 0.01)).ToArray();
                if (initSeas.Sum() > m)
                {
                    var total = initSeas.Sum(s => s + 0.01);
                    initSeas = initSeas.Select(s => s / total).ToArray();
                }

                for (var t = 0; t < n; t++)
                {
                    ySa[t] = y[t] / Math.Max(seasonal[t], 0.01);
                }
            }
            else
            {
                for (var t = 0; t < n; t++)
                {
                    ySa[t] = y[t] - seasonal[t];
                }
            }
        }

        var maxn = Math.Min(Math.Max(10, 2 * (spec.HasSeason ? m : 1)), n);
        var state = new List<double>();
        if (!spec.HasTrend)
        {
            state.Add(ySa.Take(maxn).Average());
        }
        else
        {
            var (a, b) = Decomposition.Line(ySa.AsSpan(0, maxn), offset: 1);
            if (Math.Abs(a + b) < 1e-8)
            {
                a *= 1.001;
                b *= 0.999;
            }

            state.Add(a);
            state.Add(b);
        }

        state.AddRange(initSeas);
        return [.. state];
    }

    private static (double Intercept, double Slope) FourierTrend(double[] y, int m)
    {
        // Least squares of y on [1, t, sin(2πt/m), cos(2πt/m)], t = 1..n.
        var n = y.Length;
        var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, 4, (i, j) => j switch
        {
            0 => 1.0,
            1 => i + 1.0,
            2 => Math.Sin(2 * Math.PI * (i + 1) / m),
            _ => Math.Cos(2 * Math.PI * (i + 1) / m),
        });
        var beta = x.QR().Solve(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(y));
        return (beta[0], beta[1]);
    }
}
