using BenchmarkDotNet.Attributes;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;
using Analytics.Growth;

namespace Analytics.Benchmarks;

/// <summary>
/// Shares and contributions to year-on-year growth over a hierarchy: 100 totals of 99 parts each (10,000 series ×
/// 240 months), against a plain loop computing the same two arrays, in the same run.
/// </summary>
[MemoryDiagnoser]
public class HierarchyBenchmarks
{
    private const int Totals = 100;
    private const int Parts = 99;
    private const int Months = 240;
    private Panel panel = null!;
    private int[] parent = null!;
    private double[] values = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20231001);
        var rows = Totals * (Parts + 1);
        values = new double[rows * Months];
        parent = new int[rows];
        for (var g = 0; g < Totals; g++)
        {
            var totalRow = g * (Parts + 1);
            parent[totalRow] = -1;
            for (var p = 1; p <= Parts; p++)
            {
                var row = totalRow + p;
                parent[row] = totalRow;
                for (var t = 0; t < Months; t++)
                {
                    var v = rng.NextDouble() < 0.001 ? double.NaN : 10 + (rng.NextDouble() * 5);
                    values[(row * Months) + t] = v;
                    values[(totalRow * Months) + t] += double.IsNaN(v) ? 0 : v;
                }
            }
        }

        panel = new Panel(Period.Month(2005, 1), Months, [.. Enumerable.Range(0, rows).Select(i => new SeriesKey("X", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))], values);
    }

    [Benchmark(Baseline = true, Description = "plain loop: shares and contributions")]
    public double Plain()
    {
        var share = new double[values.Length];
        var contribution = new double[values.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            var p = parent[i];
            var o = i * Months;
            var po = p * Months;
            for (var t = 0; t < Months; t++)
            {
                if (p < 0)
                {
                    share[o + t] = double.NaN;
                    contribution[o + t] = double.NaN;
                    continue;
                }

                var total = values[po + t];
                share[o + t] = total > 0 ? values[o + t] / total * 100 : double.NaN;
                contribution[o + t] = t >= 12 && values[po + t - 12] > 0 ? (values[o + t] - values[o + t - 12]) / values[po + t - 12] * 100 : double.NaN;
            }
        }

        return share[^1] + contribution[^1];
    }

    [Benchmark(Description = "PanelGrowth.Shares + YearOnYearContributions")]
    public double Library()
    {
        var s = panel.Shares(parent);
        var c = panel.YearOnYearContributions(parent);
        return s.Values[^1] + c.Values[^1];
    }
}
