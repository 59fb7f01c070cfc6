using System.Globalization;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// The year end when the last months known are a shock: when each of the last one to <see cref="MaxMonths"/> months
/// lies outside the <see cref="Level"/>% interval of the forecast made before them, on the same side (the
/// lockdown of July–September 2021 in retail sales), nothing in the series says whether the shock lasts through the
/// rest of the year or passes. The estimate then weighs the two equally: half the simulated paths from the method
/// fitted on all the months (the shock lasts), half from the same method fitted on the months before the shock,
/// continued past it (it passes). The mean is the average of the two, the intervals cover both.
/// </summary>
/// <remarks>
/// One fit more than the method alone on every estimate (on the months before the last <see cref="MaxMonths"/>), one
/// more when the shock is shorter. The level, the months and the equal weights were chosen before the backtest
/// (<c>benchmarks/yearend-backtest.md</c>), where of thirty September year ends 2015–2024 the test finds one shock, retail
/// sales 2021; at 95% it would also take September 2020's exports for a shock.
/// </remarks>
internal sealed class ShockHedge(IForecaster inner) : IForecaster
{
    /// <summary>The level of the interval a month of the shock lies outside.</summary>
    internal const int Level = 99;

    /// <summary>The longest shock looked for, in months.</summary>
    internal const int MaxMonths = 3;

    /// <summary>The months the fit before the shock needs.</summary>
    internal const int MinimumMonths = 36;

    /// <inheritdoc/>
    public string Name => inner.Name;

    /// <summary>Gets what the last fit found: the shock's months and side, or null.</summary>
    internal (Period First, Period Last, bool Below)? Shock { get; private set; }

    /// <summary>Gets the note for the user on the last fit's shock, or null.</summary>
    internal YearEndNote? Note => Shock is { } s
        ? new YearEndNote(
            YearEndNoteKind.Shock,
            string.Create(CultureInfo.InvariantCulture, $"The last months known, {(s.First == s.Last ? s.First.ToString() : $"{s.First}–{s.Last}")}, fell {(s.Below ? "below" : "above")} the {Level}% interval of the forecast made before them (a shock): the estimate weighs equally that the shock lasts for the rest of the year and that it passes, and its interval covers both."),
            new Dictionary<string, object>(StringComparer.Ordinal) { ["first"] = s.First, ["last"] = s.Last, ["below"] = s.Below, ["level"] = Level })
        : null;

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series)
    {
        Shock = null;
        var all = inner.Fit(series);
        var n = series.Length;
        if (n - MaxMonths < MinimumMonths)
        {
            return all;
        }

        var values = series.Values.ToArray();
        if (!TryFit(series.Start, values.AsSpan(0, n - MaxMonths), out var before))
        {
            return all;
        }

        // The trailing run of months outside the interval of the forecast from before the last MaxMonths, on one side;
        // a shorter run is confirmed against the forecast made just before it.
        var forecast = before.Predict(MaxMonths, [Level]);
        var side = Side(forecast, MaxMonths - 1, values);
        if (side == 0)
        {
            return all;
        }

        var k = 1;
        while (k < MaxMonths && Side(forecast, MaxMonths - 1 - k, values) == side)
        {
            k++;
        }

        if (k < MaxMonths)
        {
            if (!TryFit(series.Start, values.AsSpan(0, n - k), out before))
            {
                return all;
            }

            forecast = before.Predict(k, [Level]);
            for (var i = 0; i < k; i++)
            {
                if (Side(forecast, i, values) != side)
                {
                    return all;
                }
            }
        }

        Shock = (series.End.PlusMonths(1 - k), series.End, side < 0);
        return new HedgedModel(all, before, k);
    }

    /// <summary>-1, 0 or 1: the <paramref name="i"/>th of the last months that <paramref name="forecast"/> covers below, inside or above its interval.</summary>
    private static int Side(Forecast forecast, int i, double[] values)
    {
        var x = values[values.Length - forecast.Horizon + i];
        return x < forecast.Lower(Level)[i] ? -1 : x > forecast.Upper(Level)[i] ? 1 : 0;
    }

    private bool TryFit(Period start, ReadOnlySpan<double> values, out IForecastModel model)
    {
        try
        {
            model = inner.Fit(new MonthlySeries(start, values));
            return true;
        }
        catch (ForecastException)
        {
            model = null!;
            return false;
        }
    }

    /// <summary>Half the shock lasting (the model on all months), half passing (the model before it, <c>offset</c> months on).</summary>
    private sealed class HedgedModel(IForecastModel lasting, IForecastModel passing, int offset) : IForecastModel
    {
        public string Description => string.Create(CultureInfo.InvariantCulture, $"{lasting.Description}; half the paths as if the last {offset} month(s) were a passing shock");

        public Period LastMonth => lasting.LastMonth;

        public IReadOnlyList<double> Fitted => lasting.Fitted;

        public IReadOnlyList<double> Residuals => lasting.Residuals;

        public Forecast Predict(int horizon, IReadOnlyList<int> levels)
        {
            var a = lasting.Predict(horizon, levels);
            var b = passing.Predict(horizon + offset, levels);
            var mean = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                mean[h] = (a.Mean[h] + b.Mean[h + offset]) / 2;
            }

            var intervals = levels.ToDictionary(
                l => l,
                l => (Enumerable.Range(0, horizon).Select(h => Math.Min(a.Lower(l)[h], b.Lower(l)[h + offset])).ToArray(),
                      Enumerable.Range(0, horizon).Select(h => Math.Max(a.Upper(l)[h], b.Upper(l)[h + offset])).ToArray()));
            return new Forecast(a.Method, a.Start, mean, intervals);
        }

        // Each model simulates only the half of the paths it gives: the even paths lasting, the odd ones passing.
        public double[][] Simulate(int horizon, int paths, int seed)
        {
            var a = lasting.Simulate(horizon, (paths + 1) / 2, seed);
            var b = passing.Simulate(horizon + offset, paths / 2, seed + 1);
            var result = new double[paths][];
            for (var p = 0; p < paths; p++)
            {
                result[p] = p % 2 == 0 ? a[p / 2] : b[p / 2][offset..];
            }

            return result;
        }
    }
}
