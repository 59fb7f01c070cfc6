using Analytics.Internal;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// Estimates the year end from the months known so far (e.g. January–September): forecasts the remaining months with a
/// method, simulates paths of them, and sums each path with the months known, so that the total's interval accounts
/// for how the months move together. With a plan, says the share reached, the growth still required and the
/// probability of meeting it.
/// </summary>
public static class YearEnd
{
    /// <summary>The number of simulated paths behind the intervals and the probability.</summary>
    public const int Paths = 5000;

    /// <summary>Estimates the year total.</summary>
    /// <param name="series">A flow series (values sum over months) covering January to <paramref name="through"/>; later months are ignored.</param>
    /// <param name="through">The last month known.</param>
    /// <param name="method">The forecasting method; the ensemble when null.</param>
    /// <param name="plan">The annual plan, or null.</param>
    /// <param name="seed">The seed of the simulation, for reproducible results.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ForecastException">A month between January and <paramref name="through"/> is missing, or the series cannot be fitted.</exception>
    public static YearEndEstimate Estimate(MonthlySeries series, Period through, IForecaster? method = null, Plan? plan = null, int seed = 20231001)
    {
        Preconditions.CheckNotNull(series);
        Preconditions.CheckArgument(through.Kind == PeriodKind.Month, nameof(through), $"Give the last known month, such as 2023-09; {through} is a {through.Kind}.");
        method ??= new Ensemble();
        var ytd = 0.0;
        foreach (var m in through.ToYearToDate().Months())
        {
            var v = series[m];
            if (double.IsNaN(v))
            {
                throw new ForecastException($"The month {m} is missing, so the total from January to {through} cannot be formed. Add it, or estimate through an earlier month.");
            }

            ytd += v;
        }

        var lastYear = Period.CalendarYear(through.Year - 1).Months().Select(m => series[m]).ToArray();
        var lastYearTotal = lastYear.Any(double.IsNaN) ? double.NaN : lastYear.Sum();
        var remainingCount = 12 - through.LastMonth;
        var lastYearRemaining = remainingCount == 0 ? 0 : lastYear.Skip(through.LastMonth).Any(double.IsNaN) ? double.NaN : lastYear.Skip(through.LastMonth).Sum();
        var cut = MonthlySeries.FromPoints(series.Points().Where(p => p.Month <= through && !double.IsNaN(p.Value)));
        return Core(cut, through, ytd, lastYearTotal, lastYearRemaining, method, plan, seed);
    }

    /// <summary>Forecasts the remaining months from <paramref name="history"/> and adds them to the months known.</summary>
    /// <remarks>With <paramref name="scale"/> and <paramref name="degreesOfFreedom"/> (<see cref="PublishedYearEnd"/>'s calibration),
    /// each path's deviation from the mean is multiplied by the scale and by √(ν / W), W drawn from χ²(ν): a Student t
    /// scale mixture of the model's paths, so the mean stays and the tails grow heavier.</remarks>
    internal static YearEndEstimate Core(MonthlySeries history, Period through, double ytd, double lastYearTotal, double lastYearRemaining, IForecaster method, Plan? plan, int seed, double scale = 1, double degreesOfFreedom = double.PositiveInfinity)
    {
        var remainingCount = 12 - through.LastMonth;
        Forecast? remaining = null;
        double remainingMean = 0;
        var totals = new double[Paths];
        Array.Fill(totals, ytd);
        var description = "none (December is known)";
        if (remainingCount > 0)
        {
            var model = method.Fit(history);
            description = model.Description;
            remaining = model.Predict(remainingCount, [80, 95]);
            remainingMean = remaining.Mean.Sum();
            var paths = model.Simulate(remainingCount, Paths, seed);
            for (var i = 0; i < Paths; i++)
            {
                totals[i] += paths[i].Sum();
            }

            if (scale != 1 || double.IsFinite(degreesOfFreedom))
            {
                var center = ytd + remainingMean;
                var random = new Random(seed ^ 0x5eed);
                for (var i = 0; i < Paths; i++)
                {
                    var mix = double.IsFinite(degreesOfFreedom) ? Math.Sqrt(degreesOfFreedom / MathNet.Numerics.Distributions.ChiSquared.Sample(random, degreesOfFreedom)) : 1;
                    totals[i] = center + (scale * mix * (totals[i] - center));
                }
            }
        }

        Array.Sort(totals);
        var total = ytd + remainingMean;
        PlanOutcome? outcome = null;
        if (plan is not null)
        {
            var target = plan.Target(lastYearTotal);
            var meets = totals.Count(t => t >= target) / (double)Paths;
            var required = remainingCount == 0 ? double.NaN : ((target - ytd) / lastYearRemaining - 1) * 100;
            outcome = new PlanOutcome(target, ytd / target * 100, total / target * 100, required, remainingCount == 0 ? (ytd >= target ? 1 : 0) : meets);
        }

        return new YearEndEstimate(
            through,
            ytd,
            remaining,
            remainingMean,
            total,
            (Intervals.Quantile(totals, 0.10), Intervals.Quantile(totals, 0.90)),
            (Intervals.Quantile(totals, 0.025), Intervals.Quantile(totals, 0.975)),
            lastYearTotal,
            lastYearRemaining,
            outcome,
            description);
    }
}
