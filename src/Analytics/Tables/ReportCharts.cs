using System.Globalization;
using Analytics.Charts;
using Analytics.Forecasting;
using Analytics.Growth;
using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tables;

/// <summary>
/// Chooses the charts of a monthly report from its figures: each headline indicator month by month with its growth
/// on the same month of last year (when the data has at least three months of the year), else the headline
/// indicators' growth side by side; IIP by sector; the structure of exports by market and by commodity. A chart
/// is made only from figures the data has; none is made up.
/// </summary>
public static class ReportCharts
{
    private static readonly string[] Headline = ["IIP", "IND_VALUE", "RETAIL", "EXPORT", "IMPORT"];
    private static readonly string[] TradeHeadline = ["RETAIL", "EXPORT", "IMPORT"];
    private static readonly string[] StructureDimensions = ["market", "commodity"];

    /// <summary>Builds the charts for a month.</summary>
    /// <param name="store">The figures.</param>
    /// <param name="month">The month.</param>
    /// <param name="style">The language and culture.</param>
    /// <param name="catalog">The catalogue; the default when null.</param>
    /// <returns>The charts, in the order of the report's sections.</returns>
    public static IReadOnlyList<Chart> Build(ObservationStore store, Period month, NarrativeStyle? style = null, IndicatorCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckArgument(month.Kind == PeriodKind.Month, nameof(month), $"Charts are made for a month such as 2023-09; {month} is a {month.Kind}.");
        style ??= NarrativeStyle.Vietnamese;
        catalog ??= IndicatorCatalog.Default;
        return new Builder(store, month, style, catalog).All();
    }

    /// <summary>
    /// Builds the year-end chart of each plan of a flow indicator (not an index) whose remaining months can be
    /// forecast: the months known cumulated, the forecast path to December with the year total's intervals, and the
    /// plan's target. The figures are <see cref="PublishedYearEnd.Estimate"/>'s with the ensemble and its default seed,
    /// as in the plan section and the plan table.
    /// </summary>
    /// <param name="store">The figures with their releases.</param>
    /// <param name="month">The report's month.</param>
    /// <param name="plans">The plans of the month's year.</param>
    /// <param name="style">The language and culture; Vietnamese by default.</param>
    /// <param name="catalog">The catalogue; the default when null.</param>
    /// <param name="estimates">The report's year-end estimates, shared with its plan section and table; computed here with the ensemble when null.</param>
    /// <returns>One chart per plan that can be drawn; none when the remaining months cannot be forecast.</returns>
    public static IReadOnlyList<Chart> YearEndFans(ObservationStore store, Period month, IReadOnlyDictionary<SeriesKey, Plan> plans, NarrativeStyle? style = null, IndicatorCatalog? catalog = null, YearEndEstimates? estimates = null)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNull(plans);
        estimates ??= new YearEndEstimates(store, month, new Ensemble());
        Preconditions.CheckArgument(month.Kind == PeriodKind.Month, nameof(month), $"Charts are made for a month such as 2024-09; {month} is a {month.Kind}.");
        style ??= NarrativeStyle.Vietnamese;
        catalog ??= IndicatorCatalog.Default;
        var vi = style.IsVietnamese;
        var c = style.Culture;
        var view = store.AsOf(month);
        var charts = new List<Chart>();
        foreach (var (key, plan) in plans)
        {
            var ytdObs = view.Get(key, month.ToYearToDate());
            var indicator = catalog.Resolve(key.Indicator, ytdObs?.Unit);
            if (!store.Series.Contains(key) || indicator.Kind == IndicatorKind.Index || month.LastMonth == 12)
            {
                continue;
            }

            YearEndEstimate e;
            try
            {
                e = estimates.Get(key, plan);
            }
            catch (ForecastException)
            {
                continue; // The plan section's notes say why.
            }

            if (e.Remaining is null || !double.IsFinite(e.TotalMean))
            {
                continue;
            }

            var known = new double[12];
            var path = new double[12];
            Array.Fill(path, double.NaN);
            var sum = 0.0;
            for (var m = 1; m <= 12; m++)
            {
                var p = Period.Month(month.Year, m);
                sum += view.Get(key, p) is { HasValue: true } o ? o.Value : double.NaN;
                var stated = view.Get(key, Period.YearToDate(month.Year, m));
                known[m - 1] = m > month.LastMonth ? double.NaN : m == month.LastMonth ? e.YtdActual : stated is { HasValue: true } ? stated.Value : sum;
            }

            path[month.LastMonth - 1] = e.YtdActual;
            for (var h = 1; h <= e.Remaining.Horizon; h++)
            {
                path[month.LastMonth - 1 + h] = path[month.LastMonth - 2 + h] + e.Remaining.Mean[h - 1];
            }

            var unit = ytdObs?.Unit ?? indicator.Unit;
            var unitText = unit is null ? string.Empty : vi ? unit.Symbol : unit.EnglishSymbol;
            var target = e.Plan?.Target ?? double.NaN;
            var targetText = double.IsFinite(target) ? target.ToString("N0", c) : string.Empty;
            var name = PhraseBook.Capitalize(vi ? indicator.NameVi : indicator.NameEn, c) + (key.IsTotal ? string.Empty : $" – {key.Breakdown}");
            var y = month.Year.ToString(CultureInfo.InvariantCulture);
            charts.Add(new FanChart(
                vi ? $"{name} lũy kế năm {y}: thực hiện, dự báo đến tháng 12 và kế hoạch năm" : $"{name}, cumulative {y}: actual, forecast to December and the annual plan",
                key.Indicator,
                unitText,
                [.. Enumerable.Range(1, 12).Select(m => vi ? "T" + m.ToString(CultureInfo.InvariantCulture) : CultureInfo.GetCultureInfo("en-US").DateTimeFormat.AbbreviatedMonthNames[m - 1])],
                known,
                path,
                e.Interval80,
                e.Interval95,
                target,
                vi ? "Lũy kế thực hiện" : "Cumulative, actual",
                vi ? "Dự báo lũy kế" : "Cumulative, forecast",
                vi ? "Khoảng dự báo 80%, 95%" : "80%, 95% intervals",
                vi ? $"Kế hoạch năm: {targetText}" : $"Annual plan: {targetText}"));
        }

