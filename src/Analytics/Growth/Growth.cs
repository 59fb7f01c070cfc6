using Analytics.Internal;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Growth;

/// <summary>
/// Growth the way official statistics compute it: month on month, year on year, cumulative against the same period
/// of last year (ratio of sums), shares, contributions in percentage points, multiples and the base a stated rate
/// implies. Series operations align by calendar month, never by position.
/// </summary>
/// <remarks>
/// Rules shared by every operation, following the GSO's practice and stated once here:
/// <list type="bullet">
/// <item>A missing value (NaN) gives a missing result with <see cref="MissingReason.NoData"/>; a missing comparison
/// value gives <see cref="MissingReason.BaseMissing"/>. Nothing is filled forward.</item>
/// <item>A zero base gives <see cref="MissingReason.ZeroBase"/>, never ±Infinity; a negative base gives
/// <see cref="MissingReason.NegativeBase"/>, because a ratio to a negative value has no meaning as growth.</item>
/// <item>Cumulative sums run from January; a missing month makes the rest of that year's cumulative figures missing
/// (<see cref="MissingReason.IncompleteCumulation"/>) rather than skipping the gap, which would understate the sum.</item>
/// </list>
/// Rates are in percent: 12.6 means +12,6%.
/// </remarks>
public static class Growth
{
    /// <summary>The ratio from which a change is reported as a multiple ("gấp 2 lần") rather than a percentage.</summary>
    public const double MultipleThreshold = 2.0;

    /// <summary>Growth of <paramref name="current"/> over <paramref name="base"/> in percent: (current / base − 1) × 100.</summary>
    /// <param name="current">This period's value.</param>
    /// <param name="base">The comparison period's value.</param>
    /// <returns>The computed rate, or missing: NaN current (NoData), NaN base (BaseMissing), zero base (ZeroBase), negative base (NegativeBase).</returns>
    public static Figure Rate(double current, double @base)
    {
        Kernels.Rate(current, @base, out var v, out var r);
        return r == 0 ? Figure.Computed(v) : Figure.Missing((MissingReason)r);
    }

    /// <summary>The ratio current / base ("gấp 3,4 lần" is a ratio of 3.4).</summary>
    /// <param name="current">This period's value.</param>
    /// <param name="base">The comparison period's value.</param>
    /// <returns>The ratio, or missing under the same rules as <see cref="Rate"/>.</returns>
    public static Figure Ratio(double current, double @base)
    {
        var g = Rate(current, @base);
        return g.IsMissing ? g : Figure.Computed(current / @base);
    }

    /// <summary>Whether a ratio is reported as a multiple ("lần"): ratios of <see cref="MultipleThreshold"/> (2) and above.</summary>
    /// <param name="ratio">A ratio current / base.</param>
    /// <returns><see langword="true"/> for a ratio ≥ 2.</returns>
    public static bool IsMultiple(double ratio) => ratio >= MultipleThreshold;

    /// <summary>The share of a part in its total, in percent ("chiếm 53%").</summary>
    /// <param name="part">The part's value.</param>
    /// <param name="total">The total's value.</param>
    /// <returns>The share, or missing: NaN part (NoData), NaN total (BaseMissing), zero or negative total.</returns>
    public static Figure Share(double part, double total)
    {
        var g = Rate(part, total);
        return g.IsMissing ? g : Figure.Computed(part / total * 100.0);
    }

    /// <summary>
    /// The contribution of a part to the growth of its total, in percentage points:
    /// (part now − part then) / total then × 100. The contributions of a partition sum to the total's growth.
    /// </summary>
    /// <param name="partCurrent">The part's value this period.</param>
    /// <param name="partBase">The part's value in the comparison period.</param>
    /// <param name="totalBase">The total's value in the comparison period.</param>
    /// <returns>The contribution, or missing: a NaN part value (NoData), a NaN total base (BaseMissing), a zero or negative total base.</returns>
    public static Figure Contribution(double partCurrent, double partBase, double totalBase)
    {
        if (double.IsNaN(partCurrent) || double.IsNaN(partBase))
        {
            return Figure.Missing(double.IsNaN(partCurrent) ? MissingReason.NoData : MissingReason.BaseMissing);
        }

        var g = Rate(1.0, totalBase);
        return g.IsMissing ? g : Figure.Computed((partCurrent - partBase) / totalBase * 100.0);
    }

