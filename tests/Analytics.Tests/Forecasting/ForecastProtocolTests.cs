using Analytics.Forecasting;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Tests.Forecasting;

/// <summary>
/// The protocol every fitted model shares (<see cref="ForecastModel"/>): arguments checked the same way, and in-sample
/// fitted values and residuals that add up to the data. On GSO exports 2015–2023 (real, seasonal, positive).
/// </summary>
public class ForecastProtocolTests
{
    private static readonly string[] Names = ["ets", "arima", "theta", "snaive", "naive2", "ensemble", "ets+tet", "ensemble+tet"];

    private static readonly Lazy<Dictionary<string, IForecastModel>> Models = new(() =>
        Names.ToDictionary(m => m, m => Forecasters.ByName(m).Fit(M3Data.GsoExports())));

    public static TheoryData<string> Methods => new(Names);

    private static IForecastModel Model(string method) => Models.Value[method];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Predict_BadHorizonOrLevels_IsRefusedWithAMessage(string method)
    {
        var model = Model(method);
        Assert.IsAssignableFrom<ForecastModel>(model);
        Assert.Contains("1 to 1200", Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(0, [80])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(-3, [80]));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(1201, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(3, [0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(3, [80, 100]));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(3, [-5]));
        var twice = Assert.Throws<ArgumentException>(() => model.Predict(3, [80, 95, 80]));
        Assert.Contains("80% interval is asked for twice", twice.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => model.Predict(3, null!));
        Assert.Equal(3, model.Predict(3, [50, 99]).Horizon);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Simulate_BadPathsOrHorizon_IsRefusedWithAMessage(string method)
    {
        var model = Model(method);
        Assert.Contains("at least 1", Assert.Throws<ArgumentOutOfRangeException>(() => model.Simulate(3, -1, 1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Simulate(3, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Simulate(0, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Simulate(1201, 10, 1));
        var big = Assert.Throws<ArgumentException>(() => model.Simulate(1200, 10_000, 1));
        Assert.Contains("12,000,000 values; at most 10,000,000", big.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => model.Simulate(12, int.MaxValue, 1));
        var paths = model.Simulate(4, 7, 1);
        Assert.Equal(7, paths.Length);
        Assert.All(paths, p => Assert.Equal(4, p.Length));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void FittedPlusResidual_IsTheData(string method)
    {
        var model = (ForecastModel)Model(method);
        var y = M3Data.GsoExports();
        Assert.Equal(y.Length, model.Fitted.Count);
        Assert.Equal(y.Length, model.Residuals.Count);
        Assert.Equal(y.Start, model.FirstMonth);
        var defined = 0;
        for (var t = 0; t < y.Length; t++)
        {
            var actual = y[y.Start.PlusMonths(t)];
            Assert.Equal(actual, model.Data[t]);
            if (double.IsNaN(model.Fitted[t]))
            {
                Assert.True(double.IsNaN(model.Residuals[t]), $"{method} month {t}");
                continue;
            }

            defined++;
            Assert.Equal(actual, model.Fitted[t] + model.Residuals[t], actual * 1e-12);
        }

        // At most the first season lacks a one-step prediction, and the predictions are not the data themselves.
        Assert.True(defined >= y.Length - 13, $"{method}: {defined} fitted values of {y.Length}");
        var meanAbsolute = Enumerable.Range(0, y.Length).Where(t => !double.IsNaN(model.Residuals[t])).Average(t => Math.Abs(model.Residuals[t]));
        Assert.InRange(meanAbsolute, 100, 5000);
        Assert.Equal(model.Fitted, model.FittedSeries().Values.ToArray());
    }

    [Fact]
    public void Fitted_NaiveModels_AreTheMonthsTheyRepeat()
    {
        var y = M3Data.GsoExports();
        var snaive = new SeasonalNaive().Fit(y);
        Assert.All(Enumerable.Range(0, 12), t => Assert.True(double.IsNaN(snaive.Fitted[t])));
        Assert.Equal(y[Period.Month(2022, 3)], snaive.Fitted[y.Length - 10]);
        var naive2 = new Naive2().Fit(y);
        Assert.True(double.IsNaN(naive2.Fitted[0]));
        Assert.Equal(1, Enumerable.Range(0, y.Length).Count(t => double.IsNaN(naive2.Fitted[t])));
    }

    [Fact]
    public void Fitted_Ensemble_IsTheWeightedMembersFitted()
    {
        var model = (EnsembleModel)Model("ensemble");
        for (var t = 0; t < model.Fitted.Count; t++)
        {
            var expected = model.Members.Select((m, i) => model.Weights[i] * m.Fitted[t]).Sum();
            Assert.Equal(expected, model.Fitted[t], 1e-6);
        }

        Assert.Contains(model.Fitted, double.IsFinite);
    }

    [Fact]
    public void Ets_Residuals_AreOnTheDataScale_ErrorsRelative()
    {
        var fit = new Ets(EtsSpec.Parse("MAM")).FitEts(M3Data.GsoExports());
        for (var t = 0; t < fit.Fitted.Count; t++)
        {
            Assert.Equal(fit.Errors[t] * fit.Fitted[t], fit.Residuals[t], Math.Abs(fit.Fitted[t]) * 1e-9);
        }
    }

    // R 4.2, forecast 8.20: auto.arima(ts(y, start = c(start_year, start_month), frequency = 12)) on the M3 training data;
    // R writes "with non-zero mean" where Analytics writes "with mean".
    [Theory]
    [InlineData("N1402", 0, 0, 0, 0, 0, 0, true, -449.2300)]
    [InlineData("N1462", 1, 0, 0, 0, 0, 0, true, -420.1273)]
    [InlineData("N2000", 1, 0, 1, 0, 0, 1, true, -987.6742)]
    [InlineData("N2302", 0, 1, 1, 0, 0, 0, true, -701.2336)]
    [InlineData("N2602", 0, 1, 1, 0, 0, 1, false, -1194.6053)]
    [InlineData("N2782", 2, 0, 0, 0, 0, 0, true, -702.7955)]
    public void Arima_Order_IsWhatRsAutoArimaPicks(string id, int p, int d, int q, int sp, int sd, int sq, bool constant, double rLogLikelihood)
    {
        var model = new Arima().FitArima(M3Data.Series(id));
        Assert.Equal(new ArimaOrder(p, d, q, sp, sd, sq, 12, constant), model.Order);
        Assert.Equal(p, model.Ar.Count);
        Assert.Equal(q, model.Ma.Count);
        Assert.Equal(sp, model.SeasonalAr.Count);
        Assert.Equal(sq, model.SeasonalMa.Count);
        Assert.Equal(rLogLikelihood, model.LogLikelihood, Math.Abs(rLogLikelihood) * LogLikelihoodTolerance);
        var k = p + q + sp + sq + (constant ? 1 : 0) + 1;
        Assert.Equal((-2 * model.LogLikelihood) + (2 * k), model.Aic, 1e-9);
        Assert.True(model.Aicc > model.Aic);
    }

    private const double LogLikelihoodTolerance = 0.002;

    [Fact]
    public void Arima_Residuals_OfAnAr1_AreTheOneStepErrorsOfItsCoefficients()
    {
        // R: auto.arima(N1462) is ARIMA(1,0,0) with non-zero mean, ar1 0.3875, intercept 3358.03, sigma2 868496,
        // residuals 711.67 167.85 -1198.97 ...
        var y = M3Data.Series("N1462");
        var model = new Arima().FitArima(y);
        var phi = model.Ar[0];
        var c = model.Constant;
        Assert.Equal(0.3875, phi, 0.01);
        Assert.Equal(3358.03, c, 3358.03 * 0.01);
        var v = y.Values;

        // R's auto.arima divides the sum of squares by n − 2 here (its degrees of freedom), Analytics by n.
        Assert.Equal(868496, model.Sigma2 * v.Length / (v.Length - 2), 868496 * 0.01);
        for (var t = 1; t < v.Length; t++)
        {
            Assert.Equal((v[t] - c) - (phi * (v[t - 1] - c)), model.Residuals[t], 1e-6);
        }

        // R estimates the intercept jointly with ar1, Analytics takes the mean: the residuals differ by a few units.
        Assert.Equal(167.85, model.Residuals[1], 15.0);
        Assert.Equal(-1198.97, model.Residuals[2], 15.0);
    }

    [Fact]
    public void Arima_Fitted_SeasonallyDifferencedModel_LacksOnlyTheMonthsTheDifferencesUse()
    {
        // N2500: ARIMA(1,0,0)(2,1,0)[12] with drift (R: ARIMA(1,0,1)(2,1,0)[12] with drift): the first 12 months have no prediction.
        var model = new Arima().FitArima(M3Data.Series("N2500"));
        var lost = model.Order.D + (12 * model.Order.SeasonalD);
        Assert.Equal(12, lost);
        Assert.All(Enumerable.Range(0, lost), t => Assert.True(double.IsNaN(model.Fitted[t])));
        Assert.All(Enumerable.Range(lost, model.Fitted.Count - lost), t => Assert.True(double.IsFinite(model.Fitted[t])));
    }

    [Fact]
    public void Theta_Parameters_GiveItsForecasts()
    {
        var y = M3Data.GsoExports();
        var model = new Theta().FitTheta(y);
        Assert.True(model.SeasonallyAdjusted);
        Assert.Equal(Decomposition.IsSeasonal(y.Values, 12), model.SeasonallyAdjusted);
        Assert.Equal(1.0, model.SeasonalIndices.Average(), 12);
        Assert.InRange(model.Alpha, 0, 1);
        Assert.True(model.Drift > 0, "exports rose 2015–2023");
        var f = model.Predict(14, []);
        var n = y.Length;
        for (var h = 1; h <= 14; h++)
        {
            var adjusted = model.Level + (model.Drift * ((h - 1) + ((1 - Math.Pow(1 - model.Alpha, n)) / model.Alpha)));
            Assert.Equal(adjusted * model.SeasonalIndex(f.MonthOf(h)), f.Mean[h - 1], 1e-6);
        }

        Assert.Equal(model.SeasonalIndex(Period.Month(2016, 2)), model.SeasonalIndex(Period.Month(2024, 2)), 15);
        Assert.Equal(model.SeasonalIndices[1], model.SeasonalIndex(Period.Month(2015, 2)), 15);
    }
}
