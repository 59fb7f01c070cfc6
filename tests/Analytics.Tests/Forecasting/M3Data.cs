using System.Globalization;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Tests.Forecasting;

/// <summary>The M3 monthly series bundled in data/m3-monthly, by id.</summary>
internal static class M3Data
{
    private static readonly Lazy<Dictionary<string, MonthlySeries>> Train = new(() =>
        File.ReadAllLines(TestData.Path("m3-monthly/m3_monthly_train.csv")).Skip(1).Select(l => l.Split(','))
            .GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g =>
            {
                var f0 = g.First();
                var year = int.Parse(f0[2], CultureInfo.InvariantCulture);
                var start = Period.Month(year < 1000 ? 2000 + year : year, int.Parse(f0[3], CultureInfo.InvariantCulture));
                return new MonthlySeries(start, [.. g.Select(f => double.Parse(f[5], CultureInfo.InvariantCulture))]);
            }));

    internal static MonthlySeries Series(string id) => Train.Value[id];

    internal static MonthlySeries GsoExports()
    {
        // GSO exports, total, 2015-01..2023-12: the revised value where there is one, else the first estimate.
        var rows = File.ReadAllLines(TestData.Path("gso/gso_vn_monthly_headline.csv")).Skip(1)
            .Where(l => l.Contains(",EXPORT,Tổng trị giá,", StringComparison.Ordinal))
            .Select(l => l.Split(','))
            .Where(f => string.CompareOrdinal(f[0], "2015-01") >= 0 && string.CompareOrdinal(f[0], "2023-12") <= 0)
            .Select(f => (Period.Parse(f[0]), double.Parse(f[5].Length > 0 ? f[5] : f[4], CultureInfo.InvariantCulture)));
        return MonthlySeries.FromPoints(rows);
    }
}
