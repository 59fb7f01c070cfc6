using System.Globalization;
using Analytics.Audit;
using Analytics.Forecasting;
using Analytics.Internal;
using Analytics.Narrative;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Tables;

/// <summary>Builds a <see cref="Report"/>: narrative, annex tables and audit of one month's figures.</summary>
public static class ReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="store">The figures.</param>
    /// <param name="month">The month; the latest in the data when null.</param>
    /// <param name="style">The style; Vietnamese by default.</param>
    /// <param name="extraNotes">Notes to carry into the report (input warnings).</param>
    /// <param name="plans">The annual plan of each indicator and breakdown for the month's year: adds the plan section after Section I (<see cref="PlanNarrator"/>); none when null.</param>
    /// <param name="auditAll">When true the audit covers every period of the store; by default only the report's month and the cumulative period ending with it.</param>
    /// <returns>The report. A month the data does not cover gives a report without paragraphs whose notes say so.</returns>
    public static Report Build(ObservationStore store, Period? month = null, NarrativeStyle? style = null, IEnumerable<string>? extraNotes = null, IReadOnlyDictionary<SeriesKey, Plan>? plans = null, bool auditAll = false)
    {
        Preconditions.CheckNotNull(store);
        style ??= NarrativeStyle.Vietnamese;
        var narration = new Narrator(style).Narrate(store, month);
        var m = narration.Period;
        var tables = narration.Paragraphs.Count == 0 ? [] : AnnexTables.Build(store, m, style);
        var c = style.Culture;
        var ytd = m.ToYearToDate();
        var findings = auditAll ? ConsistencyAudit.Run(store) : ConsistencyAudit.RunFor(store, [m, ytd]);
        var title = style.IsVietnamese
            ? $"Tình hình hoạt động công nghiệp, thương mại {m.ToString("L", c)} và {m.LastMonth.ToString(CultureInfo.InvariantCulture)} tháng đầu năm {m.Year.ToString(CultureInfo.InvariantCulture)}"
            : $"Industry and trade: {m.ToString("L", c)} and {ytd.ToString("L", c)}";
        // One estimate per planned series, shared by the plan section, its table and its fan charts.
        var estimates = new YearEndEstimates(store, m);
        var plan = plans is { Count: > 0 } && narration.Paragraphs.Count > 0 ? new PlanNarrator(style).Narrate(store, m, plans, estimates) : null;
        var charts = narration.Paragraphs.Count == 0 ? [] : ReportCharts.Build(store, m, style);
        if (plan is not null)
        {
            charts = [.. charts, .. ReportCharts.YearEndFans(store, m, plans!, style, estimates: estimates)];
        }

        var notes = (extraNotes ?? []).Concat(narration.Notes).Concat(plan?.Notes ?? []).ToList();
        if (plan is not null && PlanTable.Build(store, m, plans!, style, tables.Count + 1, estimates: estimates) is { } planTable)
        {
            tables = [.. tables, planTable];
        }

        return new Report(title, m, style, narration, tables, findings, notes) { Plan = plan, Charts = charts };
    }
}
