using Analytics.Internal;
using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>
/// The estimation of an ARIMA order: conditional sum of squares (the search's criterion), then exact Gaussian maximum
/// likelihood by the Kalman filter ("CSS-ML", as R); the AR and MA polynomials are parametrised through partial
/// autocorrelations so that every fit is stationary and invertible.
/// </summary>
internal static class ArimaEstimation
{
    /// <summary>
    /// Fits an order by conditional sum of squares (R's <c>arima(method = "CSS")</c>), the constant being the mean of the
    /// differenced series; returns null when the series is too short for the order's parameters.
    /// </summary>
    internal static ArimaModel? Css(double[] y, Period end, ArimaOrder o)
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

        double SumOfSquares(double[] raw)
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
            raw = NelderMead.Minimize(r => { var s = SumOfSquares(r); return double.IsFinite(s) ? 0.5 * Math.Log(s / (nstar - ncond)) : double.PositiveInfinity; }, raw, maxEvaluations: 200 * k).X;
        }

        var sse = SumOfSquares(raw);
        var (phiFinal, thetaFinal) = LocalPolynomials(raw);
        var sigma2 = sse / (nstar - ncond);
        if (!(sigma2 > 0))
        {
            sigma2 = 1e-12;
        }

        var aicc = (nstar * Math.Log(sigma2)) + (2.0 * npar) + (2.0 * npar * (npar + 1) / (nstar - npar - 1));
        return new ArimaModel(o, y, w, phiFinal, thetaFinal, mu, sigma2, aicc, end, raw);
    }

    /// <summary>The AR and MA polynomials of the full model (seasonal terms multiplied out) from the unconstrained parameters.</summary>
    internal static (double[] Phi, double[] Theta) Polynomials(ArimaOrder o, double[] raw)
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
    /// "CSS-ML". Returns the model unchanged when there is nothing to estimate or the likelihood does not improve.
    /// </summary>
    internal static ArimaModel RefineByMaximumLikelihood(ArimaModel model)
    {
        var o = model.Order;
        var k = o.P + o.Q + o.SeasonalP + o.SeasonalQ;
        if (k == 0)
        {
            return model;
        }

        var z = model.CentredDifferences();
        double Objective(double[] raw)
        {
            var (ph, th) = Polynomials(o, raw);
            var (ssq, sumlog) = KalmanLikelihood(z, ph, th);
            return double.IsFinite(ssq) && ssq > 0 ? 0.5 * (Math.Log(ssq / z.Length) + (sumlog / z.Length)) : double.PositiveInfinity;
        }

        var start = Objective(model.Raw);
        var (x, best, _) = NelderMead.Minimize(Objective, model.Raw, maxEvaluations: 100 * (k + 1));
        if (!(best < start))
        {
            return model;
        }

        var (phiMl, thetaMl) = Polynomials(o, x);
        var (ssqMl, _) = KalmanLikelihood(z, phiMl, thetaMl);
        return model.WithEstimates(phiMl, thetaMl, ssqMl / z.Length, x);
    }

    /// <summary>
    /// The exact Gaussian likelihood of a zero-mean ARMA process by the Kalman filter in Harvey's state-space form:
    /// returns Σ v²/F and Σ log F over the innovations (σ² concentrated out).
    /// </summary>
    internal static (double Ssq, double SumLog) KalmanLikelihood(double[] z, double[] ph, double[] th) => KalmanLikelihood(z, ph, th, null);

    /// <summary>
    /// As above, and writes the filtered state at the last observation, a(n|n), into <paramref name="filtered"/> (length
    /// max(p, q + 1)) and each one-step innovation v_t = z_t − ẑ_t into <paramref name="innovations"/> (length n).
    /// </summary>
    internal static (double Ssq, double SumLog) KalmanLikelihood(double[] z, double[] ph, double[] th, double[]? filtered, double[]? innovations = null)
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
            if (innovations is not null)
            {
                innovations[t] = v;
            }

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
}
