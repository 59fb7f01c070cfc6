using Analytics.Internal;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// Seasonal ARIMA with automatic order selection by the stepwise search of Hyndman and Khandakar (JSS 2008), as R's
/// <c>forecast::auto.arima</c>: the seasonal difference when the seasonal strength exceeds 0.64, then non-seasonal
/// differences while a KPSS test at 5% rejects stationarity (at most two); then, from ARIMA(2,d,2)(1,D,1) and three
/// simpler starts, neighbouring orders (p, q ≤ 5; P, Q ≤ 2; p + q + P + Q ≤ 5; a constant when d + D ≤ 1) are
/// tried while AICc improves.
/// </summary>
/// <remarks>
/// Estimation is by conditional sum of squares (R's <c>arima(method = "CSS")</c>, which R's <c>auto.arima</c> also
/// uses in its search on long series), with the mean of the differenced series as its constant, and autoregressive and
/// moving-average polynomials parametrised through partial autocorrelations so that every fit is stationary and
/// invertible. The seasonal strength is measured on a classical decomposition rather than R's STL. Forecasts and
/// intervals come from the ψ-weights of the full model, differences included. The search and its unit-root tests are in
/// <c>ArimaOrderSearch</c>, the estimation in <c>ArimaEstimation</c>, the fitted model is <see cref="ArimaModel"/>.
/// </remarks>
public sealed class Arima : IForecaster
{
    /// <summary>Initializes a new instance of the <see cref="Arima"/> class.</summary>
    /// <param name="order">A fixed order, or null to select it automatically.</param>
    /// <param name="seasonLength">The season length (12 for monthly data).</param>
    public Arima(ArimaOrder? order = null, int seasonLength = 12)
        : this(order, seasonLength, maximumLikelihood: true)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Arima"/> class that may stop at the conditional-sum-of-squares estimates.</summary>
    internal Arima(ArimaOrder? order, int seasonLength, bool maximumLikelihood)
    {
        Preconditions.CheckArgumentRange(nameof(seasonLength), seasonLength, 1, 24);
        Order = order;
        SeasonLength = seasonLength;
        MaximumLikelihood = maximumLikelihood;
    }

    /// <summary>Gets the fixed order, or null when it is selected.</summary>
    public ArimaOrder? Order { get; }

    /// <summary>Gets the season length.</summary>
    public int SeasonLength { get; }

    /// <summary>Gets a value indicating whether the final estimates are exact maximum likelihood (else conditional sum of squares).</summary>
    private bool MaximumLikelihood { get; }

    /// <inheritdoc/>
    public string Name => "arima";

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series) => FitArima(series);

    /// <summary>Fits the method and returns the model with its order and estimates.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ForecastException">The series cannot be fitted; the message says why.</exception>
    public ArimaModel FitArima(MonthlySeries series)
    {
        var data = SeriesData.From(series, minimumLength: 4);
        var y = data.Values;
        var m = SeasonLength;
        if (y.All(v => v == y[0]))
        {
            return ArimaEstimation.Css(y, data.End, new ArimaOrder(0, 0, 0, 0, 0, 0, m, true))!;
        }

        if (Order is { } fixedOrder)
        {
            var css = ArimaEstimation.Css(y, data.End, fixedOrder with { M = m });
            return (css is not null && MaximumLikelihood ? ArimaEstimation.RefineByMaximumLikelihood(css) : css)
                ?? throw new ForecastException($"{fixedOrder} has too many parameters for a series of {y.Length} months; choose a smaller order.");
        }

        var best = ArimaOrderSearch.Select(y, data.End, m) ?? throw new ForecastException("No ARIMA model could be fitted to the series.");
        return MaximumLikelihood ? ArimaEstimation.RefineByMaximumLikelihood(best) : best;
    }
}
