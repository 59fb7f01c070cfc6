using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Observations;

namespace Analytics.Growth;

/// <summary>
/// The growth table of <see cref="ObservationColumns"/>, column by column: for row <c>i</c> of the columns, its month on
/// month, year on year, cumulative value, cumulative growth, implied base and the release it was computed as of. The
/// figures are those <see cref="GrowthTable.Compute(ObservationStore, GrowthOptions?)"/> gives for the same figures
/// held in a store, by the same rules (the stated rate first when asked, computed otherwise, a missing figure with its
/// reason), computed series by series on every core without an object per row.
/// </summary>
public sealed class GrowthColumns
{
    private readonly Figure[] monthOnMonth;
    private readonly Figure[] yearOnYear;
    private readonly Figure[] cumulativeValue;
    private readonly Figure[] cumulativeGrowth;
    private readonly Figure[] impliedBase;
    private readonly int[] release;

    private GrowthColumns(int n)
    {
        monthOnMonth = new Figure[n];
        yearOnYear = new Figure[n];
        cumulativeValue = new Figure[n];
        cumulativeGrowth = new Figure[n];
        impliedBase = new Figure[n];
        release = new int[n];
    }

    /// <summary>Gets growth on the previous month, per row.</summary>
    public ReadOnlySpan<Figure> MonthOnMonth => monthOnMonth;

    /// <summary>Gets growth on the same month of last year, per row.</summary>
    public ReadOnlySpan<Figure> YearOnYear => yearOnYear;

    /// <summary>Gets the value from January to the month (flows), per row.</summary>
    public ReadOnlySpan<Figure> CumulativeValue => cumulativeValue;

    /// <summary>Gets cumulative growth (ratio of sums), per row.</summary>
    public ReadOnlySpan<Figure> CumulativeGrowth => cumulativeGrowth;

    /// <summary>Gets last year's value implied by the value and the stated year-on-year rate, per row.</summary>
    public ReadOnlySpan<Figure> ImpliedBase => impliedBase;

    /// <summary>Gets the release each row was computed as of, as a month index, or -1 when the data gives none.</summary>
    public ReadOnlySpan<int> Release => release;

    /// <summary>Computes the growth of every row.</summary>
    /// <param name="columns">The figures.</param>
    /// <param name="options">As published or latest, stated first or not, and the catalogue (see <see cref="GrowthOptions"/>).</param>
    /// <returns>The figures, row for row.</returns>
    /// <remarks>
    /// The columns hold one release per figure and releases that never go back along a series, so each month's view as
    /// published (the figures released by its own release) holds every earlier month of its series: the three views of
    /// <see cref="GrowthOptions"/> differ only in the release each row states.
    /// </remarks>
    public static GrowthColumns Compute(ObservationColumns columns, GrowthOptions? options = null)
    {
        Preconditions.CheckNotNull(columns);
        options ??= new GrowthOptions();
        var result = new GrowthColumns(columns.Count);
        Parallel.For(0, columns.SeriesCount, s => result.Series(columns, s, options));
        return result;
    }

    /// <summary>Computes the growth of every row on the calling thread: a small part of a file read in parts, computed beside others.</summary>
    internal static GrowthColumns ComputeOnThisThread(ObservationColumns columns, GrowthOptions options)
    {
        var result = new GrowthColumns(columns.Count);
        for (var s = 0; s < columns.SeriesCount; s++)
        {
            result.Series(columns, s, options);
        }

        return result;
    }

