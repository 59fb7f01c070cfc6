using System.Globalization;

namespace Analytics.Forecasting;

/// <summary>The order of a seasonal ARIMA model, ARIMA(p,d,q)(P,D,Q)[m], and whether it has a constant (mean or drift).</summary>
/// <param name="P">Non-seasonal autoregressive order p.</param>
/// <param name="D">Non-seasonal differences d.</param>
/// <param name="Q">Non-seasonal moving-average order q.</param>
/// <param name="SeasonalP">Seasonal autoregressive order P.</param>
/// <param name="SeasonalD">Seasonal differences D.</param>
/// <param name="SeasonalQ">Seasonal moving-average order Q.</param>
/// <param name="M">The season length.</param>
/// <param name="Constant">Whether the differenced series has a non-zero mean (a mean when d + D = 0, a drift when d + D = 1).</param>
public readonly record struct ArimaOrder(int P, int D, int Q, int SeasonalP, int SeasonalD, int SeasonalQ, int M, bool Constant)
{
    /// <summary>Returns the order as R prints it, e.g. <c>ARIMA(0,1,1)(0,1,1)[12]</c>, with " with drift" or " with mean".</summary>
    /// <returns>The order.</returns>
    public override string ToString()
    {
        var s = string.Create(CultureInfo.InvariantCulture, $"ARIMA({P},{D},{Q})");
        if (SeasonalP + SeasonalD + SeasonalQ > 0)
        {
            s += string.Create(CultureInfo.InvariantCulture, $"({SeasonalP},{SeasonalD},{SeasonalQ})[{M}]");
        }

        return Constant ? s + (D + SeasonalD == 0 ? " with mean" : " with drift") : s;
    }
}
