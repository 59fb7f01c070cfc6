using System.Globalization;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;

namespace Analytics.Audit;

/// <summary>
/// Checks published figures against each other: parts against their total, shares against values, the growth of a
/// total against the growth of its parts, monthly against cumulative values, and stated rates against recomputed ones.
/// Every finding says which figures, by how much, and whether the rounding of the published figures explains it.
/// </summary>
/// <remarks>
/// Rounding: a figure written with d decimals may be off by half a unit of its last decimal (72.007 by 0,5; 12,6% by
/// 0,05 points). The audit propagates these bounds (interval arithmetic) and calls a difference "explained by
/// rounding" when the intervals of the stated and the recomputed figure overlap.
/// </remarks>
public static class ConsistencyAudit
{
    /// <summary>Audits the latest figures of a store.</summary>
    /// <param name="store">The observations.</param>
    /// <param name="catalog">The catalogue (which indicators are flows or indices); the default when null.</param>
    /// <returns>The findings, errors first.</returns>
    public static IReadOnlyList<AuditFinding> Run(ObservationStore store, IndicatorCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(store);
        catalog ??= IndicatorCatalog.Default;
        var view = store.Latest();
        var all = view.Observations().ToList();
        var findings = new List<AuditFinding>();
        foreach (var group in all.GroupBy(o => (o.Indicator, o.Period)))
        {
            var cell = group.ToList();
            var indicator = catalog.Resolve(group.Key.Indicator, cell.FirstOrDefault(o => o.Unit is not null)?.Unit);
            PartsVsTotal(cell, findings);
            Shares(cell, findings);
            TotalGrowth(cell, indicator, findings);
        }

        foreach (var o in all)
        {
            var indicator = catalog.Resolve(o.Indicator, o.Unit);
            if (o.Period.Kind == PeriodKind.YearToDate && indicator.Kind == IndicatorKind.Flow)
            {
                // A cumulative value is compared with the months as known when it was published, not as revised since.
                MonthlyVsCumulative(store.AsOf(o.EffectiveRelease), o, findings);
            }

            if (indicator.Kind != IndicatorKind.Rate)
            {
                StatedVsComputed(store, o, findings);
            }
        }

        return findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Indicator, StringComparer.Ordinal).ThenBy(f => f.Period).ToList();
    }

    private static void PartsVsTotal(List<Observation> cell, List<AuditFinding> findings)
    {
        foreach (var node in cell)
        {
            var children = cell.Where(c => !c.Key.IsTotal && c.Parent == (node.Key.IsTotal ? string.Empty : node.Breakdown)).ToList();
            foreach (var byDimension in children.GroupBy(c => c.Dimension))
            {
                var dimension = Dimension.FromName(byDimension.Key);
                if (dimension.Relation == PartsRelation.NotAdditive || !node.HasValue)
                {
                    continue;
                }

                var parts = byDimension.ToList();
                var withValue = parts.Where(p => p.HasValue).ToList();
                if (withValue.Count == 0)
                {
                    continue;
                }

                var subject = $"{dimension.Name} parts of {Name(node)}";
                var sum = withValue.Sum(p => p.Value);
                var tol = withValue.Sum(p => p.ValueHalfUnit) + node.ValueHalfUnit;
                var partition = dimension.Relation == PartsRelation.Partition && node.Key.IsTotal;
                var lacking = parts.Where(p => !p.HasValue).Select(p => p.Breakdown).ToList();
                if (partition && lacking.Count > 0)
                {
                    findings.Add(new AuditFinding(FindingSeverity.Warning, AuditCheck.PartsVsTotal, node.Indicator, node.Period, subject, node.Value, double.NaN, tol,
                        $"cannot check that the {dimension.Name} parts add up to {N(node.Value)}: {string.Join(", ", lacking)} has no value."));
                    continue;
                }

                var diff = sum - node.Value;
                if (partition)
                {
                    var ok = Math.Abs(diff) <= tol + 1e-9;
                    findings.Add(new AuditFinding(ok ? FindingSeverity.Info : FindingSeverity.Error, AuditCheck.PartsVsTotal, node.Indicator, node.Period, subject, node.Value, sum, tol,
                        $"the {parts.Count} {dimension.Name} parts sum to {N(sum)} against {Name(node)} of {N(node.Value)} as stated: difference {N(diff, true)}, "
                        + (ok ? $"within the rounding of the published figures (±{N(tol)}): consistent." : $"more than rounding explains (±{N(tol)}): a part or the total is wrong.")));
                }
                else
                {
                    var ok = diff <= tol + 1e-9;
                    var missingNote = lacking.Count > 0 ? $" ({string.Join(", ", lacking)} without a value)" : string.Empty;
                    findings.Add(new AuditFinding(ok ? FindingSeverity.Info : FindingSeverity.Error, AuditCheck.PartsVsTotal, node.Indicator, node.Period, subject, node.Value, sum, tol,
                        ok
                            ? $"the {withValue.Count} listed {dimension.Name} parts{missingNote} cover {N(sum)} of {Name(node)} ({N(node.Value)}), {(node.Value > 0 ? N(sum / node.Value * 100, false, 1) + "%" : "a share not defined for a total that is not positive")}; a selection may not exceed its total: consistent."
                            : $"the {withValue.Count} listed {dimension.Name} parts sum to {N(sum)}, more than the {Name(node)} of {N(node.Value)} by {N(diff)} (rounding explains ±{N(tol)}): a part or the total is wrong."));
                }
            }
        }
    }

    private static void Shares(List<Observation> cell, List<AuditFinding> findings)
    {
        foreach (var o in cell.Where(o => o.Share.IsExact))
        {
            var total = cell.FirstOrDefault(t => o.Parent.Length == 0 ? t.Key.IsTotal : t.Breakdown == o.Parent);
            var subject = $"share of {Name(o)} in {(total is null ? "its total" : Name(total))}";
            if (total is not { HasValue: true } || !o.HasValue)
            {
                findings.Add(new AuditFinding(FindingSeverity.Info, AuditCheck.ShareVsValue, o.Indicator, o.Period, subject, o.Share.Percent, double.NaN, double.NaN,
                    $"the stated share of {Name(o)} ({N(o.Share.Percent, false, o.Share.Decimals)}%) cannot be checked: {(o.HasValue ? "the total" : "the part")} has no value."));
                continue;
            }

            if (!(total.Value - total.ValueHalfUnit > 0))
            {
                findings.Add(new AuditFinding(FindingSeverity.Warning, AuditCheck.ShareVsValue, o.Indicator, o.Period, subject, o.Share.Percent, double.NaN, double.NaN,
                    $"the stated share of {Name(o)} cannot be checked: its total, {N(total.Value)}, is not positive."));
                continue;
            }

            var share = o.Value / total.Value * 100;
            var lo = (o.Value - o.ValueHalfUnit) / (total.Value + total.ValueHalfUnit) * 100;
            var hi = (o.Value + o.ValueHalfUnit) / (total.Value - total.ValueHalfUnit) * 100;
            var tol = Math.Max(share - lo, hi - share) + o.Share.HalfUnit;
            var ok = Math.Abs(share - o.Share.Percent) <= tol + 1e-9;
            findings.Add(new AuditFinding(ok ? FindingSeverity.Info : FindingSeverity.Error, AuditCheck.ShareVsValue, o.Indicator, o.Period, subject, o.Share.Percent, share, tol,
                $"{Name(o)} {N(o.Value)} of {N(total.Value)} is {N(share, false, 2)}% against a stated {N(o.Share.Percent, false, Math.Max(o.Share.Decimals, 0))}%: "
                + (ok ? "consistent within rounding." : $"differs by {N(share - o.Share.Percent, true, 2)} points, more than rounding explains (±{N(tol, false, 2)}).")));
        }
    }

    private static void TotalGrowth(List<Observation> cell, Indicator indicator, List<AuditFinding> findings)
    {
        var total = cell.FirstOrDefault(o => o.Key.IsTotal);
        if (total is null || !total.YearOnYear.IsExact)
        {
            return;
        }

        foreach (var byDimension in cell.Where(o => !o.Key.IsTotal && o.Parent.Length == 0).GroupBy(o => o.Dimension))
        {
            if (Dimension.FromName(byDimension.Key).Relation != PartsRelation.Partition)
            {
                continue;
            }

            var parts = byDimension.ToList();
            var subject = $"growth of {Name(total)} against its {byDimension.Key} parts";
            if (indicator.Kind == IndicatorKind.Index || !total.HasValue)
            {
                findings.Add(new AuditFinding(FindingSeverity.Info, AuditCheck.TotalGrowthVsParts, total.Indicator, total.Period, subject, total.YearOnYear.Percent, double.NaN, double.NaN,
                    $"the growth of the {byDimension.Key} parts cannot be checked against the total's {N(total.YearOnYear.Percent, true, Math.Max(total.YearOnYear.Decimals, 0))}% without their values or weights."));
                continue;
            }

            if (parts.Any(p => !p.HasValue || !p.YearOnYear.IsExact))
            {
                continue;
            }

            // A rate of −100% or less (even within its rounding) implies no base: the check cannot be made.
            var impossible = parts.FirstOrDefault(p => p.YearOnYear.Percent - p.YearOnYear.HalfUnit <= -100);
            if (impossible is not null || !(total.Value > 0))
            {
                findings.Add(new AuditFinding(FindingSeverity.Info, AuditCheck.TotalGrowthVsParts, total.Indicator, total.Period, subject, total.YearOnYear.Percent, double.NaN, double.NaN,
                    impossible is not null
                        ? $"the growth of the {byDimension.Key} parts cannot be checked: {impossible.Breakdown} is stated at {N(impossible.YearOnYear.Percent, true, Math.Max(impossible.YearOnYear.Decimals, 0))}%, which implies no value last year."
                        : $"the growth of the {byDimension.Key} parts cannot be checked: the total is not positive."));
                continue;
            }

            // Last year's parts implied by this year's values and the stated rates, with rounding bounds.
            double baseLo = 0, baseHi = 0, basePoint = 0;
            foreach (var p in parts)
            {
                basePoint += p.Value / (1 + (p.YearOnYear.Percent / 100));
                baseLo += (p.Value - p.ValueHalfUnit) / (1 + ((p.YearOnYear.Percent + p.YearOnYear.HalfUnit) / 100));
                baseHi += (p.Value + p.ValueHalfUnit) / (1 + ((p.YearOnYear.Percent - p.YearOnYear.HalfUnit) / 100));
            }

            var growth = ((total.Value / basePoint) - 1) * 100;
            var lo = (((total.Value - total.ValueHalfUnit) / baseHi) - 1) * 100;
            var hi = (((total.Value + total.ValueHalfUnit) / baseLo) - 1) * 100;
            var tol = Math.Max(growth - lo, hi - growth) + total.YearOnYear.HalfUnit;
            var ok = Math.Abs(growth - total.YearOnYear.Percent) <= tol + 1e-9;
            findings.Add(new AuditFinding(ok ? FindingSeverity.Info : FindingSeverity.Warning, AuditCheck.TotalGrowthVsParts, total.Indicator, total.Period, subject, total.YearOnYear.Percent, growth, tol,
                $"last year's parts implied by their stated growth sum to {N(basePoint, false, 1)}, which puts the growth of {Name(total)} at {N(growth, true, 2)}% against a stated {N(total.YearOnYear.Percent, true, Math.Max(total.YearOnYear.Decimals, 0))}%: "
                + (ok ? "consistent within rounding." : $"differs by {N(growth - total.YearOnYear.Percent, true, 2)} points (rounding explains ±{N(tol, false, 2)}): a part's rate or value, or the total's, is wrong or revised.")));
        }
    }

    private static void MonthlyVsCumulative(ObservationView view, Observation ytd, List<AuditFinding> findings)
    {
        if (!ytd.HasValue)
        {
            return;
        }

        var months = ytd.Period.Months().Select(m => view.Get(ytd.Key, m)).ToList();
        var subject = $"months of {Name(ytd)} against its cumulative value";
        if (months.All(m => m is { HasValue: true }))
        {
            var sum = months.Sum(m => m!.Value);
            var tol = months.Sum(m => m!.ValueHalfUnit) + ytd.ValueHalfUnit;
            var ok = Math.Abs(sum - ytd.Value) <= tol + 1e-9;
            findings.Add(new AuditFinding(ok ? FindingSeverity.Info : FindingSeverity.Warning, AuditCheck.MonthlyVsCumulative, ytd.Indicator, ytd.Period, subject, ytd.Value, sum, tol,
                $"the {months.Count} months sum to {N(sum)} against a stated cumulative {N(ytd.Value)}: "
                + (ok ? "consistent within rounding." : $"difference {N(sum - ytd.Value, true)} (rounding explains ±{N(tol)}); the months may have been revised since the cumulative figure was published.")));
            return;
        }

        var present = months.Where(m => m is { HasValue: true }).ToList();
        if (present.Count > 0 && present.All(m => m!.Value <= ytd.Value + m.ValueHalfUnit + ytd.ValueHalfUnit))
        {
            findings.Add(new AuditFinding(FindingSeverity.Info, AuditCheck.MonthlyVsCumulative, ytd.Indicator, ytd.Period, subject, ytd.Value, double.NaN, double.NaN,
                $"the data has {present.Count} of the {months.Count} months of {ytd.Period}; each lies within the cumulative value {N(ytd.Value)}, but their sum cannot be checked without the others."));
        }

        foreach (var m in present.Where(m => m!.Value > ytd.Value + m.ValueHalfUnit + ytd.ValueHalfUnit))
        {
            findings.Add(new AuditFinding(FindingSeverity.Error, AuditCheck.MonthlyVsCumulative, ytd.Indicator, ytd.Period, subject, ytd.Value, m!.Value, m.ValueHalfUnit + ytd.ValueHalfUnit,
                $"the month {m.Period} ({N(m.Value)}) exceeds the cumulative value {N(ytd.Value)} of {ytd.Period}, which includes it: one of them is wrong."));
        }
    }

    private static void StatedVsComputed(ObservationStore store, Observation o, List<AuditFinding> findings)
    {
        Compare(o.YearOnYear, o.Period.PlusYears(-1), h => h.YearOnYear, "the same period of last year", "yoy");
        if (o.Period.Kind == PeriodKind.Month)
        {
            Compare(o.MonthOnMonth, o.Period.PlusMonths(-1), h => h.MonthOnMonth, "the previous month", "mom");
        }

        // A stated rate is compared with the values as known in the release that stated it.
        void Compare(StatedRate stated, Period basePeriod, Func<Observation, StatedRate> rateOf, string against, string what)
        {
            var statedIn = store.History(o.Key, o.Period).LastOrDefault(h => rateOf(h).IsStated);
            if (!stated.IsExact || statedIn is null)
            {
                return;
            }

            var view = store.AsOf(statedIn.EffectiveRelease);
            var current = view.Get(o.Key, o.Period);
            var b = view.Get(o.Key, basePeriod);
            if (current is not { HasValue: true } || b is not { HasValue: true } || b.Value <= 0)
            {
                return;
            }

            var computed = ((current.Value / b.Value) - 1) * 100;
            var lo = (((current.Value - current.ValueHalfUnit) / (b.Value + b.ValueHalfUnit)) - 1) * 100;
            var hi = (((current.Value + current.ValueHalfUnit) / (b.Value - b.ValueHalfUnit)) - 1) * 100;
            var tol = Math.Max(computed - lo, hi - computed) + stated.HalfUnit;
            if (Math.Abs(computed - stated.Percent) <= tol + 1e-9)
            {
                return;
            }

            findings.Add(new AuditFinding(FindingSeverity.Info, AuditCheck.StatedVsComputedRate, o.Indicator, o.Period, $"{what} growth of {Name(o)}", stated.Percent, computed, tol,
                $"the stated {what} growth of {Name(o)}, {N(stated.Percent, true, 2)}%, differs from {N(computed, true, 2)}% recomputed from the values known in the {statedIn.EffectiveRelease} release against {against} by {N(computed - stated.Percent, true, 2)} points: "
                + "a revision (the source compares with figures revised since they were published). The stated rate is kept as the official figure."));
        }
    }

    private static string Name(Observation o) => o.Key.IsTotal ? $"the {o.Indicator} total" : o.Breakdown;


    private static string N(double v, bool signed = false, int decimals = -1)
    {
        var d = decimals >= 0 ? decimals : Math.Abs(v - Math.Round(v)) < 1e-9 ? 0 : 1;

        // A difference smaller than the shown precision is shown with more digits rather than as "0.00".
        while (v != 0 && d < 6 && Math.Abs(v) < Math.Pow(10, -d))
        {
            d++;
        }

        var s = v.ToString("#,0." + new string('0', d), CultureInfo.InvariantCulture).TrimEnd('.');
        return signed && v > 0 ? "+" + s : s;
    }
}
