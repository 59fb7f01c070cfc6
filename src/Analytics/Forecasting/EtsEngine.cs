namespace Analytics.Forecasting;

/// <summary>
/// The recursions of the ETS state-space models, following the C code of R's forecast package (etscalc.c): one
/// state update serves both error types; the error type changes the residuals and the likelihood only.
/// </summary>
internal static class EtsEngine
{
    private const double Tol = 1.0e-10;
    private const double Huge = 1.0e10;

    /// <summary>
    /// Runs the model over y from the initial state and returns R's likelihood criterion,
    /// n·log(Σe²) + (multiplicative error: 2·Σlog|ŷ|), where e are the additive or relative one-step errors.
    /// </summary>
    internal static double Run(
        ReadOnlySpan<double> y,
        EtsSpec spec,
        int m,
        double alpha,
        double beta,
        double gamma,
        double phi,
        ReadOnlySpan<double> initial,
        double[]? errors = null,
        double[]? fitted = null,
        double[]? finalState = null)
    {
        var n = y.Length;
        var season = spec.HasSeason ? m : 0;
        var l = initial[0];
        var b = spec.HasTrend ? initial[1] : 0.0;
        Span<double> s = stackalloc double[Math.Max(season, 1)];
        Span<double> olds = stackalloc double[Math.Max(season, 1)];
        var offset = spec.HasTrend ? 2 : 1;
        for (var j = 0; j < season; j++)
        {
            s[j] = initial[offset + j];
        }

        if (!spec.Damped)
        {
            phi = 1.0;
        }

        double sse = 0, logf = 0;
        for (var i = 0; i < n; i++)
        {
            // One-step forecast.
            var q = spec.HasTrend ? l + (phi * b) : l;
            var f = spec.Season switch
            {
                'A' => q + s[season - 1],
                'M' => q * s[season - 1],
                _ => q,
            };
            var e = spec.MultiplicativeError ? (y[i] - f) / f : y[i] - f;
            if (errors is not null)
            {
                errors[i] = e;
            }

            if (fitted is not null)
            {
                fitted[i] = f;
            }

            sse += e * e;
            logf += Math.Log(Math.Abs(f));

            // State update.
            var oldl = l;
            double p = spec.Season switch
            {
                'A' => y[i] - s[season - 1],
                'M' => Math.Abs(s[season - 1]) < Tol ? Huge : y[i] / s[season - 1],
                _ => y[i],
            };
            l = q + (alpha * (p - q));
            if (spec.HasTrend)
            {
                var phib = phi * b;
                b = phib + (beta / alpha * (l - oldl - phib));
            }

            if (season > 0)
            {
                var t = spec.Season == 'A' ? y[i] - q : Math.Abs(q) < Tol ? Huge : y[i] / q;
                s.CopyTo(olds);
                s[0] = olds[season - 1] + (gamma * (t - olds[season - 1]));
                for (var j = 1; j < season; j++)
                {
                    s[j] = olds[j - 1];
                }
            }
        }

        if (finalState is not null)
        {
            finalState[0] = l;
            if (spec.HasTrend)
            {
                finalState[1] = b;
            }

            for (var j = 0; j < season; j++)
            {
                finalState[offset + j] = s[j];
            }
        }

        var lik = n * Math.Log(sse);
        if (spec.MultiplicativeError)
        {
            lik += 2 * logf;
        }

        return lik;
    }

    /// <summary>Point forecasts from a state (l, b, s0..s(m-1)), s0 the most recent seasonal state.</summary>
    internal static double[] PointForecast(ReadOnlySpan<double> state, EtsSpec spec, int m, double phi, int h)
    {
        var f = new double[h];
        var l = state[0];
        var b = spec.HasTrend ? state[1] : 0.0;
        var offset = spec.HasTrend ? 2 : 1;
        var phistar = spec.Damped ? phi : 1.0;
        for (var i = 0; i < h; i++)
        {
            f[i] = spec.HasTrend ? l + (phistar * b) : l;
            if (spec.Damped)
            {
                phistar += Math.Pow(phi, i + 2);
            }
            else
            {
                phistar += 1.0;
            }

            if (spec.HasSeason)
            {
                var j = m - 1 - (i % m);
                f[i] = spec.Season == 'A' ? f[i] + state[offset + j] : f[i] * state[offset + j];
            }
        }

        return f;
    }

    /// <summary>One simulated path: the recursion driven by errors drawn from N(0, σ²).</summary>
    internal static void SimulatePath(ReadOnlySpan<double> state, EtsSpec spec, int m, double alpha, double beta, double gamma, double phi, double sigma, Random rng, Span<double> path)
    {
        var l = state[0];
        var b = spec.HasTrend ? state[1] : 0.0;
        var season = spec.HasSeason ? m : 0;
        var offset = spec.HasTrend ? 2 : 1;
        Span<double> s = stackalloc double[Math.Max(season, 1)];
        for (var j = 0; j < season; j++)
        {
            s[j] = state[offset + j];
        }

        if (!spec.Damped)
        {
            phi = 1.0;
        }

        for (var i = 0; i < path.Length; i++)
        {
            var q = spec.HasTrend ? l + (phi * b) : l;
            var f = spec.Season switch { 'A' => q + s[season - 1], 'M' => q * s[season - 1], _ => q };
            var e = sigma * Gaussian(rng);
            var y = spec.MultiplicativeError ? f * (1 + e) : f + e;
            path[i] = y;
            var oldl = l;
            var p = spec.Season switch { 'A' => y - s[season - 1], 'M' => y / s[season - 1], _ => y };
            l = q + (alpha * (p - q));
            if (spec.HasTrend)
            {
                var phib = phi * b;
                b = phib + (beta / alpha * (l - oldl - phib));
            }

            if (season > 0)
            {
                var t = spec.Season == 'A' ? y - q : y / q;
                var last = s[season - 1];
                for (var j = season - 1; j > 0; j--)
                {
                    s[j] = s[j - 1];
                }

                s[0] = last + (gamma * (t - last));
            }
        }
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    internal static double Gaussian(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
