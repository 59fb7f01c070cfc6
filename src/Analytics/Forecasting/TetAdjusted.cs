using Analytics.Internal;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// Wraps a method so that it accounts for Tết: the multiplicative effects of the pre- and post-Tết windows are
/// estimated by least squares on the year-on-year log changes, Δ₁₂ log y = c + β₁ Δ₁₂x_before + β₂ Δ₁₂x_after + e (the
/// seasonal difference removes the fixed season, leaving the part that moves with the date), removed from the
/// series before the method fits it, and put back on its forecasts and paths with the future dates of Tết.
/// </summary>
/// <remarks>
/// Needs a positive series with at least three Januaries and Februaries after its first year; otherwise the series is
/// passed through unadjusted (the model's description says so). Years outside the calendar raise an error.
/// </remarks>
public sealed class TetAdjusted : IForecaster
{
    /// <summary>Initializes a new instance of the <see cref="TetAdjusted"/> class.</summary>
    /// <param name="inner">The method to wrap.</param>
    /// <param name="calendar">The Tết calendar; the bundled one when null.</param>
    public TetAdjusted(IForecaster inner, TetCalendar? calendar = null)
    {
        Inner = Preconditions.CheckNotNull(inner);
        Calendar = calendar ?? TetCalendar.Default;
    }

    /// <summary>Gets the wrapped method.</summary>
    public IForecaster Inner { get; }

    /// <summary>Gets the calendar.</summary>
    public TetCalendar Calendar { get; }

    /// <inheritdoc/>
    public string Name => Inner.Name + "+tet";

    /// <summary>Estimates the effects of the two windows on a series: exp(β) − 1 is the change of a month fully inside a window.</summary>
    /// <param name="series">A positive monthly series.</param>
    /// <returns>β for the pre- and post-Tết windows, or null when the series is too short or not positive.</returns>
    public (double Before, double After)? Effects(MonthlySeries series)
    {
        Preconditions.CheckNotNull(series);
        var rows = new List<(double D, double X1, double X2)>();
        foreach (var (m, v) in series.Points())
        {
            var last = series[m.PlusMonths(-12)];
            if (!(v > 0) || !(last > 0))
            {
                if (!double.IsNaN(v) && !double.IsNaN(last))
                {
                    return null;
                }

                continue;
            }

            var (b1, a1) = Calendar.Regressors(m);
            var (b0, a0) = Calendar.Regressors(m.PlusMonths(-12));
            rows.Add((Math.Log(v / last), b1 - b0, a1 - a0));
        }

        if (rows.Count(r => r.X1 != 0 || r.X2 != 0) < 6)
        {
            return null;
        }

        var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(rows.Count, 3, (i, j) => j == 0 ? 1 : j == 1 ? rows[i].X1 : rows[i].X2);
        var yv = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(rows.Count, i => rows[i].D);
        var beta = x.QR().Solve(yv);
        return (beta[1], beta[2]);
    }

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series)
    {
        Preconditions.CheckNotNull(series);
        var effects = Effects(series);
        if (effects is not { } e)
        {
            return new Model(Inner.Fit(series), this, (0, 0), adjusted: false, series);
        }

        var adjusted = series.Points().Select(p => (p.Month, p.Value / Factor(p.Month, e)));
        return new Model(Inner.Fit(MonthlySeries.FromPoints(adjusted)), this, e, adjusted: true, series);
    }

    private double Factor(Period month, (double Before, double After) e)
    {
        var (b, a) = Calendar.Regressors(month);
        return Math.Exp((e.Before * b) + (e.After * a));
    }

    /// <summary>The wrapped model and the Tết effects: forecasts, paths and fitted values multiplied by each month's factor.</summary>
    private sealed class Model : ForecastModel
    {
        private readonly IForecastModel inner;
        private readonly TetAdjusted owner;
        private readonly (double Before, double After) effects;
        private readonly bool adjusted;

        internal Model(IForecastModel inner, TetAdjusted owner, (double Before, double After) effects, bool adjusted, MonthlySeries series)
            : base(inner.LastMonth, DataOf(inner, series))
        {
            this.inner = inner;
            this.owner = owner;
            this.effects = effects;
            this.adjusted = adjusted;
        }

        public override string Description => adjusted ? $"{inner.Description}, Tết-adjusted" : $"{inner.Description} (too little data to estimate the Tết effect)";

        /// <summary>The wrapped model's fitted values of the adjusted series, times each month's Tết factor.</summary>
        private protected override double[] ComputeFitted()
        {
            var f = inner.Fitted;
            return [.. Enumerable.Range(0, f.Count).Select(i => f[i] * owner.Factor(FirstMonth.PlusMonths(i), effects))];
        }

        private protected override Forecast PredictCore(int horizon, IReadOnlyList<int> levels)
        {
            var f = inner.Predict(horizon, levels);
            var factors = Enumerable.Range(1, horizon).Select(h => owner.Factor(f.MonthOf(h), effects)).ToArray();
            return new Forecast(
                Description,
                f.Start,
                f.Mean.Select((v, i) => v * factors[i]).ToArray(),
                levels.ToDictionary(l => l, l => (f.Lower(l).Select((v, i) => v * factors[i]).ToArray(), f.Upper(l).Select((v, i) => v * factors[i]).ToArray())));
        }

        private protected override double[][] SimulateCore(int horizon, int paths, int seed)
        {
            var sims = inner.Simulate(horizon, paths, seed);
            var factors = Enumerable.Range(1, horizon).Select(h => owner.Factor(LastMonth.PlusMonths(h), effects)).ToArray();
            foreach (var p in sims)
            {
                for (var h = 0; h < horizon; h++)
                {
                    p[h] *= factors[h];
                }
            }

            return sims;
        }

        // The original values of the months the wrapped model was fitted to.
        private static double[] DataOf(IForecastModel inner, MonthlySeries series)
        {
            var count = inner.Fitted.Count;
            var first = inner.LastMonth.PlusMonths(1 - count);
            return [.. Enumerable.Range(0, count).Select(i => series[first.PlusMonths(i)])];
        }
    }
}
