using Analytics.Internal;
using Analytics.Series;

namespace Analytics.Growth;

/// <summary>
/// The growth operations over every series of a <see cref="Panel"/> at once, with the rules of <see cref="Growth"/>.
/// Rows are independent, so <c>parallel: true</c> spreads them over the cores; results are identical either way.
/// </summary>
public static class PanelGrowth
{
    /// <summary>Month on month, year on year, cumulative sum and cumulative growth of every series, in one pass per row.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="parallel">Whether to process rows on several cores.</param>
    /// <returns>The four results.</returns>
    public static PanelGrowthResult Compute(this Panel panel, bool parallel = false)
    {
        Preconditions.CheckNotNull(panel);
        var n = panel.Values.Length;
        // A missing figure's reason travels in its NaN (Kernels.Missing): four arrays, as a plain loop would write.
        double[] mom = GC.AllocateUninitializedArray<double>(n), yoy = GC.AllocateUninitializedArray<double>(n), cum = GC.AllocateUninitializedArray<double>(n), ytd = GC.AllocateUninitializedArray<double>(n);
        var t = panel.MonthCount;
        var first = panel.Start.FirstMonth;
        void Row(int i)
        {
            var o = i * t;
            Kernels.AllBoxed(panel.Row(i), first, mom.AsSpan(o, t), yoy.AsSpan(o, t), cum.AsSpan(o, t), ytd.AsSpan(o, t));
        }

        Run(panel.SeriesCount, parallel, Row);
        return new PanelGrowthResult(
            new FigurePanel(panel, mom),
            new FigurePanel(panel, yoy),
            new FigurePanel(panel, cum),
            new FigurePanel(panel, ytd));
    }

    /// <summary>Month-on-month growth of every series, percent.</summary>
    /// <param name="panel">The panel.</param>
    /// <returns>The result.</returns>
    public static FigurePanel MonthOnMonth(this Panel panel) => Lagged(panel, 1);

    /// <summary>Year-on-year growth of every series, percent.</summary>
    /// <param name="panel">The panel.</param>
    /// <returns>The result.</returns>
    public static FigurePanel YearOnYear(this Panel panel) => Lagged(panel, 12);

    /// <summary>
    /// The share of each series in its parent series for every month, percent. <paramref name="parentRow"/>[i] is the row
    /// of series i's total, or −1 for a series without one (its shares are missing with NotApplicable).
    /// </summary>
    /// <param name="panel">The panel holding parts and totals.</param>
    /// <param name="parentRow">For each row, the row of its total, or −1.</param>
    /// <returns>The shares.</returns>
    /// <exception cref="ArgumentException"><paramref name="parentRow"/> does not have one entry per row, or names a row outside the panel.</exception>
    public static FigurePanel Shares(this Panel panel, IReadOnlyList<int> parentRow)
        => OverHierarchy(panel, parentRow, (part, t, total, v) =>
        {
            for (var k = 0; k < t; k++)
            {
                // The common case inline; Growth.Share decides (and names) every other.
                v[k] = total[k] > 0 && !double.IsNaN(part[k]) ? part[k] / total[k] * 100.0 : Kernels.Missing(Growth.Share(part[k], total[k]).Reason);
            }
        });

    /// <summary>
    /// The contribution of each series to its parent's year-on-year growth, percentage points:
    /// (part − part a year earlier) / parent a year earlier × 100.
    /// </summary>
    /// <param name="panel">The panel holding parts and totals.</param>
    /// <param name="parentRow">For each row, the row of its total, or −1.</param>
    /// <returns>The contributions.</returns>
    /// <exception cref="ArgumentException"><paramref name="parentRow"/> does not have one entry per row, or names a row outside the panel.</exception>
    public static FigurePanel YearOnYearContributions(this Panel panel, IReadOnlyList<int> parentRow)
        => OverHierarchy(panel, parentRow, (part, t, total, v) =>
        {
            for (var k = 0; k < Math.Min(12, t); k++)
            {
                v[k] = Kernels.Missing(Growth.Contribution(part[k], double.NaN, double.NaN).Reason);
            }

            for (var k = 12; k < t; k++)
            {
                var (now, then, totalThen) = (part[k], part[k - 12], total[k - 12]);
                v[k] = totalThen > 0 && !double.IsNaN(now) && !double.IsNaN(then)
                    ? (now - then) / totalThen * 100.0
                    : Kernels.Missing(Growth.Contribution(now, then, totalThen).Reason);
            }
        });

    // Results carry a missing cell's reason in its NaN (Kernels.Missing): one array per result, as a plain loop writes.
    private delegate void HierarchyKernel(ReadOnlySpan<double> part, int months, ReadOnlySpan<double> total, Span<double> value);

    private static FigurePanel OverHierarchy(Panel panel, IReadOnlyList<int> parentRow, HierarchyKernel kernel)
    {
        Preconditions.CheckNotNull(panel);
        Preconditions.CheckNotNull(parentRow);
        Preconditions.CheckArgument(parentRow.Count == panel.SeriesCount, nameof(parentRow), "Give one parent row (or −1) per series of the panel.");
        var t = panel.MonthCount;
        var v = GC.AllocateUninitializedArray<double>(panel.Values.Length);
        var notApplicable = Kernels.Missing(MissingReason.NotApplicable);
        for (var i = 0; i < panel.SeriesCount; i++)
        {
            var p = parentRow[i];
            Preconditions.CheckArgument(p >= -1 && p < panel.SeriesCount && p != i, nameof(parentRow), $"Row {i} names parent {p}, which is not another row of the panel.");
            if (p < 0)
            {
                v.AsSpan(i * t, t).Fill(notApplicable);
                continue;
            }

            kernel(panel.Row(i), t, panel.Row(p), v.AsSpan(i * t, t));
        }

        return new FigurePanel(panel, v);
    }

    private static FigurePanel Lagged(Panel panel, int lag)
    {
        Preconditions.CheckNotNull(panel);
        var v = GC.AllocateUninitializedArray<double>(panel.Values.Length);
        var t = panel.MonthCount;
        for (var i = 0; i < panel.SeriesCount; i++)
        {
            var x = panel.Row(i);
            var o = i * t;
            for (var k = 0; k < t; k++)
            {
                var b = k >= lag ? x[k - lag] : double.NaN;
                if (b > 0 && !double.IsNaN(x[k]))
                {
                    v[o + k] = ((x[k] / b) - 1.0) * 100.0;
                }
                else
                {
                    Kernels.Rate(x[k], b, out _, out var reason);
                    v[o + k] = Kernels.Missing((MissingReason)reason);
                }
            }
        }

        return new FigurePanel(panel, v);
    }

    private static void Run(int rows, bool parallel, Action<int> row)
    {
        if (parallel && rows > 64)
        {
            Parallel.For(0, rows, row);
        }
        else
        {
            for (var i = 0; i < rows; i++)
            {
                row(i);
            }
        }
    }
}
