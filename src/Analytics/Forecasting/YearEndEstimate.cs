using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>
/// An estimate of the year total from the months known so far: the total's mean and intervals (from simulated paths
/// summed, not from bounds added up), the forecast of the remaining months, and the outcome against a plan.
/// </summary>
/// <param name="Through">The last month known.</param>
/// <param name="YtdActual">The sum of the months known, January to <paramref name="Through"/>.</param>
/// <param name="Remaining">The forecast of the remaining months (null in December).</param>
/// <param name="RemainingMean">The mean of the remaining months' sum.</param>
/// <param name="TotalMean">The expected year total.</param>
/// <param name="Interval80">The 80% interval of the year total.</param>
/// <param name="Interval95">The 95% interval of the year total.</param>
/// <param name="LastYearTotal">Last year's total, NaN when some of last year's months are missing.</param>
/// <param name="LastYearRemaining">Last year's sum of the same remaining months, NaN when unknown.</param>
/// <param name="Plan">The outcome against the plan, or null without a plan.</param>
/// <param name="Method">The model that forecast the remaining months.</param>
public sealed record YearEndEstimate(
    Period Through,
    double YtdActual,
    Forecast? Remaining,
    double RemainingMean,
    double TotalMean,
    (double Lower, double Upper) Interval80,
    (double Lower, double Upper) Interval95,
    double LastYearTotal,
    double LastYearRemaining,
    PlanOutcome? Plan,
    string Method)
{
    /// <summary>Gets the expected growth of the year total over last year's, percent (NaN when last year is incomplete).</summary>
    public double TotalGrowthPercent => (TotalMean / LastYearTotal - 1) * 100;

    /// <summary>The year total if the remaining months grow by a given rate over the same months of last year ("nếu quý IV tăng 5%").</summary>
    /// <param name="growthPercent">The growth of the remaining months over last year's, percent.</param>
    /// <returns>The year total under that scenario, NaN when last year's months are unknown.</returns>
    public double ScenarioTotal(double growthPercent) => YtdActual + (LastYearRemaining * (1 + (growthPercent / 100)));
}
