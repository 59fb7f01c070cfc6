namespace Analytics.Forecasting;

/// <summary>How forecasts of a hierarchy are made to add up.</summary>
public enum ReconciliationMethod
{
    /// <summary>The bottom level's forecasts, summed up the hierarchy; the upper levels' own forecasts are discarded.</summary>
    BottomUp = 0,

    /// <summary>Optimal combination with OLS weights (W = I; Hyndman, Ahmed, Athanasopoulos and Shang, CSDA 2011).</summary>
    Ols = 1,

    /// <summary>
    /// Optimal combination with WLS weights by structural scaling (W = diag of the number of bottom series under each
    /// node; Athanasopoulos, Hyndman, Kourentzes and Petropoulos, EJOR 2017), a MinT estimator that needs no residuals.
    /// </summary>
    WlsStructural = 2,
}
