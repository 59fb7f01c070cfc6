using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>
/// The order search of <see cref="Arima"/> (Hyndman and Khandakar, JSS 2008, as R's <c>forecast::auto.arima</c>):
/// the seasonal difference when the seasonal strength of a classical decomposition exceeds 0.64, non-seasonal
/// differences while a KPSS test at 5% rejects stationarity (at most two), then the stepwise search over
/// neighbouring orders while the conditional-sum-of-squares AICc improves.
/// </summary>
internal static class ArimaOrderSearch
{
    private const int MaxP = 5;
    private const int MaxQ = 5;
    private const int MaxSeasonalP = 2;
    private const int MaxSeasonalQ = 2;
    private const int MaxOrder = 5;

    /// <summary>Chooses the differences by the unit-root tests, then the orders by the stepwise search; returns the best conditional-sum-of-squares fit.</summary>
    internal static ArimaModel? Select(double[] y, Period end, int m)
    {
        var seasonalD = m > 1 && y.Length >= 2 * m && SeasonalStrength(y, m) > 0.64 ? 1 : 0;
        var x = ArimaEstimation.Difference(y, m, seasonalD);
        var d = 0;
        while (d < 2 && !IsConstant(x) && Kpss(x) > 0.463)
        {
            x = ArimaEstimation.Difference(x, 1, 1);
            d++;
        }

        return Search(y, end, d, seasonalD, m);
    }

    private static ArimaModel? Search(double[] y, Period end, int d, int seasonalD, int m)
    {
        var seasonal = m > 1 && y.Length - d - (seasonalD * m) > m;
        var allowConstant = d + seasonalD <= 1;
        var tried = new Dictionary<ArimaOrder, ArimaModel?>();
        ArimaModel? best = null;
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

            var fit = ArimaEstimation.Css(y, end, order);
            tried[order] = fit;
            if (fit is not null && (best is null || fit.SearchCriterion < best.SearchCriterion))
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

    internal static bool IsConstant(double[] x) => x.Length == 0 || x.All(v => v == x[0]);

    private static double Variance(List<double> v)
    {
        if (v.Count < 2)
        {
            return 0;
        }

        var mean = v.Average();
        return v.Sum(x => (x - mean) * (x - mean)) / (v.Count - 1);
    }
}
