using Analytics.Internal;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// The seasonal naive method: each month is forecast by the same month of the last year observed (R's
/// <c>forecast::snaive</c>). Intervals from the seasonal differences: σ·√(⌊(h−1)/m⌋ + 1).
/// </summary>
public sealed class SeasonalNaive : IForecaster
{
    /// <summary>Initializes a new instance of the <see cref="SeasonalNaive"/> class.</summary>
    /// <param name="seasonLength">The season length.</param>
    public SeasonalNaive(int seasonLength = 12)
    {
        Preconditions.CheckArgumentRange(nameof(seasonLength), seasonLength, 1, 24);
        SeasonLength = seasonLength;
    }

    /// <summary>Gets the season length.</summary>
    public int SeasonLength { get; }

    /// <inheritdoc/>
    public string Name => "snaive";

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series)
    {
        var m = SeasonLength;
        var data = SeriesData.From(series, minimumLength: m + 1);
        var y = data.Values;
        var sum = 0.0;
        for (var t = m; t < y.Length; t++)
        {
            sum += (y[t] - y[t - m]) * (y[t] - y[t - m]);
        }

        return new Model(data.End, y, m, Math.Sqrt(sum / (y.Length - m)));
    }

    /// <summary>The fitted model: the last season observed and the standard deviation of the seasonal differences.</summary>
    private sealed class Model : ForecastModel
    {
        private readonly double[] lastSeason;
        private readonly double sigma;

        internal Model(Period lastMonth, double[] y, int seasonLength, double sigma)
            : base(lastMonth, y)
        {
            lastSeason = y[^seasonLength..];
            this.sigma = sigma;
        }

        public override string Description => "seasonal naive";

        /// <summary>Each month's fitted value is the same month a year earlier; the first season has none.</summary>
        private protected override double[] ComputeFitted()
        {
            var m = lastSeason.Length;
            return [.. Enumerable.Range(0, Data.Count).Select(t => t < m ? double.NaN : Data[t - m])];
        }

        private protected override Forecast PredictCore(int horizon, IReadOnlyList<int> levels)
        {
            var m = lastSeason.Length;
            var mean = Enumerable.Range(0, horizon).Select(h => lastSeason[h % m]).ToArray();
            var se = Enumerable.Range(0, horizon).Select(h => sigma * Math.Sqrt((h / m) + 1)).ToArray();
            return new Forecast(Description, LastMonth.PlusMonths(1), mean, Intervals.Normal(mean, se, levels));
        }

        private protected override double[][] SimulateCore(int horizon, int paths, int seed)
        {
            var rng = new Random(seed);
            var m = lastSeason.Length;
            var result = new double[paths][];
            for (var i = 0; i < paths; i++)
            {
                var path = result[i] = new double[horizon];
                for (var h = 0; h < horizon; h++)
                {
                    path[h] = (h < m ? lastSeason[h] : path[h - m]) + (sigma * EtsEngine.Gaussian(rng));
                }
            }

            return result;
        }
    }
}
