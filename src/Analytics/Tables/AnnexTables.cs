using System.Globalization;
using Analytics.Internal;
using Analytics.Narrative;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;
using Analytics.Growth;

namespace Analytics.Tables;

/// <summary>
/// Builds the annex tables of a monthly report from an <see cref="ObservationStore"/>: one for industry (IIP,
/// production value by sector, main products), one for trade (retail sales by component, exports by commodity and
/// market, imports), one for any other indicator. Each figure is the computed one where the data allows, else the
/// stated one; a comparison that cannot be made is an empty cell, never a guess.
/// </summary>
public static class AnnexTables
{
    private static readonly string[] Industry = ["IIP", "IND_VALUE", "IND_PRODUCT"];
    private static readonly string[] Trade = ["RETAIL", "EXPORT", "IMPORT"];

    /// <summary>
    /// Builds the tables for a report's period: a month or a quarter with the cumulative period ending with it (this
    /// period, the cumulative, against the month or quarter before, against the same period, the cumulative against
    /// the same period, the share); January and a first quarter, which are their own cumulative, without the
    /// cumulative columns; a year or the first months of a year with their value, their growth on the same period
    /// and the share. A quarter or a year the data holds only month by month is made from the months
    /// (<see cref="PeriodAggregation"/>).
    /// </summary>
    /// <param name="store">The figures.</param>
    /// <param name="month">The period reported on: a month, a quarter, a year or the first months of a year.</param>
    /// <param name="style">Language, culture, decimals and whether rates show as indices.</param>
    /// <param name="catalog">The catalogue; the default when null.</param>
    /// <param name="glossary">English names; the default when null.</param>
    /// <returns>The tables that have rows.</returns>
    public static IReadOnlyList<ReportTable> Build(ObservationStore store, Period month, NarrativeStyle? style = null, IndicatorCatalog? catalog = null, Glossary? glossary = null)
    {
        Preconditions.CheckNotNull(store);
        style ??= NarrativeStyle.Vietnamese;
        catalog ??= IndicatorCatalog.Default;
        glossary ??= Glossary.Default;
        store = PeriodAggregation.Complete(store, month, catalog);
        var builder = new Builder(store, month, style, catalog, glossary);
        var codes = store.Series.Select(k => k.Indicator).Distinct(StringComparer.Ordinal).ToList();
        var vi = style.IsVietnamese;
        var tables = new List<ReportTable>();
        void Add(string titleVi, string titleEn, IEnumerable<string> group)
        {
            builder.ShareNotes.Clear();
            var members = group.Where(codes.Contains).ToList();
            builder.UseRateDecimalsOf(members);
            builder.UsePreviousMonthOf(members);
            var rows = members.SelectMany(builder.Rows).Select(builder.Fit).ToList();
            if (rows.Count > 0)
            {
                tables.Add(new ReportTable(vi ? titleVi : titleEn, builder.Columns(), rows, string.Join(" ", [builder.Footnote(), .. builder.ShareNotes])));
            }
        }

        Add($"Biểu {tables.Count + 1}. Công nghiệp", "Table 1. Industry", Industry);
        Add($"Biểu {tables.Count + 1}. Thương mại", $"Table {tables.Count + 1}. Trade", Trade);
        Add($"Biểu {tables.Count + 1}. Chỉ tiêu khác", $"Table {tables.Count + 1}. Other indicators", codes.Where(c => !Industry.Contains(c) && !Trade.Contains(c)));
        return tables;
    }

    private sealed class Builder(ObservationStore store, Period month, NarrativeStyle style, IndicatorCatalog catalog, Glossary glossary)
    {
        private readonly ObservationView view = store.ViewOfRelease(month);
        private readonly Period ytd = month.ToYearToDate();
        private readonly CultureInfo c = style.Culture;
        // The month before a month report's month (a quarter or a year has no previous-month column).
        private readonly Period previousMonth = month.Kind == PeriodKind.Month ? month.PlusMonths(-1) : month;
        private int rateDecimals = style.RateDecimals;

