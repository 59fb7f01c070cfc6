using Analytics.Forecasting;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Tests.Forecasting;

/// <summary>How the ensemble weighs its members: by their error over the months held back, or equally.</summary>
public class EnsembleTests
{
    // 72 months, strongly seasonal, rising slowly: a seasonal naive forecast is close, a flat one is far off.
    private static readonly double[] Values = [.. Enumerable.Range(0, 72).Select(t => 100 + (0.3 * t) + (25 * Math.Sin(2 * Math.PI * t / 12)))];

    private static MonthlySeries Series(int months) => new(Period.Month(2018, 1), Values.AsSpan(0, months));

    [Fact]
    public void FitEnsemble_MemberWorseOnTheLastMonths_WeighsLessByItsSmape()
    {
        var model = new Ensemble(new SeasonalNaive(), new Flat(100)).FitEnsemble(Series(72));

        // By hand: both forecast the last 18 months from the first 54; the seasonal naive repeats months 42–53.
        double Smape(Func<int, double> forecast) => Enumerable.Range(54, 18).Average(t => 200 * Math.Abs(Values[t] - forecast(t)) / (Math.Abs(Values[t]) + Math.Abs(forecast(t))));
        var naive = Smape(t => Values[42 + ((t - 54) % 12)]);
        var flat = Smape(_ => 100);
        Assert.Equal((1 / naive) / ((1 / naive) + (1 / flat)), model.Weights[0], 12);
        Assert.Equal((1 / flat) / ((1 / naive) + (1 / flat)), model.Weights[1], 12);
        Assert.True(model.Weights[0] > 3 * model.Weights[1], $"seasonal naive weight {model.Weights[0]}");
        Assert.Equal("weights from the last 18 months", model.WeightBasis);
        Assert.Contains("0.", model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_UnderVietnameseCulture_WritesWeightsWithAPoint()
    {
        var model = new Ensemble(new SeasonalNaive(), new Flat(100)).FitEnsemble(Series(72));
        var invariant = model.Description;
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
            Assert.Equal("0,50", 0.5.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture)); // the culture is really in force
            var vietnamese = model.Description;
            Assert.Equal(invariant, vietnamese);
            Assert.Matches(@"^ensemble of seasonal naive 0\.\d\d, flat 0\.\d\d \(weights from the last 18 months\)$", vietnamese);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Predict_WeightedEnsemble_IsTheWeightedMeanOfTheMembers()
    {
        var model = new Ensemble().FitEnsemble(Series(72));
        Assert.Equal(3, model.Members.Count);
        Assert.Equal(1.0, model.Weights.Sum(), 12);
        var f = model.Predict(6, [80, 95]);
        var parts = model.Members.Select(m => m.Predict(6, [80, 95])).ToList();
        for (var h = 0; h < 6; h++)
        {
            Assert.Equal(parts.Select((p, i) => model.Weights[i] * p.Mean[h]).Sum(), f.Mean[h], 9);
            Assert.Equal(parts.Select((p, i) => model.Weights[i] * p.Upper(95)[h]).Sum(), f.Upper(95)[h], 9);
        }
    }

    [Fact]
    public void FitEnsemble_SeriesTooShortToHoldMonthsBack_EqualWeightsAndSaysWhy()
    {
        var model = new Ensemble(new SeasonalNaive(), new Flat(100)).FitEnsemble(Series(35));
        Assert.Equal([0.5, 0.5], model.Weights);
        Assert.Equal("equal weights: 35 months are too few to weigh the members (36 are needed)", model.WeightBasis);
    }

    [Fact]
    public void FitEnsemble_EqualWeighting_IgnoresPastAccuracy()
    {
        var model = new Ensemble(EnsembleWeighting.Equal, new SeasonalNaive(), new Flat(100)).FitEnsemble(Series(72));
        Assert.Equal([0.5, 0.5], model.Weights);
        Assert.Equal("equal weights", model.WeightBasis);
    }

    [Fact]
    public void FitEnsemble_MemberThatCannotFitTheShortenedSeries_EqualWeights()
    {
        // 45 months: 15 are held back, so the members are fitted again to 30; a member that needs 40 fits the whole
        // series but not the shortened one.
        var model = new Ensemble(new SeasonalNaive(), new Flat(100, minimumLength: 40)).FitEnsemble(Series(45));
        Assert.Equal([0.5, 0.5], model.Weights);
        Assert.StartsWith("equal weights: a member could not be fitted", model.WeightBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_PathsDrawnFromMembersInProportionToTheirWeights()
    {
        // A constant series of 1.5 months: flat forecasts of 1 and 2 miss it by sMAPE 40 and 28.57, so weights 5/12 and 7/12.
        var series = new MonthlySeries(Period.Month(2018, 1), Enumerable.Repeat(1.5, 48).ToArray());
        var model = new Ensemble(new Flat(1), new Flat(2)).FitEnsemble(series);
        Assert.Equal(5.0 / 12, model.Weights[0], 12);
        var paths = model.Simulate(3, 1200, seed: 1);
        Assert.Equal(1200, paths.Length);
        Assert.Equal(500, paths.Count(p => p[0] == 1));
        Assert.Equal(700, paths.Count(p => p[0] == 2));
    }

    /// <summary>A method that forecasts a fixed level with no uncertainty, whatever the data.</summary>
    private sealed class Flat(double level, int minimumLength = 1) : IForecaster
    {
        public string Name => "flat";

        public IForecastModel Fit(MonthlySeries series) => series.Length >= minimumLength
            ? new Model(level, series.End, series.Values.ToArray())
            : throw new ForecastException($"flat needs {minimumLength} months");

        private sealed class Model(double level, Period last, double[] data) : IForecastModel
        {
            public string Description => "flat";

            public IReadOnlyList<double> Fitted => [.. data.Select(_ => level)];

            public IReadOnlyList<double> Residuals => [.. data.Select(v => v - level)];

            public Period LastMonth => last;

            public Forecast Predict(int horizon, IReadOnlyList<int> levels)
            {
                var mean = Enumerable.Repeat(level, horizon).ToArray();
                return new Forecast(Description, last.PlusMonths(1), mean, levels.ToDictionary(l => l, _ => (mean, mean)));
            }

            public double[][] Simulate(int horizon, int paths, int seed)
                => [.. Enumerable.Range(0, paths).Select(_ => Enumerable.Repeat(level, horizon).ToArray())];
        }
    }
}
