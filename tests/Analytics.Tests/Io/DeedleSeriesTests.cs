using Analytics.Interop;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Tests.Io;

public class DeedleSeriesTests
{
    [Fact]
    public void RoundTrip_SeriesWithAGap_KeepsTheGapAndTheMonths()
    {
        var s = new MonthlySeries(Period.Month(2023, 1), [10.0, double.NaN, 12.0, 13.0]);
        var d = s.ToDeedle();
        Assert.Equal(4, d.KeyCount);
        Assert.Equal(3, d.ValueCount);
        Assert.Equal(12.0, d[Period.Month(2023, 3)]);
        var back = d.ToMonthlySeries();
        Assert.Equal(Period.Month(2023, 1), back.Start);
        Assert.True(double.IsNaN(back[Period.Month(2023, 2)]));
        Assert.Equal(13.0, back[Period.Month(2023, 4)]);
    }
}
