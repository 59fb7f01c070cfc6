using Analytics.Internal;

namespace Analytics.Forecasting;

/// <summary>
/// The form of an exponential smoothing state-space model (Hyndman, Koehler, Ord and Snyder, 2008): error additive
/// or multiplicative, trend none, additive or additive damped, season none, additive or multiplicative. Written as R's
/// <c>forecast::ets</c> writes it, e.g. <c>MAdM</c> or <c>ETS(M,Ad,M)</c>.
/// </summary>
/// <param name="MultiplicativeError">Multiplicative (relative) errors rather than additive.</param>
/// <param name="Trend">'N', 'A' or 'D' (additive damped).</param>
/// <param name="Season">'N', 'A' or 'M'.</param>
public readonly record struct EtsSpec(bool MultiplicativeError, char Trend, char Season)
{
    /// <summary>Gets a value indicating whether the model has a trend.</summary>
    public bool HasTrend => Trend != 'N';

    /// <summary>Gets a value indicating whether the trend is damped.</summary>
    public bool Damped => Trend == 'D';

    /// <summary>Gets a value indicating whether the model is seasonal.</summary>
    public bool HasSeason => Season != 'N';

    /// <summary>Reads a form written as R does: <c>ANN</c>, <c>AAdN</c>, <c>MAdM</c>, <c>MNM</c>.</summary>
    /// <param name="text">The form.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="FormatException">Not a form of the supported models (multiplicative trends are not).</exception>
    public static EtsSpec Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var s = text.Replace("ETS(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        s = s.Replace("AD", "D", StringComparison.Ordinal);
        if (s.Length != 3 || s[0] is not ('A' or 'M') || s[1] is not ('N' or 'A' or 'D') || s[2] is not ('N' or 'A' or 'M'))
        {
            throw new FormatException($"'{text}' is not an ETS form: write error (A or M), trend (N, A or Ad) and season (N, A or M), e.g. MAdM.");
        }

        return new EtsSpec(s[0] == 'M', s[1], s[2]);
    }

    /// <summary>Returns the form as R prints it, e.g. <c>ETS(M,Ad,M)</c>.</summary>
    /// <returns>The form.</returns>
    public override string ToString() => $"ETS({(MultiplicativeError ? 'M' : 'A')},{(Trend == 'D' ? "Ad" : Trend.ToString())},{Season})";
}
