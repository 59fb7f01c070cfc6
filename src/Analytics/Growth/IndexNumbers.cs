using Analytics.Internal;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Growth;

/// <summary>
/// Index numbers: levels rebuilt from published rates, rebasing, and Laspeyres aggregation of component indices
/// with fixed base-period weights (the GSO's IIP method: VSIC level 4 → 2 → 1 → whole industry, base-year
/// value-added weights).
/// </summary>
public static class IndexNumbers
{
    /// <summary>
    /// Rebuilds relative index levels of consecutive months from month-on-month rates: the first month is 1 and each
    /// next month is the previous times (1 + rate / 100). Only ratios of the levels mean anything.
    /// </summary>
    /// <param name="monthOnMonthPercent">The rates of months 2..n (one fewer than the levels wanted); NaN where unknown.</param>
    /// <returns>n levels; from the first unknown rate on, NaN.</returns>
    public static double[] LevelsFromMonthOnMonth(ReadOnlySpan<double> monthOnMonthPercent)
    {
        var levels = new double[monthOnMonthPercent.Length + 1];
        levels[0] = 1.0;
        for (var i = 0; i < monthOnMonthPercent.Length; i++)
        {
            levels[i + 1] = levels[i] * (1.0 + (monthOnMonthPercent[i] / 100.0));
        }

        return levels;
    }

    /// <summary>
    /// Cumulative growth of an index from published rates only, as the ratio of sums of levels: last year's relative
    /// levels are rebuilt from its month-on-month rates, this year's are last year's times (1 + year-on-year rate).
    /// Σ this year / Σ last year − 1 = the mean of the year-on-year rates weighted by last year's levels.
    /// </summary>
    /// <param name="lastYearMonthOnMonth">Last year's month-on-month rates for February..m (m − 1 values), in percent.</param>
    /// <param name="yearOnYear">This year's year-on-year rates for January..m (m values), in percent.</param>
    /// <returns>The cumulative growth in percent, or missing (BaseMissing) when a rate is unknown.</returns>
    /// <exception cref="ArgumentException">The spans do not describe the same months.</exception>
    public static Figure CumulativeGrowthFromRates(ReadOnlySpan<double> lastYearMonthOnMonth, ReadOnlySpan<double> yearOnYear)
    {
        Preconditions.CheckArgument(
            lastYearMonthOnMonth.Length == yearOnYear.Length - 1,
            nameof(lastYearMonthOnMonth),
            "Give last year's month-on-month rates for February..m and this year's year-on-year rates for January..m.");
        var level = 1.0;
        double num = 0, den = 0;
        for (var j = 0; j < yearOnYear.Length; j++)
        {
            if (j > 0)
            {
                level *= 1.0 + (lastYearMonthOnMonth[j - 1] / 100.0);
            }

            num += level * (1.0 + (yearOnYear[j] / 100.0));
            den += level;
        }

        return double.IsNaN(num) || double.IsNaN(den) ? Figure.Missing(MissingReason.BaseMissing) : Growth.Rate(num, den);
    }

    /// <summary>Rebases an index so that the mean of the base period's months is 100.</summary>
    /// <param name="levels">Monthly index levels.</param>
    /// <param name="basePeriod">The new base: a month, quarter or year (e.g. 2015), all of whose months must be known.</param>
    /// <returns>The rebased levels.</returns>
    /// <exception cref="ArgumentException">A month of the base period is missing or not positive.</exception>
    public static MonthlySeries Rebase(MonthlySeries levels, Period basePeriod)
    {
        Preconditions.CheckNotNull(levels);
        var baseValues = basePeriod.Months().Select(m => levels[m]).ToArray();
        Preconditions.CheckArgument(
            baseValues.All(v => v > 0),
            nameof(basePeriod),
            $"Every month of the base period {basePeriod} needs a positive level; choose a base the series covers.");
        var mean = baseValues.Average();
        var v = new double[levels.Length];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = levels.Values[i] / mean * 100.0;
        }

        return MonthlySeries.Own(levels.Start, v);
    }

    /// <summary>
    /// Laspeyres aggregation with fixed base weights: Σ wᵢ·Iᵢ / Σ wᵢ for each month, where Iᵢ are component indices
    /// on the same base and wᵢ their base-period weights (value added for the IIP).
    /// </summary>
    /// <param name="components">The component indices (each on the same base, e.g. base year = 100).</param>
    /// <param name="weights">One non-negative weight per component.</param>
    /// <returns>The aggregate index over the months all components cover; a month where any component is missing is NaN, never a reweighted guess.</returns>
    /// <exception cref="ArgumentException">The counts differ, there are no components, or a weight is negative or the weights sum to zero.</exception>
    public static MonthlySeries Laspeyres(IReadOnlyList<MonthlySeries> components, IReadOnlyList<double> weights)
    {
        Preconditions.CheckNotNull(components);
        Preconditions.CheckNotNull(weights);
        Preconditions.CheckArgument(components.Count > 0 && components.Count == weights.Count, nameof(weights), "Give one weight per component index.");
        Preconditions.CheckArgument(weights.All(w => w >= 0) && weights.Sum() > 0, nameof(weights), "Weights must be non-negative and not all zero.");
        var start = components.Max(c => c.Start.MonthIndex);
        var end = components.Min(c => c.End.MonthIndex);
        Preconditions.CheckArgument(end >= start, nameof(components), "The component indices share no month.");
        var total = weights.Sum();
        var v = new double[end - start + 1];
        for (var t = 0; t < v.Length; t++)
        {
            var m = Period.FromMonthIndex(start + t);
            double s = 0;
            for (var i = 0; i < components.Count; i++)
            {
                s += weights[i] * components[i][m];
            }

            v[t] = s / total;
        }

        return MonthlySeries.Own(Period.FromMonthIndex(start), v);
    }
}
