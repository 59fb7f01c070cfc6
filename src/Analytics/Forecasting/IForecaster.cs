using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// A forecasting method: fits a monthly series and returns a model that predicts with intervals. Every method of the
/// library implements it (seasonal naive, Naive2, ETS, ARIMA, Theta, the ensemble), as statsforecast's models share
/// one protocol.
/// </summary>
public interface IForecaster
{
    /// <summary>Gets the method's name, as the command line and output use it ("ets", "theta").</summary>
    string Name { get; }

    /// <summary>Fits the method to a series.</summary>
    /// <param name="series">A monthly series without gaps (leading and trailing missing months are ignored).</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ForecastException">The series cannot be fitted (too short, a gap inside it); the message says why and what to do.</exception>
    IForecastModel Fit(MonthlySeries series);
}
