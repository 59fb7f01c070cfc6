using Analytics.Forecasting;

namespace Analytics.Tests.Forecasting;

public class ReconciliationTests
{
    // Exports (0) = Asia (1) + Americas (2); Asia = Korea (3) + Japan (4).
    private static readonly int[] Parents = [-1, 0, 0, 1, 1];

    private static double[][] Base => [[100, 110], [55, 60], [40, 44], [30, 33], [20, 22]];

    [Theory]
    [InlineData(ReconciliationMethod.BottomUp)]
    [InlineData(ReconciliationMethod.Ols)]
    [InlineData(ReconciliationMethod.WlsStructural)]
    public void Reconcile_AnyMethod_MakesEveryParentTheSumOfItsChildren(ReconciliationMethod method)
    {
        var r = Reconciliation.Reconcile(Parents, Base, method);
        for (var h = 0; h < 2; h++)
        {
            Assert.Equal(r[1][h] + r[2][h], r[0][h], 9);
            Assert.Equal(r[3][h] + r[4][h], r[1][h], 9);
        }
    }

    [Fact]
    public void Reconcile_BottomUp_KeepsTheBottomForecasts()
    {
        var r = Reconciliation.Reconcile(Parents, Base, ReconciliationMethod.BottomUp);
        Assert.Equal(40 + 30 + 20, r[0][0], 9);
        Assert.Equal(44, r[2][1], 9);
    }

    [Fact]
    public void Reconcile_CoherentForecasts_AreLeftUnchanged()
    {
        double[][] coherent = [[90, 99], [50, 55], [40, 44], [30, 33], [20, 22]];
        foreach (var method in new[] { ReconciliationMethod.Ols, ReconciliationMethod.WlsStructural })
        {
            var r = Reconciliation.Reconcile(Parents, coherent, method);
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(coherent[i][1], r[i][1], 9);
            }
        }
    }

    [Fact]
    public void Reconcile_Ols_SpreadsTheIncoherenceEvenly()
    {
        // Total 100 and two parts 45 + 45 = 90: OLS moves each of the three by a third of the gap of 10.
        var r = Reconciliation.Reconcile([-1, 0, 0], [[100.0], [45.0], [45.0]], ReconciliationMethod.Ols);
        Assert.Equal(100 - (10.0 / 3), r[0][0], 9);
        Assert.Equal(45 + (10.0 / 3), r[1][0], 9);
    }

    [Fact]
    public void Reconcile_Cycle_IsRefusedWithParamName()
        => Assert.Equal("parents", Assert.Throws<ArgumentException>(() => Reconciliation.Reconcile([1, 0, 0], [[1.0], [1.0], [1.0]], ReconciliationMethod.Ols)).ParamName);
}
