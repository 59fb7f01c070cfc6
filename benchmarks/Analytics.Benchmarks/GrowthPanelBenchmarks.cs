using Analytics;
using BenchmarkDotNet.Attributes;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;
using Analytics.Growth;

namespace Analytics.Benchmarks;

/// <summary>
/// The growth panel: month on month, year on year, cumulative sum and cumulative growth of 10,000 series × 240 months
/// with zeros and missing values (deterministic seed), against a plain scalar loop in the same run.
/// </summary>
[MemoryDiagnoser]
public class GrowthPanelBenchmarks
{
    private Panel panel = null!;
    private double[] values = null!;

    [Params(10_000)]
    public int Series { get; set; }

    public int Months { get; set; } = 240;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20231001);
        values = new double[Series * Months];
        for (var i = 0; i < values.Length; i++)
        {
            var u = rng.NextDouble();
            values[i] = u < 0.0005 ? double.NaN : u < 0.0015 ? 0.0 : 100 + (rng.NextDouble() * 50);
        }

        panel = new Panel(Period.Month(2005, 1), Months, [.. Enumerable.Range(0, Series).Select(i => new SeriesKey("X", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))], values);
    }

    [Benchmark(Baseline = true, Description = "plain scalar loop")]
    public double PlainLoop()
    {
        var n = values.Length;
        var mom = new double[n];
        var yoy = new double[n];
        var cum = new double[n];
        var ytd = new double[n];
        for (var s = 0; s < Series; s++)
        {
            var o = s * Months;
            var acc = 0.0;
            var broken = false;
            for (var t = 0; t < Months; t++)
            {
                var v = values[o + t];
                mom[o + t] = t >= 1 && values[o + t - 1] > 0 ? ((v / values[o + t - 1]) - 1) * 100 : double.NaN;
                yoy[o + t] = t >= 12 && values[o + t - 12] > 0 ? ((v / values[o + t - 12]) - 1) * 100 : double.NaN;
                if (t % 12 == 0)
                {
                    acc = 0;
                    broken = false;
                }

                broken |= double.IsNaN(v);
                acc += v;
                cum[o + t] = broken ? double.NaN : acc;
                ytd[o + t] = t >= 12 && cum[o + t - 12] > 0 ? ((cum[o + t] / cum[o + t - 12]) - 1) * 100 : double.NaN;
            }
        }

        return mom[^1] + yoy[^1] + cum[^1] + ytd[^1];
    }

    [Benchmark(Description = "Analytics PanelGrowth.Compute")]
    public PanelGrowthResult Library() => panel.Compute();

    [Benchmark(Description = "Analytics PanelGrowth.Compute, parallel")]
    public PanelGrowthResult LibraryParallel() => panel.Compute(parallel: true);
}
