using System.Globalization;
using Analytics.Forecasting;
using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tables;

/// <summary>
/// The annex table of the plan ("Kế hoạch năm"): for each indicator with a plan, the plan, the months known, the share
/// of the plan reached ("% so với kế hoạch"), the year's estimate ("Ước cả năm") with its growth, and the probability
/// of meeting the plan. The figures are <see cref="PublishedYearEnd.Estimate"/>'s with the defaults of
/// <see cref="PlanNarrator"/>, so the table and the plan section agree; an index (IIP) is shown in growth rates.
/// </summary>
public static class PlanTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="store">The figures with their releases.</param>
    /// <param name="month">The report's month.</param>
    /// <param name="plans">The plans of the month's year.</param>
    /// <param name="style">The language and culture; Vietnamese by default.</param>
    /// <param name="number">The table's number in the annex ("Biểu 3").</param>
    /// <param name="method">The forecasting method; the ensemble when null (as <see cref="PlanNarrator"/>).</param>
    /// <param name="estimates">The report's year-end estimates, shared with its plan section and charts; computed here with <paramref name="method"/> when null.</param>
    /// <returns>The table, or null when no plan names a series of the store.</returns>
    public static ReportTable? Build(ObservationStore store, Period month, IReadOnlyDictionary<SeriesKey, Plan> plans, NarrativeStyle? style = null, int number = 1, IForecaster? method = null, YearEndEstimates? estimates = null)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNull(plans);
        estimates ??= new YearEndEstimates(store, month, method);
        style ??= NarrativeStyle.Vietnamese;
        method ??= new Ensemble();
        var vi = style.IsVietnamese;
        var view = store.AsOf(month);
        var ytdPeriod = month.ToYearToDate();
        var rows = new List<TableRow>();
        var december = month.LastMonth == 12;
        foreach (var (key, plan) in plans)
        {
            var ytdObs = view.Get(key, ytdPeriod);
            if (ytdObs is null && !store.Series.Contains(key))
            {
                continue;
            }

            var indicator = IndicatorCatalog.Default.Resolve(key.Indicator, ytdObs?.Unit);
            var unit = ytdObs?.Unit ?? indicator.Unit;
            YearEndEstimate? e = null;
            try
            {
                e = estimates.Get(key, plan);
            }
            catch (ForecastException)
            {
                // The plan section's notes say why; the table keeps what is published.
            }

            var name = PhraseBook.Capitalize(vi ? indicator.ShortNameVi : indicator.ShortNameEn, style.Culture) + (key.IsTotal ? string.Empty : $" – {key.Breakdown}");
            // Amounts in the unit the plan section writes them in (the style's unit of the family: tỷ USD, nghìn tỷ
            // đồng), one unit for the row, chosen by the months known for "byMagnitude".
            var known = e?.YtdActual ?? (ytdObs is { HasValue: true } ? ytdObs.Value : 0);
            known = double.IsFinite(known) ? known : 0;
            var shown = unit is null ? null : style.OutputUnit(unit, known);
            TableCell Value(double v)
            {
                if (!double.IsFinite(v))
                {
                    return TableCell.Empty;
                }

                var (scaled, decimals, _) = ReportNumbers.Scaled(v, -1, unit, style, known);
                return new TableCell(scaled, decimals);
            }

            TableCell Rate(double v) => double.IsFinite(v) ? new TableCell(v, style.RateDecimals) : TableCell.Empty;
            var isIndex = indicator.Kind == IndicatorKind.Index;
            if (isIndex)
            {
                var stated = ytdObs is { YearOnYear.IsStated: true } ? ytdObs.YearOnYear.Percent : double.NaN;
                rows.Add(new TableRow(name, 0, vi ? "% so với năm trước" : "% on last year", december
                    ? [Rate(plan.TargetGrowthPercent), Rate(stated), TableCell.Empty, Rate(stated)]
                    : [Rate(plan.TargetGrowthPercent), Rate(stated), TableCell.Empty, Rate(e?.TotalGrowthPercent ?? double.NaN), Rate(e?.TotalGrowthPercent ?? double.NaN), Rate(e?.Plan is { } p ? p.Probability * 100 : double.NaN)]));
                continue;
            }

            var ytd = e?.YtdActual ?? (ytdObs is { HasValue: true } ? ytdObs.Value : double.NaN);
            var target = e?.Plan?.Target ?? (double.IsNaN(plan.TargetValue) ? double.NaN : plan.TargetValue);
            var unitText = shown is null ? string.Empty : vi ? shown.Symbol : shown.EnglishSymbol;
            var targetCell = double.IsNaN(target) && !double.IsNaN(plan.TargetGrowthPercent)
                ? new TableCell(double.NaN, 0, (plan.TargetGrowthPercent > 0 ? "+" : string.Empty) + ReportNumbers.Format(plan.TargetGrowthPercent, 2, style.Culture) + "%")
                : Value(target);
            rows.Add(new TableRow(name, 0, unitText, december
                ? [targetCell, Value(ytd), Rate(ytd / target * 100), Rate(ytdObs is { YearOnYear.IsExact: true } ? ytdObs.YearOnYear.Percent : e?.TotalGrowthPercent ?? double.NaN)]
                : [targetCell, Value(ytd), Rate(ytd / target * 100), Value(e?.TotalMean ?? double.NaN), Rate(e?.TotalGrowthPercent ?? double.NaN), Rate(e?.Plan is { } q ? q.Probability * 100 : double.NaN)]));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var c = style.Culture;
        var n = number.ToString(CultureInfo.InvariantCulture);
        var year = month.Year.ToString(CultureInfo.InvariantCulture);
        var monthName = CultureInfo.GetCultureInfo("en-US").DateTimeFormat.GetMonthName(month.LastMonth);
        var ytdText = vi ? (month.LastMonth == 1 ? "Tháng 1" : $"Lũy kế {month.LastMonth.ToString(CultureInfo.InvariantCulture)} tháng") : month.LastMonth == 1 ? "January" : $"January–{monthName}";
        // In December the year is known: its figure, against the plan and last year, with nothing left to estimate.
        IReadOnlyList<string> columns = (vi, december) switch
        {
            (true, true) => ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", $"Thực hiện năm {year}", "% so với kế hoạch", "So với năm trước (%)"],
            (false, true) => ["Indicator", "Unit", "Annual plan", $"Full year {year}", "% of plan", "Change on last year (%)"],
            (true, false) => ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", ytdText, "% so với kế hoạch", "Ước cả năm", "Ước cả năm so với năm trước (%)", "Khả năng hoàn thành kế hoạch (%)"],
            (false, false) => ["Indicator", "Unit", "Annual plan", ytdText, "% of plan", "Full-year estimate", "Full-year estimate, change on last year (%)", "Probability of meeting the plan (%)"],
        };
        // The months forecast, named as the plan section names them ("quý IV/2024", "11 tháng còn lại").
        var remaining = 12 - month.LastMonth;
        var restKey = remaining switch { 1 => "plan.rest.month", 3 => "plan.rest.quarter", 6 => "plan.rest.half", _ => "plan.rest.months" };
        var rest = PhraseBook.Fill(PlanPhrases.Template(style, restKey), new Dictionary<string, string>(StringComparer.Ordinal) { ["year"] = year, ["n"] = remaining.ToString(CultureInfo.InvariantCulture) });
        var footnote = (vi, december) switch
        {
            (true, true) => $"Số liệu cả năm {year} theo công bố {month.ToString("L", c)}. Chỉ số (IIP): kế hoạch và thực hiện ghi tốc độ tăng (%). Ô trống: số liệu không cho phép tính.",
            (false, true) => $"The full year {year} as released in {month.ToString("L", c)}. An index (IIP): plan and outcome as growth rates (%). Blank: not available.",
            (true, false) => $"Ước cả năm {year} từ số liệu công bố đến {month.ToString("L", c)}, dự báo {rest}. Chỉ số (IIP): kế hoạch, lũy kế và ước cả năm ghi tốc độ tăng (%). Ô trống: số liệu không cho phép tính.",
            (false, false) => $"The {year} estimate from the figures released by {month.ToString("L", c)}, with {rest} forecast. An index (IIP): plan, months known and estimate as growth rates (%). Blank: not available.",
        };
        return new ReportTable(vi ? $"Biểu {n}. Kế hoạch năm {month.Year.ToString(CultureInfo.InvariantCulture)}" : $"Table {n}. Annual plan {month.Year.ToString(CultureInfo.InvariantCulture)}", columns, rows, footnote);
    }
}
