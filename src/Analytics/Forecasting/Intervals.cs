
namespace Analytics.Forecasting;

/// <summary>Prediction intervals from a normal approximation or from simulated paths.</summary>
internal static class Intervals
{
    internal const int DefaultPaths = 5000;

    /// <summary>The normal quantile z with P(|Z| ≤ z) = level / 100.</summary>
    internal static double Z(int level) => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + (level / 200.0));

    internal static Dictionary<int, (double[] Lower, double[] Upper)> Normal(IReadOnlyList<double> mean, IReadOnlyList<double> se, IReadOnlyList<int> levels)
    {
        var d = new Dictionary<int, (double[], double[])>();
        foreach (var level in levels)
        {
            var z = Z(level);
            d[level] = (mean.Select((m, i) => m - (z * se[i])).ToArray(), mean.Select((m, i) => m + (z * se[i])).ToArray());
        }

        return d;
    }

    /// <summary>Empirical quantiles of simulated paths at each step (type 7, as R's quantile).</summary>
    internal static Dictionary<int, (double[] Lower, double[] Upper)> FromPaths(double[][] paths, int horizon, IReadOnlyList<int> levels)
    {
        var d = new Dictionary<int, (double[], double[])>();
        var column = new double[paths.Length];
        var lower = levels.ToDictionary(l => l, _ => new double[horizon]);
        var upper = levels.ToDictionary(l => l, _ => new double[horizon]);
        for (var h = 0; h < horizon; h++)
        {
            for (var i = 0; i < paths.Length; i++)
            {
                column[i] = paths[i][h];
            }

            Array.Sort(column);
            foreach (var level in levels)
            {
                lower[level][h] = Quantile(column, 0.5 - (level / 200.0));
                upper[level][h] = Quantile(column, 0.5 + (level / 200.0));
            }
        }

        foreach (var level in levels)
        {
            d[level] = (lower[level], upper[level]);
        }

        return d;
    }

    internal static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