        // The previous month's column: (shown, all its figures preliminary).
        private (bool Shown, bool Preliminary) previous;

        private int CellCount => previous.Shown ? 7 : 6;

        /// <summary>
        /// The previous month as this month's release states it (the revised, usually preliminary "sơ bộ" figure),
        /// shown as a column before this month's when the release holds it for any series of the table: a figure of
        /// the previous month released after that month's own estimate. The previous month's own estimate is not
        /// shown: it is last month's report's figure, not this one's.
        /// </summary>
        internal void UsePreviousMonthOf(IReadOnlyCollection<string> codes)
        {
            if (month.Kind != PeriodKind.Month)
            {
                // A quarter or a year compares with the period before in its own columns; no month before it.
                previous = (false, false);
                return;
            }

            // Shown when this release revised the previous month for a series of the table; then every row gives the
            // previous month as known now (a series not revised keeps its estimate: the month-on-month rate is on it),
            // and the heading says "sơ bộ" only when every figure shown is preliminary.
            var figures = store.Series.Where(k => codes.Contains(k.Indicator))
                .Select(PreviousMonth)
                .Where(o => o is not null)
                .ToList();
            var revised = figures.Any(o => o!.EffectiveRelease > previousMonth);
            previous = (revised, revised && figures.All(o => o!.Status == ObservationStatus.Preliminary));
        }

        private Observation? PreviousMonth(SeriesKey key)
            => view.Get(key, previousMonth) is { HasValue: true } o ? o : null;

        // Which of the six figure columns the period has: January and a first quarter are their own cumulative, and a
        // year or the first months of a year have neither a cumulative nor a period before to compare with.
        private readonly bool[] keep = month.Kind switch
        {
            PeriodKind.Month or PeriodKind.Quarter when month.LastMonth == month.MonthCount => [true, false, true, true, false, true],
            PeriodKind.Month or PeriodKind.Quarter => [true, true, true, true, true, true],
            _ => [true, false, false, true, false, true],
        };

        // An English row label inside a sentence: "The foreign-invested sector" heads its row, "the foreign-invested
        // sector" follows "Share of"; names (South Korea, Japan) keep their capitals.
        private static string InSentence(string label)
            => label.StartsWith("The ", StringComparison.Ordinal) ? "the " + label[4..] : label;

        internal IReadOnlyList<string> Columns()
        {
            var vi = style.IsVietnamese;
            var en = CultureInfo.GetCultureInfo("en-US");
            var m = vi ? Describe(month) : month.ToString("L", en);
            var y = vi ? Describe(ytd) : ytd.ToString("L", en);
            var last = month.PlusYears(-1);
            var whole = month.Kind == PeriodKind.Year || (month.Kind == PeriodKind.YearToDate && month.LastMonth == 12);
            string[] all = vi
                ? [
                    $"Thực hiện {m}",
                    $"Lũy kế {y}",
                    $"{PhraseBook.Capitalize(m, c)} so với {(month.Kind == PeriodKind.Quarter ? "quý" : "tháng")} trước (%)",
                    whole ? $"{PhraseBook.Capitalize(m, c)} so với {Describe(last)} (%)" : $"{PhraseBook.Capitalize(m, c)} so với cùng kỳ (%)",
                    ytd.LastMonth == 12 ? $"{PhraseBook.Capitalize(y, c)} so với {Describe(ytd.PlusYears(-1))} (%)" : $"{PhraseBook.Capitalize(y, c)} so với cùng kỳ (%)",
                    "Cơ cấu (%)",
                ]
                : [
                    m,
                    y,
                    $"{m} on previous {(month.Kind == PeriodKind.Quarter ? "quarter" : "month")} (%)",
                    month.Kind is PeriodKind.Month or PeriodKind.Quarter or PeriodKind.Year || whole ? $"{m} on {last.ToString("L", en)} (%)" : $"{m} on same period of {month.Year - 1} (%)",
                    ytd.LastMonth == 12 ? $"{y} on {ytd.Year - 1} (%)" : $"{y} on same period of {ytd.Year - 1} (%)",
                    "Share (%)",
                ];
            var p = vi ? Describe(previousMonth) : previousMonth.ToString("L", en);
            string[] before = !previous.Shown ? []
                : vi ? [$"Thực hiện {p}" + (previous.Preliminary ? " (sơ bộ)" : string.Empty)]
                : [PhraseBook.Capitalize(p, c) + (previous.Preliminary ? " (preliminary)" : string.Empty)];
            return [vi ? "Chỉ tiêu" : "Indicator", vi ? "Đơn vị tính" : "Unit", .. before, .. all.Where((_, i) => Kept(i))];
        }

