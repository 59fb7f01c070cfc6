using Analytics.Internal;

namespace Analytics.Forecasting;

/// <summary>
/// Classical decomposition (R's <c>decompose</c>): a centred moving average of one season as the trend, the mean
/// detrended value of each position in the season as the seasonal figure, normalised to mean 1 (multiplicative) or
/// 0 (additive). And the M3 seasonality test used by Theta and Naive2.
/// </summary>
public static class Decomposition
{
    /// <summary>The seasonal figure of a series: one index per position of the season, position 0 being the series' first month.</summary>
    /// <param name="y">The values, at least two seasons.</param>
    /// <param name="m">The season length (12 for monthly data).</param>
    /// <param name="multiplicative">Multiplicative (indices around 1) or additive (around 0).</param>
    /// <returns>m seasonal indices.</returns>
    /// <exception cref="ArgumentException">Fewer than two seasons of data.</exception>
    public static double[] SeasonalFigure(ReadOnlySpan<double> y, int m, bool multiplicative)
    {
        var n = y.Length;
        Preconditions.CheckArgument(n >= 2 * m, nameof(y), $"A classical decomposition needs at least two seasons ({2 * m} values); the series has {n}.");
        var trend = new double[n];
        Array.Fill(trend, double.NaN);
        var half = m / 2;
        for (var t = half; t < n - half; t++)
        {
            double s;
            if (m % 2 == 0)
            {
                s = 0.5 * (y[t - half] + y[t + half]);
                for (var k = -half + 1; k < half; k++)
                {
                    s += y[t + k];
                }
            }
            else
            {
                s = 0;
                for (var k = -half; k <= half; k++)
                {
                    s += y[t + k];
                }
            }

            trend[t] = s / m;
        }

        var figure = new double[m];
        var count = new int[m];
        for (var t = 0; t < n; t++)
        {
            if (double.IsNaN(trend[t]))
            {
                continue;
            }

            figure[t % m] += multiplicative ? y[t] / trend[t] : y[t] - trend[t];
            count[t % m]++;
        }

        for (var i = 0; i < m; i++)
        {
            figure[i] /= count[i];
        }

        var mean = figure.Average();
        for (var i = 0; i < m; i++)
        {
            figure[i] = multiplicative ? figure[i] / mean : figure[i] - mean;
        }

        return figure;
    }

    /// <summary>
    /// The 90% seasonality test of the M3 competition (as in R's <c>thetaf</c>): the autocorrelation at lag m against
    /// 1.645 standard errors, with Bartlett's formula for the standard error. Needs more than two seasons.
    /// </summary>
    /// <param name="y">The values.</param>
    /// <param name="m">The season length.</param>
    /// <returns><see langword="true"/> when the series is seasonal.</returns>
    public static bool IsSeasonal(ReadOnlySpan<double> y, int m)
    {
        var n = y.Length;
        if (m <= 1 || n <= 2 * m)
        {
            return false;
        }

        var mean = 0.0;
        foreach (var v in y)
        {
            mean += v;
        }

        mean /= n;
        var denom = 0.0;
        foreach (var v in y)
        {
            denom += (v - mean) * (v - mean);
        }

        if (denom == 0)
        {
            return false;
        }

        var acf = new double[m + 1];
        for (var k = 1; k <= m; k++)
        {
            var s = 0.0;
            for (var t = 0; t < n - k; t++)
            {
                s += (y[t] - mean) * (y[t + k] - mean);
            }

            acf[k] = s / denom;
        }

        var sum = 0.0;
        for (var k = 1; k < m; k++)
        {
            sum += acf[k] * acf[k];
        }

        var stat = Math.Sqrt((1 + (2 * sum)) / n);
        return Math.Abs(acf[m]) / stat > 1.6448536269514722;
    }

    /// <summary>Least-squares line through (0, y0), (1, y1), …: intercept and slope.</summary>
    /// <param name="y">The values.</param>
    /// <param name="offset">The x of the first value.</param>
    /// <returns>The intercept and slope.</returns>
    internal static (double Intercept, double Slope) Line(ReadOnlySpan<double> y, int offset = 0)
    {
        var n = y.Length;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var t = 0; t < n; t++)
        {
            var x = t + offset;
            sx += x;
            sy += y[t];
            sxx += x * x;
            sxy += x * y[t];
        }

        var slope = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
        return ((sy - (slope * sx)) / n, slope);
    }
}
