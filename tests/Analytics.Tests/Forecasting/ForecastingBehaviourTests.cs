using Analytics.Forecasting;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Tests.Forecasting;

/// <summary>What each method does with awkward series: documented fallbacks or clear errors, never a stray exception.</summary>
public class ForecastingBehaviourTests
{
    public static TheoryData<string> Methods => new() { "ets", "arima", "theta", "snaive", "naive2", "ensemble" };

    private static MonthlySeries Seasonal(int months, double level = 100, double start = 0)
    {
        var rng = new Random(7);
        return new MonthlySeries(Period.Month(2015, 1), [.. Enumerable.Range(0, months).Select(t => start + level + (10 * Math.Sin(2 * Math.PI * t / 12)) + (0.5 * t) + rng.NextDouble())]);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Predict_SeasonalSeries_GivesOrderedIntervals(string method)
    {
        var f = Forecasters.ByName(method).Fit(Seasonal(60)).Predict(12, [80, 95]);
        Assert.Equal(Period.Month(2020, 1), f.Start);
        for (var h = 0; h < 12; h++)
        {
            Assert.True(f.Lower(95)[h] <= f.Lower(80)[h] && f.Lower(80)[h] <= f.Mean[h] + 1e-9 && f.Mean[h] <= f.Upper(80)[h] + 1e-9 && f.Upper(80)[h] <= f.Upper(95)[h], $"{method} h={h + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Predict_NoLevels_GivesTheSameMeansWithoutIntervals(string method)
    {
        // Multiplicative ETS draws its intervals from simulated paths; without levels it must not need them.
        var model = Forecasters.ByName(method).Fit(Seasonal(60, level: 300));
        var withLevels = model.Predict(12, [80, 95]);
        var without = model.Predict(12, []);
        Assert.Equal(withLevels.Mean, without.Mean);
        Assert.Throws<ArgumentException>(() => without.Lower(80));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Fit_SeriesWithAGap_SaysWhereTheGapIs(string method)
    {
        var values = Seasonal(40).Values.ToArray();
        values[20] = double.NaN;
        var e = Assert.Throws<ForecastException>(() => Forecasters.ByName(method).Fit(new MonthlySeries(Period.Month(2015, 1), values)));
        Assert.Contains("gap at 2016-09", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ets_ShorterThanTwoSeasons_FitsANonSeasonalForm()
    {
        var fit = new Ets().FitEts(Seasonal(11));
        Assert.False(fit.Spec.HasSeason);
    }

    [Fact]
    public void SeasonalNaive_ShorterThanOneSeason_IsAClearError()
        => Assert.Contains("at least 13", Assert.Throws<ForecastException>(() => new SeasonalNaive().Fit(Seasonal(10))).Message, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Methods))]
    public void Predict_ConstantSeries_IsFlat(string method)
    {
        var f = Forecasters.ByName(method).Fit(new MonthlySeries(Period.Month(2020, 1), [.. Enumerable.Repeat(50.0, 36)])).Predict(6, [95]);
        Assert.All(f.Mean, v => Assert.Equal(50.0, v, 6));
    }

    [Fact]
    public void Ets_ZerosInSeries_ChoosesAnAdditiveForm()
    {
        var values = Seasonal(48, level: 20, start: -30).Values.ToArray();
        var fit = new Ets().FitEts(new MonthlySeries(Period.Month(2015, 1), values));
        Assert.False(fit.Spec.MultiplicativeError);
        Assert.NotEqual('M', fit.Spec.Season);
    }

    [Fact]
    public void Ets_MultiplicativeFormOnNegativeValues_IsAClearError()
    {
        var values = Seasonal(48, level: 20, start: -30).Values.ToArray();
        var e = Assert.Throws<ForecastException>(() => new Ets(EtsSpec.Parse("MAM")).FitEts(new MonthlySeries(Period.Month(2015, 1), values)));
        Assert.Contains("zero or negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_SameSeed_IsReproducible()
    {
        var model = new Ets().Fit(Seasonal(60));
        var first = model.Simulate(3, 500, 1);
        var again = model.Simulate(3, 500, 1);
        Assert.Equal(500, first.Length);
        Assert.All(Enumerable.Range(0, first.Length), i => Assert.Equal(first[i], again[i]));

        // Another seed gives other paths, and the paths of one draw differ from each other: a model that returned its
        // point forecast (or any constant) for every path would pass the first check but not these.
        var other = model.Simulate(3, 500, 2);
        Assert.NotEqual(first[7], other[7]);
        Assert.True(first.Select(p => p[0]).Distinct().Count() > 450, "the paths of one draw should differ from each other");

        // They scatter around the point forecast: the mean of the first month lies within four standard errors of it.
        var step1 = first.Select(p => p[0]).ToArray();
        var mean = step1.Average();
        var sd = Math.Sqrt(step1.Sum(v => (v - mean) * (v - mean)) / (step1.Length - 1));
        Assert.True(sd > 0);
        Assert.InRange(mean, model.Predict(1, []).Mean[0] - (4 * sd / Math.Sqrt(step1.Length)), model.Predict(1, []).Mean[0] + (4 * sd / Math.Sqrt(step1.Length)));
    }

    [Fact]
    public void Theta_M3Series_AgreesWithRsThetaf()
    {
        // R: thetaf(ts(y, start = c(1990, 1), frequency = 12), h = 3)$mean for M3 N1402: 3626.01 3626.31 3626.61 (forecast 8.20).
        var f = new Theta().Fit(M3Data.Series("N1402")).Predict(3, [95]);
        Assert.Equal(3626.01, f.Mean[0], 3626.01 * 0.002);
        Assert.Equal(3626.61, f.Mean[2], 3626.61 * 0.002);
    }

    [Fact]
    public void SeasonalNaive_RepeatsLastYear()
    {
        var s = Seasonal(36);
        var f = new SeasonalNaive().Fit(s).Predict(13, [95]);
        Assert.Equal(s[Period.Month(2017, 1)], f.Mean[0]);
        Assert.Equal(s[Period.Month(2017, 1)], f.Mean[12]);
    }

    [Fact]
    public void Arima_Kpss_StationaryAndRandomWalk()
    {
        var rng = new Random(3); // deterministic
        var noise = Enumerable.Range(0, 200).Select(_ => rng.NextDouble()).ToArray();
        var walk = noise.Select((_, i) => noise.Take(i + 1).Sum()).ToArray();
        Assert.True(ArimaOrderSearch.Kpss(noise) < 0.463);
        Assert.True(ArimaOrderSearch.Kpss(walk) > 0.463);
    }

    [Fact]
    public void Forecasters_UnknownName_ListsTheMethods()
        => Assert.Contains("ets", Assert.Throws<ArgumentException>(() => Forecasters.ByName("prophet")).Message, StringComparison.Ordinal);
}
