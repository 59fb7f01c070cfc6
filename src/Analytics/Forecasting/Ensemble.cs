using System.Globalization;
using Analytics.Internal;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// A combination of forecasting methods (by default ETS, ARIMA and Theta). By default each member's weight is
/// inversely proportional to its sMAPE over the last 18 months of the series, forecast by the member's own form fitted
/// to the months before them (<see cref="EnsembleWeighting.Validation"/>); <see cref="EnsembleWeighting.Equal"/> gives
/// equal weights. The mean is the weighted average of the members' means; interval bounds are the weighted averages of
/// the members' bounds at each level (quantile averaging); simulated paths are drawn from the members in proportion to
/// their weights.
/// </summary>
/// <remarks>
/// Why these weights: weights estimated with the members' error covariances are noisy on short monthly series and
/// rarely beat equal weights (the "forecast combination puzzle"); weights inversely proportional to each member's own
/// recent error, ignoring covariances (Bates and Granger's simplest rule), stay close to the average while letting a
/// member that has clearly failed on this series count for less. On the 1428 M3 monthly series they lower the sMAPE
/// over the competition's 18 test months from 13.62 (equal weights) to 13.54; on a validation split inside the
/// training data (weights from months 36 to 19 before its end, judged on the last 18) they leave it about where it was
/// (14.63 equal, 14.66 weighted): the gain is small, and <see cref="EnsembleWeighting.Equal"/> remains available.
/// See <c>benchmarks/README.md</c>. The validation fit keeps the form each member chose on the whole series (ETS
/// components, ARIMA orders) and re-estimates only its parameters (ARIMA's by conditional sum of squares, without the
/// exact-likelihood step) and asks for means only, so it costs a small fraction of the search: on the M3 monthly series
/// the ensemble takes about 1% more time than with equal weights.
/// At most 18 months are held back, and at least 30 are kept; a series too short to hold back 6 months, or a member
/// that cannot be fitted to the shortened series, gets equal weights (<see cref="EnsembleModel.WeightBasis"/> says so).
/// </remarks>
public sealed class Ensemble : IForecaster
{
    private const int ShortestTraining = 30;
    private const int ShortestValidation = 6;

    /// <summary>Initializes a new instance of the <see cref="Ensemble"/> class with weights from validation.</summary>
    /// <param name="members">The methods to combine; ETS, ARIMA and Theta when none are given.</param>
    public Ensemble(params IForecaster[] members)
        : this(EnsembleWeighting.Validation, members)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Ensemble"/> class.</summary>
    /// <param name="weighting">How the members are weighed.</param>
    /// <param name="members">The methods to combine; ETS, ARIMA and Theta when none are given.</param>
    public Ensemble(EnsembleWeighting weighting, params IForecaster[] members)
    {
        Preconditions.CheckNotNull(members);
        if (!Enum.IsDefined(weighting))
        {
            throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "Use EnsembleWeighting.Validation or EnsembleWeighting.Equal.");
        }

        Weighting = weighting;
        Members = members.Length > 0 ? members : [new Ets(), new Arima(), new Theta()];
    }

    /// <summary>Gets the combined methods.</summary>
    public IReadOnlyList<IForecaster> Members { get; }

    /// <summary>Gets how the members are weighed.</summary>
    public EnsembleWeighting Weighting { get; }

    /// <summary>Gets the number of months held back to weigh the members: 18 unless set, fewer on a short series; under 6 means equal weights.</summary>
    public int ValidationMonths { get; init; } = 18;

    /// <inheritdoc/>
    public string Name => "ensemble";

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series) => FitEnsemble(series);

    /// <summary>Fits every member and weighs them; returns the combination with its members and weights.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The fitted ensemble.</returns>
    /// <exception cref="ForecastException">No member could fit the series; the message gives each member's reason.</exception>
    public EnsembleModel FitEnsemble(MonthlySeries series)
    {
        var fitted = new List<(IForecaster Member, IForecastModel Model)>();
        var failures = new List<string>();
        foreach (var member in Members)
        {
            try
            {
                fitted.Add((member, member.Fit(series)));
            }
            catch (ForecastException e)
            {
                failures.Add($"{member.Name}: {e.Message}");
            }
        }

        // A member that cannot fit the series (too short for it) drops out; the others still forecast.
        if (fitted.Count == 0)
        {
            throw new ForecastException("No member of the ensemble could fit the series: " + string.Join(" ", failures));
        }

        var (weights, basis) = Weighting == EnsembleWeighting.Validation && fitted.Count > 1
            ? ValidationWeights(series, fitted)
            : (Enumerable.Repeat(1.0 / fitted.Count, fitted.Count).ToArray(), "equal weights");
        return new EnsembleModel([.. fitted.Select(f => f.Model)], weights, basis, SeriesData.From(series, minimumLength: 1).Values);
    }

    private (double[] Weights, string Basis) ValidationWeights(MonthlySeries series, List<(IForecaster Member, IForecastModel Model)> fitted)
    {
        var equal = Enumerable.Repeat(1.0 / fitted.Count, fitted.Count).ToArray();
        var data = SeriesData.From(series, minimumLength: 1);
        var y = data.Values;
        var v = Math.Min(ValidationMonths, y.Length - ShortestTraining);
        if (v < ShortestValidation)
        {
            return (equal, string.Create(CultureInfo.InvariantCulture, $"equal weights: {y.Length} months are too few to weigh the members ({ShortestTraining + ShortestValidation} are needed)"));
        }

        var training = new MonthlySeries(data.Start, y.AsSpan(0, y.Length - v));
        var weights = new double[fitted.Count];
        for (var i = 0; i < fitted.Count; i++)
        {
            var (member, model) = fitted[i];
            var method = model is IRefittableForm form ? form.SameForm() : member;
            double[] mean;
            try
            {
                // The means only: no levels, so no simulated intervals.
                mean = method.Fit(training).Predict(v, []).Mean.ToArray();
            }
            catch (ForecastException)
            {
                return (equal, "equal weights: a member could not be fitted to the series without its last months");
            }

            var error = 0.0;
            for (var h = 0; h < v; h++)
            {
                var actual = y[y.Length - v + h];
                var scale = Math.Abs(actual) + Math.Abs(mean[h]);
                error += scale > 0 ? 200 * Math.Abs(actual - mean[h]) / scale : 0;
            }

            if (!double.IsFinite(error))
            {
                return (equal, "equal weights: a member's forecast of the last months was not a number");
            }

            weights[i] = 1 / Math.Max(error / v, 1e-6);
        }

        var sum = weights.Sum();
        return ([.. weights.Select(w => w / sum)], string.Create(CultureInfo.InvariantCulture, $"weights from the last {v} months"));
    }
}