        /// <summary>
        /// The row with the period's columns only (see <see cref="keep"/>): the previous month's column, when shown,
        /// comes before the six; columns after the six are kept.
        /// </summary>
        internal TableRow Fit(TableRow row)
        {
            var offset = previous.Shown ? 1 : 0;
            return row with { Cells = row.Cells.Where((_, i) => i < offset || Kept(i - offset)).ToList() };
        }

        private bool Kept(int column) => column >= keep.Length || keep[column];

        private string Describe(Period p) => describer.DescribePeriod(p);

        private readonly Narrator describer = new(style, catalog, glossary);

        internal string Footnote() => style.TableRatesAsIndex
            ? (style.IsVietnamese
                ? "Các cột so sánh ghi chỉ số phát triển (kỳ so sánh = 100): 109,2 nghĩa là tăng 9,2%. Ô trống: không có số liệu để so sánh."
                : "Comparisons are indices (comparison period = 100): 109.2 means +9.2%. An empty cell: no figure to compare with.")
            : (style.IsVietnamese
                ? "Các cột so sánh ghi tốc độ tăng (+) hoặc giảm (-) so với kỳ so sánh. Ô trống: không có số liệu để so sánh."
                : "Comparisons are growth rates (+ rise, - fall). An empty cell: no figure to compare with.");

        internal IEnumerable<TableRow> Rows(string code)
        {
            var unit = store.Series.Where(k => k.Indicator == code).SelectMany(k => store.Periods(k).Select(p => view.Get(k, p)?.Unit)).FirstOrDefault(u => u is not null);
            var indicator = catalog.Resolve(code, unit);
            var total = new SeriesKey(code, string.Empty);
            if (view.Get(total, month) is not null || view.Get(total, ytd) is not null)
            {
                yield return Row(indicator, total, 0, null);
            }
            else
            {
                // Products have no total: the indicator's name heads their rows.
                yield return new TableRow(Name(indicator), 0, string.Empty, [.. Enumerable.Repeat(TableCell.Empty, CellCount)]);
            }

            var members = store.Series.Where(k => k.Indicator == code && !k.IsTotal)
                .Select(k => (Key: k, Obs: view.Get(k, ytd) ?? view.Get(k, month)))
                .Where(x => x.Obs is not null)
                .ToList();
            var hasTotal = view.Get(total, month) is not null || view.Get(total, ytd) is not null;

            // One block per dimension (sectors, commodities, markets...), each under its sub-heading, so that "Châu Á"
            // never reads as a commodity.
            foreach (var dimension in members.Where(x => x.Obs!.Parent.Length == 0).Select(x => x.Obs!.Dimension).Distinct(StringComparer.Ordinal).ToList())
            {
                if (hasTotal && SubHeading(dimension) is { } heading)
                {
                    yield return new TableRow(heading, 1, string.Empty, [.. Enumerable.Repeat(TableCell.Empty, CellCount)]) { IsHeading = true };
                }

                var top = members.Where(x => x.Obs!.Parent.Length == 0 && x.Obs.Dimension == dimension).ToList();
                var shareOfTotal = new List<string>();
                foreach (var (key, o) in top)
                {
                    var row = Row(indicator, key, 1, total);
                    if (row.Cells[^1].IsNumber)
                    {
                        shareOfTotal.Add(row.Label);
                    }

                    yield return row;
                    var shareOfParent = new List<string>();
                    foreach (var (child, _) in members.Where(x => x.Obs!.Parent == key.Breakdown))
                    {
                        var childRow = Row(indicator, child, 2, key);
                        if (childRow.Cells[^1].IsNumber)
                        {
                            shareOfParent.Add(childRow.Label);
                        }

                        yield return childRow;
                    }

                    if (shareOfParent.Count > 0)
                    {
                        ShareNotes.Add(style.IsVietnamese
                            ? $"Cơ cấu của {string.Join(", ", shareOfParent)}: % so với {row.Label}."
                            : $"Share of {string.Join(", ", shareOfParent.Select(InSentence))}: % of {InSentence(row.Label)}.");
                    }
                }

                if (shareOfTotal.Count > 0)
                {
                    ShareNotes.Add(style.IsVietnamese
                        ? $"Cơ cấu của {string.Join(", ", shareOfTotal)}: % so với {PhraseBook.Decapitalize(Name(indicator), c)}."
                        : $"Share of {string.Join(", ", shareOfTotal.Select(InSentence))}: % of {Name(indicator).ToLower(c)}.");
                }
            }
        }

