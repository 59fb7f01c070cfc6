using Analytics.Internal;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// The Theta method as in the M3 competition (Assimakopoulos and Nikolopoulos, IJF 2000), in the form of Hyndman and
/// Billah (IJF 2003) and R's <c>forecast::thetaf</c>: when the 90% seasonality test at lag 12 says so, the series is
/// seasonally adjusted by a classical multiplicative decomposition; simple exponential smoothing with drift equal to
/// half the slope of a linear trend is fitted to the adjusted series; the forecasts are reseasonalised.
/// </summary>
/// <remarks>
/// Intervals are those of the underlying simple exponential smoothing, widening with (h − 1)α² + 1 as in R; unlike R,
/// the standard error is reseasonalised with the mean, which keeps the interval's width proportional to the month's
/// level. A seasonal series with zero or negative values is not seasonally adjusted (the multiplicative indices would
/// be meaningless).
/// </remarks>
public sealed class Theta : IForecaster
{
    /// <summary>Initializes a new instance of the <see cref="Theta"/> class.</summary>
    /// <param name="seasonLength">The season length (12 for monthly data).</param>
    public Theta(int seasonLength = 12)
    {
        Preconditions.CheckArgumentRange(nameof(seasonLength), seasonLength, 1, 24);
        SeasonLength = seasonLength;
    }

    /// <summary>Gets the season length.</summary>
    public int SeasonLength { get; }

    /// <inheritdoc/>
    public string Name => "theta";

    /// <inheritdoc/>
    public IForecastModel Fit(MonthlySeries series) => FitTheta(series);

    /// <summary>Fits the method and returns the model with its parameters.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ForecastException">The series cannot be fitted; the message says why.</exception>
    public ThetaModel FitTheta(MonthlySeries series)
    {
        var data = SeriesData.From(series, minimumLength: 4);
        var y = data.Values;
        var m = SeasonLength;
        var seasonal = y.Min() > 0 && Decomposition.IsSeasonal(y, m);
        var figure = seasonal ? Decomposition.SeasonalFigure(y, m, multiplicative: true) : Enumerable.Repeat(1.0, m).ToArray();
        var sa = y.Select((v, t) => v / figure[t % m]).ToArray();
        var ses = new Ets(new EtsSpec(false, 'N', 'N'), 1, meanSquaredError: true).FitEts(new MonthlySeries(data.Start, sa));
        var level = ses.Predict(1, [80]).Mean[0];
        var drift = Decomposition.Line(sa).Slope / 2;
        var fitted = ses.Fitted.Select((v, t) => v * figure[t % m]).ToArray();
        return new ThetaModel(data.End, y, figure, Math.Max(ses.Alpha, 1e-10), level, drift, ses.Sigma2, seasonal, fitted);
    }
}
