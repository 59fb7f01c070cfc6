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
/// <param name="LastYearTotal">
/// Last year's total, the base of the year's growth and of a growth plan: NaN when some of last year's months are missing.
/// From <see cref="PublishedYearEnd"/>, last year's published total, re-based by <see cref="BaseRevisionRatio"/>.
/// </param>
/// <param name="LastYearRemaining">Last year's sum of the same remaining months (re-based likewise), NaN when unknown.</param>
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
    /// <summary>Gets last year's total as published (the year's cumulative figure when there is one); NaN when unknown.</summary>
    public double LastYearPublishedTotal { get; init; } = double.NaN;

    /// <summary>Gets the year-on-year growth published with the months known (January to <see cref="Through"/>), percent; NaN when none was.</summary>
    public double StatedYtdGrowthPercent { get; init; } = double.NaN;

    /// <summary>
    /// Gets the ratio of last year's base implied by the stated growth to last year's published figure for the same
    /// months: 1 unless the values and the stated growth disagree (the GSO re-estimated last year, as for retail 2024).
    /// </summary>
    public double BaseRevisionRatio { get; init; } = 1;

    /// <summary>
    /// Gets the factor by which the model's spread of the year total was widened (or narrowed) after its errors in
    /// earlier years (<see cref="PublishedYearEnd"/>'s calibration); 1 when not calibrated.
    /// </summary>
    public double IntervalScale { get; init; } = 1;

    /// <summary>Gets how many earlier years' errors calibrated the intervals; 0 when none did.</summary>
    public int CalibrationYears { get; init; }

    /// <summary>Gets what the reader should know about how the figures were formed (a re-estimated base, a gap, a shock): each note's kind, its English text and the figures it names.</summary>
    public IReadOnlyList<YearEndNote> Notes { get; init; } = [];

    /// <summary>Gets the expected growth of the year total over last year's, percent (NaN when last year is incomplete).</summary>
    public double TotalGrowthPercent => (TotalMean / LastYearTotal - 1) * 100;

    /// <summary>The year total if the remaining months grow by a given rate over the same months of last year ("nếu quý IV tăng 5%").</summary>
    /// <param name="growthPercent">The growth of the remaining months over last year's, percent.</param>
    /// <returns>The year total under that scenario, NaN when last year's months are unknown.</returns>
    public double ScenarioTotal(double growthPercent) => YtdActual + (LastYearRemaining * (1 + (growthPercent / 100)));
}