        /// <summary>Gets notes saying what each share in the table is a share of, filled as rows are made.</summary>
        internal List<string> ShareNotes { get; } = [];

        private string? SubHeading(string dimension) => (style.IsVietnamese, dimension) switch
        {
            (true, "sector") => "Phân theo ngành",
            (true, "component") => "Chia ra",
            (true, "ownership") => "Phân theo thành phần kinh tế",
            (true, "commodity") => "Mặt hàng chủ yếu",
            (true, "market") => "Thị trường chủ yếu",
            (true, "product") => "Sản phẩm chủ yếu",
            (false, "sector") => "By sector",
            (false, "component") => "Of which",
            (false, "ownership") => "By type of ownership",
            (false, "commodity") => "Main commodities",
            (false, "market") => "Main markets",
            (false, "product") => "Main products",
            _ => null,
        };

        private TableRow Row(Indicator indicator, SeriesKey key, int level, SeriesKey? parent)
        {
            var mo = view.Get(key, month);
            var yo = view.Get(key, ytd);
            var monthRow = mo is null ? null : GrowthTable.Row(view, mo, catalog, preferStated: true);
            var ytdRow = yo is null ? null : GrowthTable.Row(view, yo, catalog, preferStated: true);
            var unit = (mo ?? yo)?.Unit ?? indicator.Unit;

            // The row in the unit the sentences use (535,8 nghìn tỷ đồng, 34,05 tỷ USD under the GSO's style), one unit
            // for the whole row, chosen by the period's value for "byMagnitude".
            var magnitude = mo is { HasValue: true } ? mo.Value : yo is { HasValue: true } ? yo.Value : 0;
            var shown = unit is null ? null : style.OutputUnit(unit, magnitude);
            TableCell Value(Observation o) => Cell(o, unit, shown);

            var ytdValue = yo is { HasValue: true } ? Value(yo)
                : monthRow is { CumulativeValue.Origin: FigureOrigin.Computed } ? Value(mo! with { Value = monthRow.CumulativeValue.Value })
                : TableCell.Empty;
            var ytdGrowth = ytdRow is not null ? Rate(ytdRow.YearOnYear, yo!.YearOnYear)
                : monthRow is not null ? Rate(monthRow.CumulativeGrowth, StatedRate.None)
                : TableCell.Empty;

            var share = TableCell.Empty;
            var basis = yo ?? mo;
            if (parent is { } p && basis is not null && Dimension.FromName(basis.Dimension).Relation != PartsRelation.NotAdditive)
            {
                var parentObs = view.Get(p, basis.Period);
                share = basis.Share.IsExact ? new TableCell(basis.Share.Percent, style.RateDecimals)
                    : Growth.Growth.Share(basis.Value, parentObs?.Value ?? double.NaN) is { IsMissing: false } s ? new TableCell(s.Value, style.RateDecimals)
                    : TableCell.Empty;
            }

            var label = key.IsTotal ? Name(indicator) : glossary.InTable(key.Breakdown, style.IsVietnamese);
            return new TableRow(
                PhraseBook.Capitalize(label, c),
                level,
                shown is null ? string.Empty : style.IsVietnamese ? shown.Symbol : shown.EnglishSymbol,
                [
                    .. previous.Shown ? [PreviousMonth(key) is { } po ? Value(po) : TableCell.Empty] : Array.Empty<TableCell>(),
                    mo is { HasValue: true } ? Value(mo) : TableCell.Empty,
                    ytdValue,
                    monthRow is null ? TableCell.Empty : Rate(monthRow.MonthOnMonth, mo!.MonthOnMonth),
                    monthRow is null ? TableCell.Empty : Rate(monthRow.YearOnYear, mo!.YearOnYear),
                    ytdGrowth,
                    share,
                ]);
        }

