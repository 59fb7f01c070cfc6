using System.Globalization;
using Analytics.Audit;
using Analytics.Forecasting;
using Analytics.Internal;
using Analytics.Narrative;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Tables;

/// <summary>
/// Builds a <see cref="Report"/>: narrative, annex tables and audit of one period's figures: a month, a quarter, a
/// year or the first months of a year ("6 tháng đầu năm", a half-year report).
/// </summary>
public static class ReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="store">The figures.</param>
    /// <param name="month">
    /// The period reported on: a month (with the cumulative period ending with it), a quarter (with the months of the
    /// year to its end), a year, or the first months of a year; the latest month in the data when null. A quarter or a
    /// year the data holds only month by month is made from its months (<see cref="Growth.PeriodAggregation"/>); a figure the
    /// data states for it wins.
    /// </param>
    /// <param name="style">The style; Vietnamese by default.</param>
    /// <param name="extraNotes">Notes to carry into the report (input warnings).</param>
    /// <param name="plans">The annual plan of each indicator and breakdown for the period's year: adds the plan section after Section I (<see cref="PlanNarrator"/>), as of the period's last month when the data holds it; none when null.</param>
    /// <param name="auditAll">When true the audit covers every period of the store; by default only the report's period, its months and the cumulative period ending with it.</param>
    /// <returns>The report. A period the data does not cover gives a report without paragraphs whose notes say so.</returns>
    public static Report Build(ObservationStore store, Period? month = null, NarrativeStyle? style = null, IEnumerable<string>? extraNotes = null, IReadOnlyDictionary<SeriesKey, Plan>? plans = null, bool auditAll = false)
    {
        Preconditions.CheckNotNull(store);
        style ??= NarrativeStyle.Vietnamese;
        var narrator = new Narrator(style);
        var narration = narrator.Narrate(store, month);
        var m = narration.Period;
        var tables = narration.Paragraphs.Count == 0 ? [] : AnnexTables.Build(store, m, style);
        var ytd = m.ToYearToDate();
        // January's cumulative period is the month itself: checked once.
        IEnumerable<Period> audited = m.Kind == PeriodKind.Month ? (m.LastMonth == 1 ? [m] : [m, ytd]) : new[] { m, ytd }.Concat(m.Months()).Distinct().ToList();
        var findings = auditAll ? ConsistencyAudit.Run(store) : ConsistencyAudit.RunFor(store, audited);
        var title = Title(narrator, m, style);

        // The plan, the year end and the charts read months: a quarter's or a year's are those of its last month.
        var last = Period.Month(m.Year, m.LastMonth);
        var monthly = m.Kind == PeriodKind.Month || store.FirstRelease(last) is not null;
        var estimates = new YearEndEstimates(store, last);
        var plan = plans is { Count: > 0 } && narration.Paragraphs.Count > 0 && monthly ? new PlanNarrator(style).Narrate(store, last, plans, estimates) : null;
        var charts = narration.Paragraphs.Count == 0 || !monthly ? [] : ReportCharts.Build(store, last, style);
        if (plan is not null)
        {
            charts = [.. charts, .. ReportCharts.YearEndFans(store, last, plans!, style, estimates: estimates)];
        }

        var notes = (extraNotes ?? []).Concat(narration.Notes).Concat(plan?.Notes ?? []).ToList();
        if (plan is not null && PlanTable.Build(store, last, plans!, style, tables.Count + 1, estimates: estimates) is { } planTable)
        {
            tables = [.. tables, planTable];
        }

        return new Report(title, m, style, narration, tables, findings, notes) { Plan = plan, Charts = charts };
    }

    // "Tình hình hoạt động công nghiệp, thương mại tháng 9/2024 và 9 tháng đầu năm 2024"; a quarter with the months of
    // its year ("quý II/2024 và 6 tháng đầu năm 2024"); January, a first quarter, a year and the first months of a
    // year on their own ("tháng 1/2024", "quý I/2025", "năm 2024", "6 tháng đầu năm 2024").
    private static string Title(Narrator narrator, Period m, NarrativeStyle style)
    {
        var alone = m.Kind is not (PeriodKind.Month or PeriodKind.Quarter) || m.LastMonth == m.MonthCount;
        var ytd = m.ToYearToDate();
        if (style.IsVietnamese)
        {
            var period = narrator.DescribePeriod(m);
            return alone
                ? $"Tình hình hoạt động công nghiệp, thương mại {period}"
                : $"Tình hình hoạt động công nghiệp, thương mại {period} và {narrator.DescribePeriod(ytd)}";
        }

        // The period's English words whatever the culture of the numbers (a Vietnamese style read in English keeps vi-VN).
        var en = CultureInfo.GetCultureInfo("en-US");
        return alone
            ? $"Industry and trade: {m.ToString("L", en)}"
            : $"Industry and trade: {m.ToString("L", en)} and {ytd.ToString("L", en)}";
    }
}
