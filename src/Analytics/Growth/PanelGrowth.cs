using Analytics.Internal;

namespace Analytics;

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
            new FigurePanel(panel, mom, null),
            new FigurePanel(panel, yoy, null),
            new FigurePanel(panel, cum, null),
            new FigurePanel(panel, ytd, null));
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
        => OverHierarchy(panel, parentRow, (part, t, total, v, r) =>
        {
            for (var k = 0; k < t; k++)
            {
                var f = Growth.Share(part[k], total[k]);
                v[k] = f.Value;
                r[k] = (byte)f.Reason;
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
        => OverHierarchy(panel, parentRow, (part, t, total, v, r) =>
        {
            for (var k = 0; k < t; k++)
            {
                var f = k >= 12
                    ? Growth.Contribution(part[k], part[k - 12], total[k - 12])
                    : Figure.Missing(MissingReason.BaseMissing);
                v[k] = f.Value;
                r[k] = (byte)f.Reason;
            }
        });

    private delegate void HierarchyKernel(ReadOnlySpan<double> part, int months, ReadOnlySpan<double> total, Span<double> value, Span<byte> reason);

    private static FigurePanel OverHierarchy(Panel panel, IReadOnlyList<int> parentRow, HierarchyKernel kernel)
    {
        Preconditions.CheckNotNull(panel);
        Preconditions.CheckNotNull(parentRow);
        Preconditions.CheckArgument(parentRow.Count == panel.SeriesCount, nameof(parentRow), "Give one parent row (or −1) per series of the panel.");
        var t = panel.MonthCount;
        var v = new double[panel.Values.Length];
        var r = new byte[v.Length];
        for (var i = 0; i < panel.SeriesCount; i++)
        {
            var p = parentRow[i];
            Preconditions.CheckArgument(p >= -1 && p < panel.SeriesCount && p != i, nameof(parentRow), $"Row {i} names parent {p}, which is not another row of the panel.");
            if (p < 0)
            {
                v.AsSpan(i * t, t).Fill(double.NaN);
                r.AsSpan(i * t, t).Fill((byte)MissingReason.NotApplicable);
                continue;
            }

            kernel(panel.Row(i), t, panel.Row(p), v.AsSpan(i * t, t), r.AsSpan(i * t, t));
        }

        return new FigurePanel(panel, v, r);
    }

    private static FigurePanel Lagged(Panel panel, int lag)
    {
        Preconditions.CheckNotNull(panel);
        var n = panel.Values.Length;
        var v = new double[n];
        var r = new byte[n];
        var t = panel.MonthCount;
        for (var i = 0; i < panel.SeriesCount; i++)
        {
            Kernels.Growth(panel.Row(i), lag, v.AsSpan(i * t, t), r.AsSpan(i * t, t));
        }

        return new FigurePanel(panel, v, r);
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