    private void Series(ObservationColumns c, int s, GrowthOptions options)
    {
        var (a, b) = c.RowsOf(s);
        var months = c.MonthArray;
        var values = c.ValueArray;
        var first = months[a];

        // Row of each month from the series' first, -1 where the file has none: view.Get by position.
        var grid = new int[months[b - 1] - first + 1];
        Array.Fill(grid, -1);
        for (var i = a; i < b; i++)
        {
            grid[months[i] - first] = i;
        }

        int RowAt(int monthIndex) => monthIndex < first || monthIndex - first >= grid.Length ? -1 : grid[monthIndex - first];
        double ValueAt(int monthIndex) => RowAt(monthIndex) is var r and >= 0 ? values[r] : double.NaN;

        double Sum(int monthIndex)
        {
            var januaryIndex = monthIndex - (monthIndex % 12);
            var sum = 0.0;
            for (var m = januaryIndex; m <= monthIndex; m++)
            {
                var v = ValueAt(m);
                if (double.IsNaN(v))
                {
                    return double.NaN;
                }

                sum += v;
            }

            return sum;
        }

        var key = c.Keys[s];
        Indicator? withUnit = null, withoutUnit = null;
        var na = Figure.Missing(MissingReason.NotApplicable);
        var seriesUnit = c.SeriesUnit(s);
        var given = c.UnitGivenArray;
        for (var i = a; i < b; i++)
        {
            var unit = given[i] ? seriesUnit : null;
            var indicator = unit is null ? withoutUnit ??= options.Catalog.Resolve(key.Indicator, null) : withUnit ??= options.Catalog.Resolve(key.Indicator, unit);
            var p = months[i];
            var value = values[i];
            var statedYoy = c.YearOnYearArray[i];
            monthOnMonth[i] = Compare(value, ValueAt(p - 1), c.MonthOnMonthArray[i], indicator, options.PreferStated);
            yearOnYear[i] = Compare(value, ValueAt(p - 12), statedYoy, indicator, options.PreferStated);
            switch (indicator.Kind)
            {
                case IndicatorKind.Flow:
                {
                    // GrowthTable.FlowCumulative with no stated cumulative figure (the columns hold months only).
                    var thisYear = Sum(p);
                    cumulativeValue[i] = double.IsNaN(thisYear) ? Figure.Missing(MissingReason.IncompleteCumulation) : Figure.Computed(thisYear);
                    cumulativeGrowth[i] = double.IsNaN(thisYear) ? Figure.Missing(MissingReason.IncompleteCumulation) : Growth.Rate(thisYear, Sum(p - 12));
                    break;
                }

                case IndicatorKind.Index:
                    cumulativeValue[i] = na;
                    cumulativeGrowth[i] = IndexCumulative(p, Sum, RowAt, c);
                    break;
                default:
                    cumulativeValue[i] = na;
                    cumulativeGrowth[i] = na;
                    break;
            }

            impliedBase[i] = statedYoy.IsExact ? Growth.ImpliedBase(value, statedYoy.Percent) : Figure.Missing(statedYoy.IsStated ? MissingReason.BoundOnly : MissingReason.BaseMissing);
            release[i] = options.AsPublished ? c.EffectiveRelease(i) : c.Releases[i];
        }
    }

    // GrowthTable.Compare: the stated rate first when asked; a rate indicator is never recomputed.
    private static Figure Compare(double value, double @base, StatedRate stated, Indicator indicator, bool preferStated)
    {
        if (preferStated && stated.IsExact)
        {
            return Figure.Stated(stated.Percent);
        }

        var computed = indicator.Kind == IndicatorKind.Rate ? Figure.Missing(MissingReason.NotApplicable) : Growth.Rate(value, @base);
        return computed.IsMissing ? StatedOr(stated, computed) : computed;
    }

    private static Figure StatedOr(StatedRate stated, Figure otherwise)
        => stated.IsExact ? Figure.Stated(stated.Percent)
            : stated.IsStated ? Figure.Missing(MissingReason.BoundOnly)
            : otherwise;

    // GrowthTable.IndexCumulative: the ratio of sums of levels, else the levels rebuilt from the rates.
    private static Figure IndexCumulative(int p, Func<int, double> sum, Func<int, int> rowAt, ObservationColumns c)
    {
        var fromLevels = Growth.Rate(sum(p), sum(p - 12));
        if (!fromLevels.IsMissing)
        {
            return fromLevels;
        }

        var january = p - (p % 12);
        var k = (p % 12) + 1;
        var lastMom = new double[k - 1];
        var yoy = new double[k];
        for (var m = 1; m <= k; m++)
        {
            var cur = rowAt(january + m - 1);
            var lastYear = rowAt(january + m - 13);
            yoy[m - 1] = RateOf(cur >= 0 ? c.YearOnYearArray[cur] : null, cur >= 0 ? c.ValueArray[cur] : double.NaN, lastYear >= 0 ? c.ValueArray[lastYear] : double.NaN);
            if (m >= 2)
            {
                var before = rowAt(january + m - 14);
                lastMom[m - 2] = RateOf(lastYear >= 0 ? c.MonthOnMonthArray[lastYear] : null, lastYear >= 0 ? c.ValueArray[lastYear] : double.NaN, before >= 0 ? c.ValueArray[before] : double.NaN);
            }
        }

        var fromRates = IndexNumbers.CumulativeGrowthFromRates(lastMom, yoy);
        return fromRates.IsMissing ? Figure.Missing(MissingReason.IncompleteCumulation) : fromRates;
    }

    private static double RateOf(StatedRate? stated, double value, double @base)
    {
        var computed = Growth.Rate(value, @base);
        return !computed.IsMissing ? computed.Value : stated is { IsExact: true } s ? s.Percent : double.NaN;
    }
}
