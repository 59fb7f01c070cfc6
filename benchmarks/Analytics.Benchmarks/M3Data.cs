using System.Globalization;
using Analytics;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Benchmarks;

/// <summary>The M3 monthly data of data/m3-monthly: training series, test values and the originally submitted forecasts.</summary>
internal sealed record M3Data(Dictionary<string, MonthlySeries> Train, Dictionary<string, double[]> Test, Dictionary<string, Dictionary<string, double[]>> Submitted)
{
    internal static string DefaultFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "m3-monthly");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("data/m3-monthly not found above the benchmark's folder; run from the repository.");
    }

    internal static M3Data Load(string folder)
    {
        var inv = CultureInfo.InvariantCulture;
        var train = File.ReadAllLines(Path.Combine(folder, "m3_monthly_train.csv")).Skip(1).Select(l => l.Split(','))
            .GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g =>
            {
                var f0 = g.First();
                var year = int.Parse(f0[2], inv);
                return new MonthlySeries(Period.Month(year < 1000 ? 2000 + year : year, int.Parse(f0[3], inv)), [.. g.Select(f => double.Parse(f[5], inv))]);
            });
        var test = File.ReadAllLines(Path.Combine(folder, "m3_monthly_test.csv")).Skip(1).Select(l => l.Split(','))
            .GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => g.OrderBy(f => int.Parse(f[1], inv)).Select(f => double.Parse(f[2], inv)).ToArray());
        var submitted = File.ReadAllLines(Path.Combine(folder, "m3_monthly_original_forecasts.csv")).Skip(1).Select(l => l.Split(','))
            .GroupBy(f => f[1])
            .ToDictionary(g => g.Key, g => g.ToDictionary(f => f[0], f => f.Skip(2).Select(v => double.Parse(v, inv)).ToArray()));
        return new M3Data(train, test, submitted);
    }

    /// <summary>
    /// A validation split inside the training data: each series without its last <paramref name="months"/> months,
    /// and the 18 months that follow the cut as the test (with 18, the last 18 months of the training data; with 36,
    /// the 18 before those). Design choices are made on such splits, so that the test months of the competition stay
    /// unseen.
    /// </summary>
    internal M3Data Holdout(int months)
    {
        var train = Train.ToDictionary(kv => kv.Key, kv => new MonthlySeries(kv.Value.Start, kv.Value.Values[..^months]));
        var test = Train.ToDictionary(kv => kv.Key, kv => kv.Value.Values[^months..][..18].ToArray());
        return new M3Data(train, test, []);
    }
}