        // The same unit and precision as the sentences (ReportNumbers.Scaled): converted to the row's unit, with at
        // most the decimals the source wrote and the style's cap for the unit.
        private TableCell Cell(Observation o, Unit? rowUnit, Unit? shown)
        {
            var from = o.Unit ?? rowUnit;
            if (from is null || shown is null || !from.ConvertsTo(shown))
            {
                return new TableCell(o.Value, style.ValueDecimals(o.Value, o.ValueDecimals));
            }

            var value = from.ConvertTo(o.Value, shown);
            return new TableCell(value, style.ValueDecimals(value, from.DecimalsIn(o.ValueDecimals, shown), shown));
        }

        private TableCell Rate(Figure f, StatedRate stated)
        {
            var shift = style.TableRatesAsIndex ? 100.0 : 0.0;
            if (f.IsMissing)
            {
                return stated.IsStated && stated.Bound != RateBound.Exact
                    ? new TableCell(double.NaN, 0, (stated.Bound == RateBound.GreaterThan ? ">" : "<") + ReportNumbers.Format(stated.Percent + shift, Math.Max(stated.Decimals, 0), c))
                    : TableCell.Empty;
            }

            // One format per column: every rate of the table with the same decimals (see RateDecimalsOf).
            return new TableCell(f.Value + shift, rateDecimals);
        }

        // The decimals of the table's rate columns, one number for the whole table: the style's, or more when the source
        // states most of the table's rates more finely (the CPI's 100,29), up to the style's maximum.
        internal void UseRateDecimalsOf(IReadOnlyCollection<string> codes) => rateDecimals = RateDecimalsOf(codes);

        private int RateDecimalsOf(IReadOnlyCollection<string> codes)
        {
            var stated = store.Series.Where(k => codes.Contains(k.Indicator))
                .SelectMany(k => new[] { view.Get(k, month), view.Get(k, ytd) })
                .Where(o => o is not null)
                .SelectMany(o => new[] { o!.MonthOnMonth, o.YearOnYear })
                .Where(r => r.IsExact && r.Decimals > 0)
                .GroupBy(r => r.Decimals)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
                .Select(g => g.Key)
                .FirstOrDefault();
            return Math.Max(style.RateDecimals, Math.Min(stated, style.MaxRateDecimals));
        }

        private string Name(Indicator i) => PhraseBook.Capitalize(style.IsVietnamese ? i.NameVi : i.NameEn, c);
    }
}