        return charts;
    }

    private sealed class Builder(ObservationStore store, Period month, NarrativeStyle style, IndicatorCatalog catalog)
    {
        private readonly ObservationView view = store.ViewOfRelease(month);
        private readonly CultureInfo c = style.Culture;
        private readonly bool vi = style.IsVietnamese;
        private readonly Period ytd = month.ToYearToDate();

        internal List<Chart> All()
        {
            var codes = store.Series.Select(k => k.Indicator).ToHashSet(StringComparer.Ordinal);
            var charts = new List<Chart>();
            var monthly = Headline.Where(codes.Contains).Select(Monthly).OfType<MonthlyChart>().ToList();
            var withMonths = monthly.Select(m => m.Indicator).ToHashSet(StringComparer.Ordinal);
            charts.AddRange(monthly.Where(m => m.Indicator is "IIP" or "IND_VALUE"));
            if (Sectors("IIP") is { } sectors)
            {
                charts.Add(sectors);
            }

            charts.AddRange(monthly.Where(m => m.Indicator is not ("IIP" or "IND_VALUE")));
            if (HeadlineGrowth(TradeHeadline.Where(code => codes.Contains(code) && !withMonths.Contains(code)).ToList()) is { } growth)
            {
                charts.Add(growth);
            }

            charts.AddRange(StructureDimensions.Select(d => Structure("EXPORT", d)).OfType<ShareChart>());
            return charts;
        }

        // Each month of the year up to the report's month; a chart only when at least three have a value or a rate.
        private MonthlyChart? Monthly(string code)
        {
            var key = new SeriesKey(code, string.Empty);
            var months = new List<ChartMonth>();
            Unit? unit = null;
            for (var m = 1; m <= month.LastMonth; m++)
            {
                var p = Period.Month(month.Year, m);
                var o = view.Get(key, p);
                var last = view.Get(key, p.PlusYears(-1));
                // The rate the source stated for the month (the official figure), from the latest release by the
                // report's that states one: a month revised since (a preliminary figure, released without a rate)
                // keeps its stated growth rather than one recomputed over last year's month on another base.
                var stated = store.History(key, p).Where(x => x.EffectiveRelease <= month && x.YearOnYear.IsExact).MaxBy(x => x.EffectiveRelease);
                var yoy = stated is not null ? stated.YearOnYear.Percent
                    : o is null ? double.NaN : GrowthTable.Row(view, o, catalog, preferStated: true).YearOnYear is { IsMissing: false } f ? f.Value : double.NaN;
                unit ??= o?.Unit ?? last?.Unit;
                months.Add(new ChartMonth(p, vi ? "T" + m.ToString(CultureInfo.InvariantCulture) : CultureInfo.GetCultureInfo("en-US").DateTimeFormat.AbbreviatedMonthNames[m - 1], o?.Value ?? double.NaN, last?.Value ?? double.NaN, yoy));
            }

            if (months.Count(x => !double.IsNaN(x.Value) || !double.IsNaN(x.YearOnYear)) < 3)
            {
                return null;
            }

            var indicator = catalog.Resolve(code, unit);
            var unitText = unit is null ? string.Empty : vi ? unit.Symbol : unit.EnglishSymbol;
            var y = month.Year.ToString(CultureInfo.InvariantCulture);
            var y1 = (month.Year - 1).ToString(CultureInfo.InvariantCulture);
            return new MonthlyChart(
                vi ? $"{Name(indicator)} theo tháng năm {y} và tốc độ tăng so với cùng kỳ" : $"{Name(indicator)} by month, {y}, and growth on the same month of {y1}",
                code,
                unitText,
                months,
                vi ? $"Năm {y}" : y,
                vi ? $"Năm {y1}" : y1,
                vi ? "So với cùng kỳ (%)" : "On a year earlier (%)");
        }

        // IIP (or another index) by sector: cumulative growth on the same period, the total first.
        private GrowthChart? Sectors(string code)
        {
            var rows = store.Series.Where(k => k.Indicator == code)
                .Select(k => (Key: k, Obs: view.Get(k, ytd)))
                .Where(x => x.Obs is { YearOnYear.IsExact: true } && (x.Key.IsTotal || x.Obs.Dimension == "sector"))
                .OrderBy(x => x.Key.IsTotal ? 0 : 1)
                .ToList();
            if (rows.Count(x => !x.Key.IsTotal) < 2)
            {
                return null;
            }

            var indicator = catalog.Resolve(code, null);
            var ytdText = Ytd();
            return new GrowthChart(
                vi ? $"{Name(indicator)} {ytdText} theo ngành, so với cùng kỳ" : $"{Name(indicator)}, {ytdText}, by sector, on the same period of {month.Year - 1}",
                code,
                [.. rows.Select(x => x.Key.IsTotal ? (vi ? "Toàn ngành" : "All industry") : Wrap(PhraseBook.Capitalize(x.Key.Breakdown, c)))],
                [new GrowthSeries(vi ? $"{PhraseBook.Capitalize(ytdText, c)} so với cùng kỳ" : $"{ytdText} on a year earlier", [.. rows.Select(x => x.Obs!.YearOnYear.Percent)])],
                vi ? "Tốc độ tăng so với cùng kỳ (%)" : "Growth on a year earlier (%)");
        }

        // The headline indicators' growth this month and cumulated, when the data has no months to draw them by.
        private GrowthChart? HeadlineGrowth(List<string> codes)
        {
            var rows = codes.Select(code => (Code: code, Month: view.Get(new SeriesKey(code, string.Empty), month)))
                .Where(x => x.Month is not null)
                .Select(x => (x.Code, Row: GrowthTable.Row(view, x.Month!, catalog, preferStated: true)))
                .Where(x => !x.Row.YearOnYear.IsMissing || !x.Row.CumulativeGrowth.IsMissing)
                .ToList();
            if (rows.Count < 2)
            {
                return null;
            }

            var m = month.ToString("L", c);
            var ytdText = Ytd();
            return new GrowthChart(
                vi ? $"Tốc độ tăng một số chỉ tiêu thương mại {m} và {ytdText} so với cùng kỳ" : $"Growth of trade indicators, {m} and {ytdText}, on a year earlier",
                codes[0],
                [.. rows.Select(x => Short(x.Code))],
                [
                    new GrowthSeries(vi ? $"{PhraseBook.Capitalize(m, c)} so với cùng kỳ" : $"{m} on a year earlier", [.. rows.Select(x => Value(x.Row.YearOnYear))]),
                    new GrowthSeries(vi ? $"{PhraseBook.Capitalize(ytdText, c)} so với cùng kỳ" : $"{ytdText} on a year earlier", [.. rows.Select(x => Value(x.Row.CumulativeGrowth))]),
                ],
                vi ? "Tốc độ tăng so với cùng kỳ (%)" : "Growth on a year earlier (%)");
        }

        // Top-level parts of one dimension as shares of the total, cumulated (or this month when no cumulative figures); the rest as one slice.
        private ShareChart? Structure(string code, string dimension)
        {
            var total = new SeriesKey(code, string.Empty);
            foreach (var period in new[] { ytd, month })
            {
                var whole = view.Get(total, period);
                var parts = store.Series.Where(k => k.Indicator == code && !k.IsTotal)
                    .Select(k => view.Get(k, period))
                    .Where(o => o is { HasValue: true, Parent.Length: 0 } && o.Dimension == dimension)
                    .Select(o => o!)
                    .OrderByDescending(o => o.Value)
                    .ToList();
                if (whole is not { HasValue: true } || parts.Count < 2 || whole.Value <= 0)
                {
                    continue;
                }

                var slices = parts.Select(o => new ChartSlice(Wrap(PhraseBook.Capitalize(vi ? o.Breakdown : Glossary.Default.English(o.Breakdown), c)), o.Value, o.Share.IsExact ? o.Share.Percent : o.Value / whole.Value * 100)).ToList();
                var rest = whole.Value - parts.Sum(o => o.Value);
                if (rest > whole.Value * 0.005)
                {
                    slices.Add(new ChartSlice(vi ? (dimension == "market" ? "Thị trường khác" : "Mặt hàng khác") : "Other", rest, rest / whole.Value * 100));
                }

                var indicator = catalog.Resolve(code, whole.Unit);
                var periodText = period == ytd ? Ytd() : month.ToString("L", c);
                var by = vi ? (dimension == "market" ? "thị trường" : "mặt hàng") : (dimension == "market" ? "market" : "commodity");
                return new ShareChart(
                    vi ? $"Cơ cấu {Decap(indicator)} {periodText} theo {by}" : $"{Name(indicator)}, {periodText}, by {by}",
                    code,
                    whole.Unit is null ? string.Empty : vi ? whole.Unit.Symbol : whole.Unit.EnglishSymbol,
                    vi ? $"% tổng {Decap(indicator)}" : $"% of total {Decap(indicator)}",
                    slices);
            }

            return null;
        }

        private static double Value(Figure f) => f.IsMissing ? double.NaN : f.Value;

        private string Short(string code) => (vi, code) switch
        {
            (true, "RETAIL") => "Tổng mức bán lẻ",
            (true, "EXPORT") => "Xuất khẩu",
            (true, "IMPORT") => "Nhập khẩu",
            (true, "IND_VALUE") => "Giá trị SXCN",
            _ => PhraseBook.Capitalize(vi ? catalog.Resolve(code, null).ShortNameVi : catalog.Resolve(code, null).ShortNameEn, c),
        };

        private string Name(Indicator i) => PhraseBook.Capitalize(vi ? i.NameVi : i.NameEn, c);

        private string Decap(Indicator i) => vi ? i.NameVi : i.NameEn;

        // The cumulative period in the report's words: "9 tháng đầu năm 2024", "quý I/2024" for March, "năm 2024" for December.
        private string Ytd() => vi
            ? new Narrator(style).DescribePeriod(ytd)
            : ytd.ToString("L", c);

        // Axis labels longer than a short line are broken at the space nearest the middle.
        private static string Wrap(string label)
        {
            if (label.Length <= 26)
            {
                return label;
            }

            var mid = label.Length / 2;
            var best = -1;
            for (var i = 0; i < label.Length; i++)
            {
                if (label[i] == ' ' && (best < 0 || Math.Abs(i - mid) < Math.Abs(best - mid)))
                {
                    best = i;
                }
            }

            return best < 0 ? label : label[..best] + "\n" + label[(best + 1)..];
        }
    }
}
