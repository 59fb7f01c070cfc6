using System.Globalization;
using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>A fitted <see cref="Ensemble"/>: its members' fitted models and the weight of each.</summary>
public sealed class EnsembleModel : IForecastModel
{
    private readonly List<IForecastModel> members;
    private readonly double[] weights;

    internal EnsembleModel(List<IForecastModel> members, double[] weights, string basis)
    {
        this.members = members;
        this.weights = weights;
        WeightBasis = basis;
    }

    /// <summary>Gets the members' fitted models (members that could not fit the series are not among them).</summary>
    public IReadOnlyList<IForecastModel> Members => members;

    /// <summary>Gets the weight of each member, in the order of <see cref="Members"/>; they add up to 1.</summary>
    public IReadOnlyList<double> Weights => weights;

    /// <summary>Gets where the weights come from, e.g. "weights from the last 18 months" or "equal weights: …".</summary>
    public string WeightBasis { get; }

    /// <inheritdoc/>
    public string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"ensemble of {string.Join(", ", members.Select((m, i) => $"{m.Description} {weights[i]:0.00}"))} ({WeightBasis})");

    /// <inheritdoc/>
    public Period LastMonth => members[0].LastMonth;

    /// <inheritdoc/>
    public Forecast Predict(int horizon, IReadOnlyList<int> levels)
    {
        var forecasts = members.Select(m => m.Predict(horizon, levels)).ToList();
        double Weighted(Func<Forecast, double> value) => forecasts.Select((f, i) => weights[i] * value(f)).Sum();
        var mean = Enumerable.Range(0, horizon).Select(h => Weighted(f => f.Mean[h])).ToArray();
        var bounds = levels.ToDictionary(
            l => l,
            l => (Enumerable.Range(0, horizon).Select(h => Weighted(f => f.Lower(l)[h])).ToArray(),
                  Enumerable.Range(0, horizon).Select(h => Weighted(f => f.Upper(l)[h])).ToArray()));
        return new Forecast(Description, LastMonth.PlusMonths(1), mean, bounds);
    }

    /// <inheritdoc/>
    public double[][] Simulate(int horizon, int paths, int seed)
    {
        // Each member's share of the paths is its weight, rounded by largest remainders so that the shares add up.
        var k = members.Count;
        var exact = weights.Select(w => w * paths).ToArray();
        var shares = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var j in Enumerable.Range(0, k).OrderByDescending(j => exact[j] - shares[j]).Take(paths - shares.Sum()))
        {
            shares[j]++;
        }

        var result = new double[paths][];
        var next = 0;
        for (var j = 0; j < k; j++)
        {
            if (shares[j] == 0)
            {
                continue;
            }

            foreach (var path in members[j].Simulate(horizon, shares[j], seed + j))
            {
                result[next++] = path;
            }
        }

        return result;
    }
}
