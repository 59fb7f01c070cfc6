using Analytics.Growth;

namespace Analytics.Forecasting;

/// <summary>An annual plan ("kế hoạch năm"): a target value for the year, or a target growth over last year's total.</summary>
public sealed record Plan
{
    private Plan(double targetValue, double targetGrowthPercent)
    {
        TargetValue = targetValue;
        TargetGrowthPercent = targetGrowthPercent;
    }

    /// <summary>Gets the target value of the year, or NaN when the plan is a growth rate.</summary>
    public double TargetValue { get; }

    /// <summary>Gets the target growth over last year's total in percent, or NaN when the plan is a value.</summary>
    public double TargetGrowthPercent { get; }

    /// <summary>A plan stated as a value for the year.</summary>
    /// <param name="target">The target, in the series' unit.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is not positive.</exception>
    public static Plan Value(double target)
    {
        if (!(target > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A plan's target value must be positive.");
        }

        return new Plan(target, double.NaN);
    }

    /// <summary>A plan stated as growth over last year's total ("tăng 10% so với năm trước").</summary>
    /// <param name="percent">The growth in percent.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The growth is −100% or less, or not a number.</exception>
    public static Plan Growth(double percent)
    {
        if (!(percent > -100))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A plan's growth must be more than -100%.");
        }

        return new Plan(double.NaN, percent);
    }

    /// <summary>The target value, given last year's total (needed for a growth plan).</summary>
    /// <param name="lastYearTotal">Last year's total, NaN when unknown.</param>
    /// <returns>The target value.</returns>
    /// <exception cref="ForecastException">The plan is a growth rate and last year's total is unknown.</exception>
    public double Target(double lastYearTotal)
    {
        if (!double.IsNaN(TargetValue))
        {
            return TargetValue;
        }

        return double.IsNaN(lastYearTotal)
            ? throw new ForecastException("The plan is a growth over last year, and the data lacks some of last year's 12 months; give the plan as a value, or add last year's months.")
            : lastYearTotal * (1 + (TargetGrowthPercent / 100));
    }
}
