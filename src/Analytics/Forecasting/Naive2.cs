using Analytics.Internal;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// The M3 competition's NAIVE2 benchmark (Makridakis and Hibon, IJF 2000): the naive (random walk) forecast of the
/// seasonally adjusted series, reseasonalised, with the same 90% seasonality test and classical multiplicative
/// decomposition as <see cref="Theta"/>. Intervals from the random walk: σ·√h, reseasonalised.
/// </summary>
public sealed class Naive2 : IForecaster
{
    /// <summary>Initializes a new instance of the <see cref="Naive2"/> class.</summary>
    /// <param name="seasonLength">The season length.</param>
    public Naive2(int seasonLength = 12)
    {
        Preconditions.CheckArgumentRange(nameof(seasonLength), seasonLength, 1, 24);
        SeasonLength = seasonLength;
    }

    /// <summary>Gets the season length.</summary>
    public int SeasonLength { get; }

    /// <inheritdoc/>
    public string Name => "naive2";

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series)
    {
        var data = SeriesData.From(series, minimumLength: 2);
        var y = data.Values;
        var m = SeasonLength;
        var seasonal = y.Min() > 0 && Decomposition.IsSeasonal(y, m);
        var figure = seasonal ? Decomposition.SeasonalFigure(y, m, multiplicative: true) : Enumerable.Repeat(1.0, m).ToArray();
        var sa = y.Select((v, t) => v / figure[t % m]).ToArray();
        var sum = 0.0;
        for (var t = 1; t < sa.Length; t++)
        {
            sum += (sa[t] - sa[t - 1]) * (sa[t] - sa[t - 1]);
        }

        return new Model(data.End, y, figure, sa, Math.Sqrt(sum / (sa.Length - 1)));
    }

    /// <summary>The fitted model: the seasonal figure, the last seasonally adjusted value and the random walk's σ.</summary>
    private sealed class Model : ForecastModel
    {
        private readonly int n;
        private readonly double[] figure;
        private readonly double[] sa;
        private readonly double last;
        private readonly double sigma;

        internal Model(Period lastMonth, double[] y, double[] figure, double[] sa, double sigma)
            : base(lastMonth, y)
        {
            n = y.Length;
            this.figure = figure;
            this.sa = sa;
            last = sa[^1];
            this.sigma = sigma;
        }

        public override string Description => "Naive2";

        /// <summary>Each month's fitted value is the previous month's adjusted value, reseasonalised; the first month has none.</summary>
        private protected override double[] ComputeFitted()
            => [.. Enumerable.Range(0, n).Select(t => t == 0 ? double.NaN : sa[t - 1] * figure[t % figure.Length])];

        private protected override Forecast PredictCore(int horizon, IReadOnlyList<int> levels)
        {
            var m = figure.Length;
            var mean = Enumerable.Range(1, horizon).Select(h => last * figure[(n + h - 1) % m]).ToArray();
            var se = Enumerable.Range(1, horizon).Select(h => sigma * Math.Sqrt(h) * figure[(n + h - 1) % m]).ToArray();
            return new Forecast(Description, LastMonth.PlusMonths(1), mean, Intervals.Normal(mean, se, levels));
        }

        private protected override double[][] SimulateCore(int horizon, int paths, int seed)
        {
            var rng = new Random(seed);
            var m = figure.Length;
            var result = new double[paths][];
            for (var i = 0; i < paths; i++)
            {
                var path = result[i] = new double[horizon];
                var level = last;
                for (var h = 1; h <= horizon; h++)
                {
                    level += sigma * EtsEngine.Gaussian(rng);
                    path[h - 1] = level * figure[(n + h - 1) % m];
                }
            }

            return result;
        }
    }
}