    /// <summary>
    /// The comparison value a stated growth rate implies: value / (1 + rate / 100). Reports give this year's value and
    /// the rate but not last year's value; this recovers it (as last year's figure revised since, which is what the
    /// GSO compares with).
    /// </summary>
    /// <param name="value">This period's value.</param>
    /// <param name="ratePercent">The stated growth in percent.</param>
    /// <returns>The implied base, or missing: NaN value (NoData), NaN rate (BaseMissing), a rate of −100% or less (ImpossibleRate).</returns>
    public static Figure ImpliedBase(double value, double ratePercent)
    {
        if (double.IsNaN(value))
        {
            return Figure.Missing(MissingReason.NoData);
        }

        if (double.IsNaN(ratePercent))
        {
            return Figure.Missing(MissingReason.BaseMissing);
        }

        return ratePercent <= -100.0
            ? Figure.Missing(MissingReason.ImpossibleRate)
            : Figure.Computed(value / (1.0 + (ratePercent / 100.0)));
    }

    /// <summary>Month-on-month growth in percent for every month of the series.</summary>
    /// <param name="series">The series.</param>
    /// <returns>One figure per month; the first month's base lies outside the series (BaseMissing).</returns>
    public static FigureSeries MonthOnMonth(MonthlySeries series) => Lagged(series, 1);

    /// <summary>Year-on-year growth in percent: each month against the same month of last year.</summary>
    /// <param name="series">The series.</param>
    /// <returns>One figure per month; the first twelve months' bases lie outside the series (BaseMissing).</returns>
    public static FigureSeries YearOnYear(MonthlySeries series) => Lagged(series, 12);

    /// <summary>The cumulative sum from January to each month ("n tháng đầu năm") of a flow.</summary>
    /// <param name="series">A flow series.</param>
    /// <returns>One figure per month; after a missing month the rest of that year is IncompleteCumulation, and so is a first year that starts after January.</returns>
    public static FigureSeries CumulativeSum(MonthlySeries series)
    {
        Preconditions.CheckNotNull(series);
        var v = new double[series.Length];
        var r = new byte[series.Length];
        Kernels.CumulativeSum(series.Values, series.Start.FirstMonth, v, r);
        return new FigureSeries(series.Start, v, r);
    }

    /// <summary>
    /// Cumulative growth against the same period of last year, as the ratio of sums: Σ Jan..m this year / Σ Jan..m last
    /// year − 1, in percent. For a flow the sums are values; for an index (IIP) pass monthly index levels, and this is
    /// the ratio of sums of levels that the GSO publishes (not the mean of monthly rates).
    /// </summary>
    /// <param name="series">A flow or a series of index levels.</param>
    /// <returns>One figure per month; IncompleteCumulation when a month of this year to date is missing, BaseMissing when one of last year's is.</returns>
    public static FigureSeries CumulativeGrowth(MonthlySeries series)
    {
        Preconditions.CheckNotNull(series);
        var cv = new double[series.Length];
        var cr = new byte[series.Length];
        Kernels.CumulativeSum(series.Values, series.Start.FirstMonth, cv, cr);
        var v = new double[series.Length];
        var r = new byte[series.Length];
        Kernels.CumulativeGrowth(cv, cr, v, r);
        return new FigureSeries(series.Start, v, r);
    }

    /// <summary>The share of a part in its total for every month both cover, aligned by calendar month.</summary>
    /// <param name="part">The part.</param>
    /// <param name="total">The total.</param>
    /// <returns>Shares in percent over the part's months, with <see cref="Share"/>'s rules.</returns>
    public static FigureSeries Shares(MonthlySeries part, MonthlySeries total)
        => PerMonth(part, total, (m, x) => Share(x, total[m]));

    /// <summary>
    /// The contribution of a part to its total's year-on-year growth, in percentage points, for every month of the
    /// part: (part − part a year earlier) / total a year earlier × 100, aligned by calendar month.
    /// </summary>
    /// <param name="part">The part.</param>
    /// <param name="total">The total.</param>
    /// <returns>Contributions with <see cref="Contribution"/>'s rules.</returns>
    public static FigureSeries YearOnYearContributions(MonthlySeries part, MonthlySeries total)
        => PerMonth(part, total, (m, x) => Contribution(x, part[m.PlusMonths(-12)], total[m.PlusMonths(-12)]));

    private static FigureSeries PerMonth(MonthlySeries part, MonthlySeries total, Func<Period, double, Figure> figure)
    {
        Preconditions.CheckNotNull(part);
        Preconditions.CheckNotNull(total);
        var v = new double[part.Length];
        var r = new byte[part.Length];
        var m = part.Start;
        for (var i = 0; i < part.Length; i++, m = m.PlusMonths(1))
        {
            var f = figure(m, part.Values[i]);
            v[i] = f.Value;
            r[i] = (byte)f.Reason;
        }

        return new FigureSeries(part.Start, v, r);
    }

    private static FigureSeries Lagged(MonthlySeries series, int lag)
    {
        Preconditions.CheckNotNull(series);
        var v = new double[series.Length];
        var r = new byte[series.Length];
        Kernels.Growth(series.Values, lag, v, r);
        return new FigureSeries(series.Start, v, r);
    }
}
