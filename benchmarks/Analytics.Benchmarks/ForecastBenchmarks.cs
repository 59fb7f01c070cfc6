using System.Globalization;
using Analytics;
using Analytics.Forecasting;
using BenchmarkDotNet.Attributes;
using Analytics.Series;

namespace Analytics.Benchmarks;

/// <summary>Fitting and forecasting one M3 monthly series (N2500, 126 months) with each model.</summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private MonthlySeries series = null!;

    [Params("ets", "arima", "theta", "snaive", "naive2", "ensemble")]
    public string Method { get; set; } = "ets";

    [GlobalSetup]
    public void Setup() => series = M3Data.Load(M3Data.DefaultFolder()).Train["N2500"];

    [Benchmark]
    public Forecast FitAndPredict() => Forecasters.ByName(Method).Fit(series).Predict(18, [80, 95]);
}
