using System.Globalization;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>
/// The base of every model the library fits (ETS, ARIMA, Theta, the naive models, the ensemble, the Tết adjustment):
/// it checks the arguments of <see cref="Predict"/> and <see cref="Simulate"/> once for all of them, and keeps the
/// data the model was fitted to, so that every model gives its in-sample fitted values and residuals.
/// </summary>
public abstract class ForecastModel : IForecastModel
{
    /// <summary>The longest horizon that can be predicted or simulated, in months.</summary>
    public const int MaxHorizon = 1200;

    /// <summary>The most values <see cref="Simulate"/> returns at once (paths × horizon): 10 million doubles, 80 MB.</summary>
    public const long MaxSimulatedValues = 10_000_000;

    private readonly double[] data;
    private double[]? fitted;
    private double[]? residuals;

    /// <summary>Initializes a new instance of the <see cref="ForecastModel"/> class.</summary>
    /// <param name="lastMonth">The last month of the data.</param>
    /// <param name="data">The values fitted, one per month, ending at <paramref name="lastMonth"/>.</param>
    private protected ForecastModel(Period lastMonth, double[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        LastMonth = lastMonth;
        this.data = data;
    }

    /// <inheritdoc/>
    public abstract string Description { get; }

    /// <inheritdoc/>
    public Period LastMonth { get; }

    /// <summary>Gets the first month of the data the model was fitted to (the first month of <see cref="Fitted"/>).</summary>
    public Period FirstMonth => LastMonth.PlusMonths(1 - data.Length);

    /// <summary>Gets the values the model was fitted to, from <see cref="FirstMonth"/> to <see cref="LastMonth"/>.</summary>
    public IReadOnlyList<double> Data => data;

    /// <inheritdoc/>
    public IReadOnlyList<double> Fitted => FittedValues;

    /// <inheritdoc/>
    public IReadOnlyList<double> Residuals => ResidualValues;

    /// <summary>Gets the fitted values as a series, from <see cref="FirstMonth"/>.</summary>
    /// <returns>The series (NaN for the months the model cannot predict from earlier ones).</returns>
    public MonthlySeries FittedSeries() => new(FirstMonth, FittedValues);

    /// <summary>Gets the residuals as a series, from <see cref="FirstMonth"/>.</summary>
    /// <returns>The series (NaN where <see cref="Fitted"/> is).</returns>
    public MonthlySeries ResidualSeries() => new(FirstMonth, ResidualValues);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not 1 to <see cref="MaxHorizon"/>, or a level is not strictly between 0 and 100.</exception>
    /// <exception cref="ArgumentException">A level is asked for twice.</exception>
    public Forecast Predict(int horizon, IReadOnlyList<int> levels)
    {
        CheckHorizon(horizon);
        CheckLevels(levels);
        return PredictCore(horizon, levels);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not 1 to <see cref="MaxHorizon"/>, or paths is under 1.</exception>
    /// <exception cref="ArgumentException">paths × horizon exceeds <see cref="MaxSimulatedValues"/>.</exception>
    public double[][] Simulate(int horizon, int paths, int seed)
    {
        CheckHorizon(horizon);
        if (paths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(paths), paths, string.Create(CultureInfo.InvariantCulture, $"{paths} paths were asked for; ask for at least 1 (5,000 give intervals to about 1%)."));
        }

        if ((long)paths * horizon > MaxSimulatedValues)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{paths:N0} paths of {horizon} months are {(long)paths * horizon:N0} values; at most {MaxSimulatedValues:N0} are simulated at once. Ask for fewer paths (5,000 give intervals to about 1%) or a shorter horizon."),
                nameof(paths));
        }

        return SimulateCore(horizon, paths, seed);
    }

    /// <summary>Checks a horizon: 1 to <see cref="MaxHorizon"/> months.</summary>
    internal static void CheckHorizon(int horizon)
    {
        if (horizon < 1 || horizon > MaxHorizon)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, string.Create(CultureInfo.InvariantCulture, $"A horizon of {horizon} months was asked for; ask for 1 to {MaxHorizon} months."));
        }
    }

    /// <summary>Checks interval levels: percentages strictly between 0 and 100, each once.</summary>
    internal static void CheckLevels(IReadOnlyList<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var seen = new HashSet<int>();
        foreach (var l in levels)
        {
            if (l <= 0 || l >= 100)
            {
                throw new ArgumentOutOfRangeException(nameof(levels), l, string.Create(CultureInfo.InvariantCulture, $"An interval level of {l}% was asked for; levels are percentages strictly between 0 and 100, e.g. 80 and 95."));
            }

            if (!seen.Add(l))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The {l}% interval is asked for twice; give each level once, e.g. [80, 95]."), nameof(levels));
            }
        }
    }

    /// <summary>Predicts, the arguments checked.</summary>
    /// <param name="horizon">The number of months, 1 to <see cref="MaxHorizon"/>.</param>
    /// <param name="levels">Distinct levels strictly between 0 and 100.</param>
    /// <returns>The forecast.</returns>
    private protected abstract Forecast PredictCore(int horizon, IReadOnlyList<int> levels);

    /// <summary>Simulates, the arguments checked.</summary>
    /// <param name="horizon">The number of months, 1 to <see cref="MaxHorizon"/>.</param>
    /// <param name="paths">At least 1, paths × horizon at most <see cref="MaxSimulatedValues"/>.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The paths.</returns>
    private protected abstract double[][] SimulateCore(int horizon, int paths, int seed);

    /// <summary>Computes the one-step in-sample fitted values, one per month of <see cref="Data"/> (NaN where there is none).</summary>
    /// <returns>The fitted values.</returns>
    private protected abstract double[] ComputeFitted();

    private double[] FittedValues => fitted ??= ComputeFitted();

    private double[] ResidualValues => residuals ??= ComputeResiduals();

    private double[] ComputeResiduals()
    {
        var f = FittedValues;
        var r = new double[data.Length];
        for (var t = 0; t < r.Length; t++)
        {
            r[t] = data[t] - f[t];
        }

        return r;
    }
}
