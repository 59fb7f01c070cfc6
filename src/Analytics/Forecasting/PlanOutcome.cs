namespace Analytics.Forecasting;

/// <summary>Where the year stands against its plan.</summary>
/// <param name="Target">The target value of the year.</param>
/// <param name="AttainmentPercent">The months known so far as a share of the target ("bằng 82,4% kế hoạch năm").</param>
/// <param name="ExpectedAttainmentPercent">The expected year total as a share of the target.</param>
/// <param name="RequiredGrowthPercent">The growth the remaining months need over the same months of last year to meet the target; NaN when last year's months are unknown.</param>
/// <param name="Probability">The probability that the year total reaches the target, from the simulated paths.</param>
public sealed record PlanOutcome(double Target, double AttainmentPercent, double ExpectedAttainmentPercent, double RequiredGrowthPercent, double Probability);
