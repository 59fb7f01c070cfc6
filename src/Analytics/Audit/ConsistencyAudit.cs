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
/// rounding" when the intervals of the stated and the recomputed figure overlap: a sum of n parts written with d
/// decimals may be off by n half units of d, plus the total's own. A value whose decimals are unknown, or written with
/// more decimals than a source publishes (a data set's computed 542.962,4356), may be off by a millionth of itself.
/// </remarks>
public static class ConsistencyAudit
{
    /// <summary>Audits the latest figures of a store.</summary>
    /// <param name="store">The observations.</param>
    /// <param name="catalog">The catalogue (which indicators are flows or indices); the default when null.</param>
    /// <returns>The findings, errors first.</returns>
    public static IReadOnlyList<AuditFinding> Run(ObservationStore store, IndicatorCatalog? catalog = null)
        => Audit(store, catalog, null);

    /// <summary>
    /// Audits the latest figures of the given periods only (a report's month and the cumulative period ending with it):
    /// each check is made on the figures of these periods, with the months and bases they are compared with taken from
    /// the whole store.
    /// </summary>
    /// <param name="store">The observations.</param>
    /// <param name="periods">The periods whose figures are checked.</param>
    /// <param name="catalog">The catalogue (which indicators are flows or indices); the default when null.</param>
    /// <returns>The findings about these periods, errors first.</returns>
    public static IReadOnlyList<AuditFinding> RunFor(ObservationStore store, IEnumerable<Period> periods, IndicatorCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(periods);
        return Audit(store, catalog, periods.ToHashSet());
    }

