using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Analytics.Periods;
using Analytics.Series;
using Analytics.Growth;

namespace Analytics.Tests.Growth;

using Growth = Analytics.Growth;

/// <summary>
/// The engine against a naive implementation keyed by (year, month) on random series with gaps, zeros and negative
/// values: a gap must never shift a comparison onto the wrong month (Deedle's positional PctChange does).
/// </summary>
public class GrowthPropertyTests
{
    private sealed record Case(int StartYear, int StartMonth, (int Offset, double Value)[] Cells);

    private static readonly Gen<double> Values = Gen.Frequency(
        (1, Gen.Constant(0.0)),
        (1, Gen.Choose(-50, -1).Select(i => (double)i)),
        (12, Gen.Choose(1, 100000).Select(i => i / 10.0)));

    private static readonly Gen<Case> Cases =
        from year in Gen.Choose(2000, 2030)
        from month in Gen.Choose(1, 12)
        from length in Gen.Choose(1, 60)
        from present in Gen.ListOf(Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))).Where(l => l.Count >= length)
        from values in Gen.ListOf(Values).Where(l => l.Count >= length)
        select new Case(year, month, [.. Enumerable.Range(0, length).Where(i => present[i] || i == 0).Select(i => (i, values[i]))]);

    [Property(MaxTest = 500)]
    public Property Engine_SeriesWithGaps_MatchesNaiveDateKeyedImplementation()
        => Prop.ForAll(Arb.From(Cases), c =>
        {
            var start = Period.Month(c.StartYear, c.StartMonth);
            var naive = c.Cells.ToDictionary(x => start.PlusMonths(x.Offset), x => x.Value);
            var series = MonthlySeries.FromPoints(naive.Select(kv => (kv.Key, kv.Value)));
            var mom = Growth.Growth.MonthOnMonth(series);
            var yoy = Growth.Growth.YearOnYear(series);
            var cum = Growth.Growth.CumulativeSum(series);
            var ytd = Growth.Growth.CumulativeGrowth(series);
            var ok = true;
            foreach (var (m, _) in series.Points())
            {
                ok &= Same(mom[m].Value, NaiveRate(naive, m, m.PlusMonths(-1)));
                ok &= Same(yoy[m].Value, NaiveRate(naive, m, m.PlusMonths(-12)));
                var thisYear = NaiveYtd(naive, m);
                ok &= Same(cum[m].Value, thisYear);
                var lastYear = NaiveYtd(naive, m.PlusMonths(-12));
                ok &= Same(ytd[m].Value, double.IsNaN(thisYear) || !(lastYear > 0) ? double.NaN : (thisYear / lastYear - 1) * 100);
                ok &= mom[m].IsMissing == double.IsNaN(mom[m].Value) && (mom[m].IsMissing ? mom[m].Reason != MissingReason.None : mom[m].Reason == MissingReason.None);
            }

            return ok;
        });

    private static double NaiveRate(Dictionary<Period, double> d, Period month, Period basePeriod)
        => d.TryGetValue(month, out var v) && d.TryGetValue(basePeriod, out var b) && b > 0 ? (v / b - 1) * 100 : double.NaN;

    private static double NaiveYtd(Dictionary<Period, double> d, Period month)
    {
        var s = 0.0;
        for (var m = 1; m <= month.LastMonth; m++)
        {
            if (!d.TryGetValue(Period.Month(month.Year, m), out var v))
            {
                return double.NaN;
            }

            s += v;
        }

        return s;
    }

    private static bool Same(double a, double b)
        => (double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
}
