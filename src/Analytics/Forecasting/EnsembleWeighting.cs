namespace Analytics.Forecasting;

/// <summary>How an <see cref="Ensemble"/> weighs its members.</summary>
public enum EnsembleWeighting
{
    /// <summary>
    /// Each member's weight is inversely proportional to its error over the last months of the series, forecast from
    /// the months before them (Bates and Granger's rule, Operational Research Quarterly 1969, with the error in sMAPE).
    /// Falls back to equal weights when the series is too short to hold months back.
    /// </summary>
    Validation,

    /// <summary>Equal weights, whatever the members' past accuracy.</summary>
    Equal,
}