    private static List<AuditFinding> Audit(ObservationStore store, IndicatorCatalog? catalog, HashSet<Period>? periods)
    {
        Preconditions.CheckNotNull(store);
        catalog ??= IndicatorCatalog.Default;
        var view = store.Latest();
        var all = view.Observations().Where(o => periods is null || periods.Contains(o.Period)).ToList();
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

    /// <summary>The most decimals a statistical office writes a value with in its unit (535,8 nghìn tỷ đồng; 34,05 tỷ USD).</summary>
    private const int PublishedDecimals = 2;

    /// <summary>The rounding allowed, relative to the value, for a value whose written decimals say nothing of its rounding.</summary>
    private const double RelativeRounding = 1e-6;

    /// <summary>
    /// How far a value may be from the figure it stands for: half a unit of its last written decimal (72.007 by 0,5).
    /// A value whose decimals are unknown, or written with more decimals than a source publishes (542.962,4356 tỷ
    /// đồng: computed from published figures, not rounded by the source), may be off by a millionth of itself.
    /// </summary>
    private static double Bound(Observation o)
        => o.ValueDecimals is >= 0 and <= PublishedDecimals ? o.ValueHalfUnit : Math.Max(o.ValueHalfUnit, RelativeRounding * Math.Abs(o.Value));

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

                var sum = withValue.Sum(p => p.Value);
                var tol = withValue.Sum(p => Bound(p)) + Bound(node);
                var partition = dimension.Relation == PartsRelation.Partition && node.Key.IsTotal;
                var lacking = parts.Where(p => !p.HasValue).Select(p => p.Breakdown).ToList();
                var about = Base(node) with
                {
                    Dimension = dimension.Name,
                    Parts = withValue.Select(p => p.Breakdown).ToList(),
                    PartsWithoutValue = lacking,
                };
                if (partition && lacking.Count > 0)
                {
                    findings.Add(about with { Severity = FindingSeverity.Warning, Check = AuditCheck.PartsVsTotal, Verdict = FindingVerdict.NotCheckable, Actual = double.NaN, Tolerance = tol, Obstacle = FindingObstacle.PartsWithoutValue });
                    continue;
                }

                var diff = sum - node.Value;
                var ok = partition ? Math.Abs(diff) <= tol + 1e-9 : diff <= tol + 1e-9;
                findings.Add(about with
                {
                    Severity = ok ? FindingSeverity.Info : FindingSeverity.Error,
                    Check = AuditCheck.PartsVsTotal,
                    Verdict = ok ? FindingVerdict.Consistent : FindingVerdict.Inconsistent,
                    Actual = sum,
                    Tolerance = tol,
                    Obstacle = lacking.Count > 0 ? FindingObstacle.PartsWithoutValue : FindingObstacle.None,
                });
            }
        }
    }

    /// <summary>A finding about an observation's value (stated = its value), to be completed with the check's figures.</summary>
    private static AuditFinding Base(Observation whole)
        => new(FindingSeverity.Info, AuditCheck.PartsVsTotal, whole.Indicator, whole.Period, FindingVerdict.NotCheckable, whole.Value, double.NaN, double.NaN)
        {
            Whole = whole.Breakdown,
            Unit = whole.Unit,
            ExpectedDecimals = whole.ValueDecimals,
            WholeValue = whole.HasValue ? whole.Value : double.NaN,
        };

    private static void Shares(List<Observation> cell, List<AuditFinding> findings)
    {
        foreach (var o in cell.Where(o => o.Share.IsExact))
        {
            var total = cell.FirstOrDefault(t => o.Parent.Length == 0 ? t.Key.IsTotal : t.Breakdown == o.Parent);
            var about = new AuditFinding(FindingSeverity.Info, AuditCheck.ShareVsValue, o.Indicator, o.Period, FindingVerdict.NotCheckable, o.Share.Percent, double.NaN, double.NaN)
            {
                Whole = total?.Breakdown ?? o.Parent,
                Part = o.Breakdown,
                Dimension = o.Dimension,
                Unit = o.Unit ?? total?.Unit,
                ExpectedDecimals = o.Share.Decimals,
                WholeValue = total is { HasValue: true } ? total.Value : double.NaN,
                PartValue = o.HasValue ? o.Value : double.NaN,
            };
            if (total is not { HasValue: true } || !o.HasValue)
            {
                findings.Add(about with { Obstacle = o.HasValue ? FindingObstacle.TotalWithoutValue : FindingObstacle.PartWithoutValue });
                continue;
            }

            if (!(total.Value - Bound(total) > 0))
            {
                findings.Add(about with { Severity = FindingSeverity.Warning, Obstacle = FindingObstacle.TotalNotPositive });
                continue;
            }

            var share = o.Value / total.Value * 100;
            var lo = (o.Value - Bound(o)) / (total.Value + Bound(total)) * 100;
            var hi = (o.Value + Bound(o)) / (total.Value - Bound(total)) * 100;
            var tol = Math.Max(share - lo, hi - share) + o.Share.HalfUnit;
            var ok = Math.Abs(share - o.Share.Percent) <= tol + 1e-9;
            findings.Add(about with
            {
                Severity = ok ? FindingSeverity.Info : FindingSeverity.Error,
                Verdict = ok ? FindingVerdict.Consistent : FindingVerdict.Inconsistent,
                Actual = share,
                Tolerance = tol,
            });
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
            var about = new AuditFinding(FindingSeverity.Info, AuditCheck.TotalGrowthVsParts, total.Indicator, total.Period, FindingVerdict.NotCheckable, total.YearOnYear.Percent, double.NaN, double.NaN)
            {
                Dimension = byDimension.Key,
                Parts = parts.Select(p => p.Breakdown).ToList(),
                PartsWithoutValue = parts.Where(p => !p.HasValue).Select(p => p.Breakdown).ToList(),
                Unit = total.Unit,
                ExpectedDecimals = total.YearOnYear.Decimals,
                WholeValue = total.HasValue ? total.Value : double.NaN,
                Rate = RateComparison.YearOnYear,
            };
            if (indicator.Kind == IndicatorKind.Index || !total.HasValue)
            {
                findings.Add(about with { Obstacle = indicator.Kind == IndicatorKind.Index ? FindingObstacle.NoValuesOrWeights : FindingObstacle.TotalWithoutValue });
                continue;
            }

            if (parts.Any(p => !p.HasValue || !p.YearOnYear.IsExact))
            {
                continue;
            }

            // A rate of −100% or less (even within its rounding) implies no base: the check cannot be made.
            var impossible = parts.FirstOrDefault(p => p.YearOnYear.Percent - p.YearOnYear.HalfUnit <= -100);
            if (impossible is not null)
            {
                findings.Add(about with
                {
                    Obstacle = FindingObstacle.RateImpliesNoBase,
                    Part = impossible.Breakdown,
                    PartValue = impossible.Value,
                    PartRate = impossible.YearOnYear.Percent,
                    PartRateDecimals = impossible.YearOnYear.Decimals,
                });
                continue;
            }

            if (!(total.Value > 0))
            {
                findings.Add(about with { Obstacle = FindingObstacle.TotalNotPositive });
                continue;
            }

            // Last year's parts implied by this year's values and the stated rates, with rounding bounds.
            double baseLo = 0, baseHi = 0, basePoint = 0;
            foreach (var p in parts)
            {
                basePoint += p.Value / (1 + (p.YearOnYear.Percent / 100));
                baseLo += (p.Value - Bound(p)) / (1 + ((p.YearOnYear.Percent + p.YearOnYear.HalfUnit) / 100));
                baseHi += (p.Value + Bound(p)) / (1 + ((p.YearOnYear.Percent - p.YearOnYear.HalfUnit) / 100));
            }

            var growth = ((total.Value / basePoint) - 1) * 100;
            var lo = (((total.Value - Bound(total)) / baseHi) - 1) * 100;
            var hi = (((total.Value + Bound(total)) / baseLo) - 1) * 100;
            var tol = Math.Max(growth - lo, hi - growth) + total.YearOnYear.HalfUnit;
            var ok = Math.Abs(growth - total.YearOnYear.Percent) <= tol + 1e-9;
            findings.Add(about with
            {
                Severity = ok ? FindingSeverity.Info : FindingSeverity.Warning,
                Verdict = ok ? FindingVerdict.Consistent : FindingVerdict.Inconsistent,
                Actual = growth,
                Tolerance = tol,
                ImpliedBase = basePoint,
            });
        }
    }

    private static void MonthlyVsCumulative(ObservationView view, Observation ytd, List<AuditFinding> findings)
    {
        if (!ytd.HasValue)
        {
            return;
        }

        var months = ytd.Period.Months().Select(m => view.Get(ytd.Key, m)).ToList();
        var about = Base(ytd) with { Check = AuditCheck.MonthlyVsCumulative };
        if (months.All(m => m is { HasValue: true }))
        {
            var sum = months.Sum(m => m!.Value);
            var tol = months.Sum(m => Bound(m!)) + Bound(ytd);
            var ok = Math.Abs(sum - ytd.Value) <= tol + 1e-9;
            findings.Add(about with
            {
                Severity = ok ? FindingSeverity.Info : FindingSeverity.Warning,
                Verdict = ok ? FindingVerdict.Consistent : FindingVerdict.Inconsistent,
                Actual = sum,
                Tolerance = tol,
                Months = months.Select(m => m!.Period).ToList(),
            });
            return;
        }

        var present = months.Where(m => m is { HasValue: true }).Select(m => m!).ToList();
        if (present.Count > 0 && present.All(m => m.Value <= ytd.Value + Bound(m) + Bound(ytd)))
        {
            findings.Add(about with { Obstacle = FindingObstacle.MonthsMissing, Months = present.Select(m => m.Period).ToList() });
        }

        foreach (var m in present.Where(m => m.Value > ytd.Value + Bound(m) + Bound(ytd)))
        {
            findings.Add(about with
            {
                Severity = FindingSeverity.Error,
                Verdict = FindingVerdict.Inconsistent,
                Actual = m.Value,
                Tolerance = Bound(m) + Bound(ytd),
                Obstacle = FindingObstacle.MonthsMissing,
                Months = [m.Period],
                PartValue = m.Value,
            });
        }
    }

    private static void StatedVsComputed(ObservationStore store, Observation o, List<AuditFinding> findings)
    {
        Compare(o.YearOnYear, o.Period.PlusYears(-1), h => h.YearOnYear, RateComparison.YearOnYear);
        if (o.Period.Kind == PeriodKind.Month)
        {
            Compare(o.MonthOnMonth, o.Period.PlusMonths(-1), h => h.MonthOnMonth, RateComparison.MonthOnMonth);
        }

        // A stated rate is compared with the values as known in the release that stated it.
        void Compare(StatedRate stated, Period basePeriod, Func<Observation, StatedRate> rateOf, RateComparison rate)
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
            var lo = (((current.Value - Bound(current)) / (b.Value + Bound(b))) - 1) * 100;
            var hi = (((current.Value + Bound(current)) / (b.Value - Bound(b))) - 1) * 100;
            var tol = Math.Max(computed - lo, hi - computed) + stated.HalfUnit;
            if (Math.Abs(computed - stated.Percent) <= tol + 1e-9)
            {
                return;
            }

            // A revision: the source compares with figures revised since they were published; the stated rate stays the official one.
            findings.Add(new AuditFinding(FindingSeverity.Info, AuditCheck.StatedVsComputedRate, o.Indicator, o.Period, FindingVerdict.Inconsistent, stated.Percent, computed, tol)
            {
                Whole = o.Breakdown,
                Unit = o.Unit,
                ExpectedDecimals = stated.Decimals,
                WholeValue = current.Value,
                Rate = rate,
                Release = statedIn.EffectiveRelease,
            });
        }
    }
}
