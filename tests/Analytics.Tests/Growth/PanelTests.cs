using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;
using Analytics.Growth;

namespace Analytics.Tests.Growth;

using Growth = Analytics.Growth;

public class PanelTests
{
    private static Panel MakePanel(int series, int months, int seed)
    {
        var rng = new Random(seed);
        var v = new double[series * months];
        for (var i = 0; i < v.Length; i++)
        {
            var u = rng.NextDouble();
            v[i] = u < 0.05 ? double.NaN : u < 0.08 ? 0 : 50 + (rng.NextDouble() * 100);
        }

        return new Panel(Period.Month(2005, 3), months, [.. Enumerable.Range(0, series).Select(i => new SeriesKey("X", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))], v);
    }

    [Fact]
    public void Compute_EveryCell_EqualsTheSeriesOperations()
    {
        var panel = MakePanel(20, 50, 7);
        var r = panel.Compute();
        for (var i = 0; i < panel.SeriesCount; i++)
        {
            var s = panel.GetSeries(i);
            var mom = Growth.Growth.MonthOnMonth(s);
            var yoy = Growth.Growth.YearOnYear(s);
            var cum = Growth.Growth.CumulativeSum(s);
            var ytd = Growth.Growth.CumulativeGrowth(s);
            foreach (var (m, _) in s.Points())
            {
                Assert.Equal(mom[m], r.MonthOnMonth[i, m]);
                Assert.Equal(yoy[m], r.YearOnYear[i, m]);
                Assert.Equal(cum[m], r.CumulativeSum[i, m]);
                Assert.Equal(ytd[m], r.CumulativeGrowth[i, m]);
            }
        }
    }

    [Fact]
    public void Compute_Parallel_IsIdenticalToSequential()
    {
        var panel = MakePanel(300, 30, 11);
        var a = panel.Compute();
        var b = panel.Compute(parallel: true);
        Assert.True(a.CumulativeGrowth.Values.SequenceEqual(b.CumulativeGrowth.Values));
        Assert.True(a.YearOnYear.Values.SequenceEqual(b.YearOnYear.Values));
    }

    [Fact]
    public void Compute_ZeroBase_IsMissingNotInfinity()
    {
        var p = new Panel(Period.Month(2023, 1), 2, [new SeriesKey("X", "")], [0, 5]);
        var r = p.Compute();
        Assert.Equal(MissingReason.ZeroBase, r.MonthOnMonth[0, Period.Month(2023, 2)].Reason);
        Assert.DoesNotContain(r.MonthOnMonth.Values.ToArray(), double.IsInfinity);
    }

    [Fact]
    public void Shares_OverHierarchy_UsesTheParentRow()
    {
        var p = new Panel(Period.Month(2023, 1), 1, [new SeriesKey("EXPORT", ""), new SeriesKey("EXPORT", "Châu Á")], [2032, 1078]);
        var shares = p.Shares([-1, 0]);
        Assert.Equal(53.05, shares[1, Period.Month(2023, 1)].Value, 2);
        Assert.Equal(MissingReason.NotApplicable, shares[0, Period.Month(2023, 1)].Reason);
    }

    [Fact]
    public void SingleOperationsAndHierarchy_EveryCell_EqualsTheSeriesVerbs()
    {
        // Row 0 is the total of rows 1–4 (with gaps, zeros and negative bases), row 5 has no parent.
        var panel = MakePanel(6, 40, 23);
        int[] parent = [-1, 0, 0, 0, 0, -1];
        var mom = panel.MonthOnMonth();
        var yoy = panel.YearOnYear();
        var shares = panel.Shares(parent);
        var contributions = panel.YearOnYearContributions(parent);
        for (var i = 0; i < panel.SeriesCount; i++)
        {
            var s = panel.GetSeries(i);
            var sm = Growth.Growth.MonthOnMonth(s);
            var sy = Growth.Growth.YearOnYear(s);
            foreach (var (m, _) in s.Points())
            {
                Assert.Equal(sm[m], mom[i, m]);
                Assert.Equal(sy[m], yoy[i, m]);
                if (parent[i] < 0)
                {
                    Assert.Equal(MissingReason.NotApplicable, shares[i, m].Reason);
                    continue;
                }

                var total = panel.GetSeries(parent[i]);
                Assert.Equal(Growth.Growth.Shares(s, total)[m], shares[i, m]);
                Assert.Equal(Growth.Growth.YearOnYearContributions(s, total)[m], contributions[i, m]);
            }
        }
    }

    [Fact]
    public void FromSeries_DifferentSpans_AlignsByCalendar()
    {
        var a = new MonthlySeries(Period.Month(2023, 1), [1.0, 2.0]);
        var b = new MonthlySeries(Period.Month(2023, 2), [5.0]);
        var p = Panel.FromSeries([(new SeriesKey("A", ""), a), (new SeriesKey("B", ""), b)]);
        Assert.Equal(5.0, p[1, Period.Month(2023, 2)]);
        Assert.True(double.IsNaN(p[1, Period.Month(2023, 1)]));
    }
}
