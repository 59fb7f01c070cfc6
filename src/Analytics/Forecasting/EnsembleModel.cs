using System.Globalization;

namespace Analytics.Forecasting;

/// <summary>A fitted <see cref="Ensemble"/>: its members' fitted models and the weight of each.</summary>
public sealed class EnsembleModel : ForecastModel
{
    private readonly List<IForecastModel> members;
    private readonly double[] weights;

    internal EnsembleModel(List<IForecastModel> members, double[] weights, string basis, double[] data)
        : base(members[0].LastMonth, data)
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
    /// <remarks>The weights are written with two decimals and a point whatever the current culture, e.g. "ETS(M,Ad,M) 0.45".</remarks>
    public override string Description
        => "ensemble of "
            + string.Join(", ", members.Select((m, i) => m.Description + " " + weights[i].ToString("0.00", CultureInfo.InvariantCulture)))
            + " (" + WeightBasis + ")";

    /// <summary>
    /// The members' fitted values weighted as their forecasts are; NaN in a month where a member has none (e.g. the
    /// first months of ARIMA, which its differences use up).
    /// </summary>
    private protected override double[] ComputeFitted()
    {
        var n = Data.Count;
        var fitted = new double[n];
        for (var t = 0; t < n; t++)
        {
            var sum = 0.0;
            for (var j = 0; j < members.Count; j++)
            {
                // Members are aligned on their last month; a member fitted to fewer months has none for the first ones.
                var f = members[j].Fitted;
                var k = t - (n - f.Count);
                sum += weights[j] * (k >= 0 && k < f.Count ? f[k] : double.NaN);
            }

            fitted[t] = sum;
        }

        return fitted;
    }

    /// <inheritdoc/>
    private protected override Forecast PredictCore(int horizon, IReadOnlyList<int> levels)
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
    private protected override double[][] SimulateCore(int horizon, int paths, int seed)
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
