using System.Globalization;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;
using Analytics.Growth;

namespace Analytics.Narrative;

/// <summary>
/// Writes the sentences of a report's Section I from an <see cref="ObservationStore"/>, in Vietnamese or English:
/// the IIP, production value, main products, retail sales, exports and imports, exports by commodity and by market.
/// Indicators the catalogue does not know get the same sentences from their own names. A report may cover a month
/// (with the cumulative period ending with it: "Tính chung 9 tháng đầu năm", "quý I", "cả năm"), a quarter (with
/// the months of the year to its end), a year or a cumulative period; every period phrase is a template of the
/// <see cref="PhraseBook"/>.
/// </summary>
/// <remarks>
/// Nothing is invented: a comparison whose base is missing and that the source does not state is left out of the
/// sentence, and <see cref="Paragraph.Omissions"/> says so. Stated rates are written with the decimals the source
/// used; computed ones with <see cref="NarrativeStyle.RateDecimals"/>. Direction words come from the sign of the
/// figure as written (a rate that rounds to zero is "không đổi").
/// </remarks>
public sealed class Narrator
{
    private readonly NarrativeStyle style;
    private readonly IndicatorCatalog catalog;
    private readonly Glossary glossary;
    private readonly CultureInfo culture;

    /// <summary>Initializes a new instance of the <see cref="Narrator"/> class.</summary>
    /// <param name="style">The style; Vietnamese by default.</param>
    /// <param name="catalog">The catalogue of indicators; the default when null.</param>
    /// <param name="glossary">English names of breakdown members; the default when null.</param>
    public Narrator(NarrativeStyle? style = null, IndicatorCatalog? catalog = null, Glossary? glossary = null)
    {
        this.style = style ?? NarrativeStyle.Vietnamese;
        this.catalog = catalog ?? IndicatorCatalog.Default;
        this.glossary = glossary ?? Glossary.Default;
        culture = this.style.Culture;
    }

    /// <summary>
    /// Narrates a period: a month and the cumulative period ending with it (none in January, whose month is the
    /// cumulative), a quarter and the months of the year to its end (none for the first quarter), a year, or a
    /// cumulative period on its own.
    /// </summary>
    /// <param name="store">The figures.</param>
    /// <param name="period">
    /// The period; the latest month the data speaks of when null (the latest quarter or year when it holds no month).
    /// A year the data holds only as its twelve months' cumulative figure is narrated from that; so is a first
    /// quarter held only as "3 tháng".
    /// </param>
    /// <returns>The paragraphs and notes. A period the data does not cover gives no paragraphs and a note saying which period it does cover.</returns>
    /// <exception cref="ArgumentException">The store holds no figure at all.</exception>
    public Narration Narrate(ObservationStore store, Period? period = null)
    {
        Preconditions.CheckNotNull(store);
        var notes = new List<string>();
        var latest = LatestPeriod(store);
        var requested = period ?? latest ?? throw new ArgumentException("The data holds no figure to narrate.", nameof(store));

        // A quarter or a year the source states only month by month is made from its months.
        store = PeriodAggregation.Complete(store, requested, catalog);
        var main = Resolve(store, requested);
        var cumulative = CumulativeOf(main);
        var context = new Context(this, store, main, cumulative);
        if (store.FirstRelease(main) is null && (cumulative is not { } c || store.FirstRelease(c) is null))
        {
            notes.Add(Fill(Phrase("note.noData"), new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["period"] = context.PeriodText(requested),
                ["latest"] = latest is { } l ? context.PeriodText(l) : Phrase("note.none"),
            }));
            return new Narration(requested, [], notes);
        }

        var paragraphs = new List<Paragraph>();
        var indicators = store.Series.Select(k => k.Indicator).Distinct(StringComparer.Ordinal).ToList();
        // The catalogue's order (a catalogue of one's own reorders the report); codes it does not know follow, as the data has them.
        var rank = catalog.Indicators.Select((indicator, i) => (indicator.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var ordered = indicators.Where(rank.ContainsKey).OrderBy(c => rank[c]).Concat(indicators.Where(i => !rank.ContainsKey(i))).ToList();
        var tradeDone = false;
        foreach (var code in ordered)
        {
            if (code is "EXPORT" or "IMPORT")
            {
                if (!tradeDone)
                {
                    tradeDone = true;
                    paragraphs.AddRange(context.Trade(ordered.Where(c => c is "EXPORT" or "IMPORT").ToList()));
                    foreach (var t in ordered.Where(c => c is "EXPORT" or "IMPORT"))
                    {
                        paragraphs.AddRange(context.TradeParts(t));
                        paragraphs.AddRange(context.Selections(t));
                    }
                }

                continue;
            }

            paragraphs.AddRange(context.Headline(code));
            paragraphs.AddRange(context.Products(code));
            paragraphs.AddRange(context.Selections(code));
        }

        notes.AddRange(paragraphs.SelectMany(p => p.Omissions));
        notes.AddRange(context.Borrowed);
        return new Narration(main, paragraphs.Where(p => p.Text.Length > 0).ToList(), notes);
    }

    /// <summary>
    /// Writes a period in the report's words, from the phrase book and the style: "tháng 9/2024", "quý I/2025",
    /// "năm 2024", "9 tháng đầu năm 2024" (for a title or a table heading that follows the period reported).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The words.</returns>
    public string DescribePeriod(Period period) => new Context(this, EmptyStore, period, null).PeriodText(period);

    private static readonly ObservationStore EmptyStore = new([]);

    // The latest month the data speaks of; without months, the latest quarter, then the latest year.
    private static Period? LatestPeriod(ObservationStore store)
    {
        var periods = store.Series.SelectMany(store.Periods).ToList();
        var monthly = periods.Where(p => p.Kind is PeriodKind.Month or PeriodKind.YearToDate).ToList();
        if (monthly.Count > 0)
        {
            return Period.FromMonthIndex(monthly.Max(p => p.MonthIndex));
        }

        foreach (var kind in new[] { PeriodKind.Quarter, PeriodKind.Year })
        {
            var of = periods.Where(p => p.Kind == kind).ToList();
            if (of.Count > 0)
            {
                return of.Max();
            }
        }

        return null;
    }

    // A year held only as its twelve months' cumulative figure, a first quarter only as "3 tháng": narrated from those.
    private static Period Resolve(ObservationStore store, Period p)
    {
        var ytd = p.ToYearToDate();
        var equivalent = p.Kind == PeriodKind.Year || (p.Kind == PeriodKind.Quarter && p.FirstMonth == 1);
        return equivalent && store.FirstRelease(p) is null && store.FirstRelease(ytd) is not null ? ytd : p;
    }

    // The cumulative period a report states beside its period: from January to its end, when that is longer.
    private static Period? CumulativeOf(Period p)
        => p.Kind is PeriodKind.Month or PeriodKind.Quarter && p.LastMonth > p.MonthCount ? p.ToYearToDate() : null;

    private string Phrase(string key) => PhraseBook.Template(style, key);

    private bool HasPhrase(string key) => PhraseBook.Has(style, key);

    // The template for a case ("ytd.12", "index.cumulative.CPI"), or the general one when the book has none for it.
    private string Phrase(string key, string variant)
        => variant.Length > 0 && HasPhrase(key + "." + variant) ? Phrase(key + "." + variant) : Phrase(key);

    private static string Fill(string template, Dictionary<string, string> slots) => PhraseBook.Fill(template, slots);

    /// <summary>The state of one narration: the store, the month, and the phrase helpers.</summary>
    private sealed class Context(Narrator n, ObservationStore store, Period month, Period? cumulativePeriod)
    {
        private readonly ObservationView view = store.ViewOfRelease(month);

        // Where breakdowns are looked for first: the cumulative period, or the period's own months from January.
        private readonly Period ytd = cumulativePeriod ?? month.ToYearToDate();
        private readonly CultureInfo c = n.culture;
        private readonly NarrativeStyle style = n.style;

        // Names the text borrows from another language than its own (a language added as data without them), noted once.
        internal List<string> Borrowed { get; } = [];

        internal IEnumerable<Paragraph> Headline(string code)
        {
            var indicator = Indicator(code);
            var total = new SeriesKey(code, string.Empty);
            var omissions = new List<string>();
            var sentences = new List<string>();
            var kind = indicator.Kind == IndicatorKind.Index ? "index" : "flow";
            var wording = style.WordingOf(code);

            if (view.Get(total, month) is { } mo)
            {
                var row = GrowthTable.Row(view, mo, n.catalog, preferStated: true);
                var comparisons = Join(
                    Previous(row.MonthOnMonth, mo.MonthOnMonth, omissions, code),
                    Change(row.YearOnYear, mo.YearOnYear, SamePeriod(month, wording.MonthSamePeriod), omissions, code, month, "yoy"));
                // A period reported on its own read as the book words the indicator's average where it has a case for
                // it: the first months of a year as a cumulative ("Bình quân 6 tháng năm 2024"), a quarter or a year
                // as an average ("CPI bình quân quý II/2024").
                var own = month.Kind switch
                {
                    PeriodKind.YearToDate when n.HasPhrase(kind + ".cumulative." + code) => ".cumulative",
                    PeriodKind.Quarter or PeriodKind.Year when n.HasPhrase(kind + ".average." + code) => ".average",
                    _ => ".month",
                };
                sentences.Add(Fill(kind + own, code, Slots(indicator, mo) + ("comparisons", comparisons)));
            }

            var mainSentences = sentences.Count;

            var cumulative = cumulativePeriod is { } cp ? view.Get(total, cp) : null;
            if (cumulative is not null)
            {
                var row = GrowthTable.Row(view, cumulative, n.catalog, preferStated: true);
                var comparisons = Change(row.YearOnYear, cumulative.YearOnYear, SamePeriod(ytd, wording.CumulativeSamePeriod), omissions, code, ytd, "yoy");
                sentences.Add(Fill(kind + ".cumulative", code, Slots(indicator, cumulative, wording.CumulativeNamesYear) + ("comparisons", comparisons)));
            }
            else if (cumulativePeriod is not null && month.Kind == PeriodKind.Month && view.Get(total, month) is { } monthOnly && GrowthTable.Row(view, monthOnly, n.catalog, preferStated: true) is { CumulativeGrowth.IsMissing: false } r)
            {
                // No cumulative row in the data, but every month is there: the cumulative figures are computed.
                var synthetic = monthOnly with { Period = ytd, Value = r.CumulativeValue.Value, ValueDecimals = Math.Max(monthOnly.ValueDecimals, 0), YearOnYear = StatedRate.None };
                var comparisons = Change(r.CumulativeGrowth, StatedRate.None, SamePeriod(ytd, wording.CumulativeSamePeriod), omissions, code, ytd, "yoy");
                sentences.Add(Fill(kind + ".cumulative", code, Slots(indicator, synthetic, wording.CumulativeNamesYear) + ("comparisons", comparisons)));
            }

            // Parts of the month follow the month's sentence and parts of the cumulative period the cumulative one, so
            // that a month's value is never read as a cumulative total. A month without a cumulative period (January,
            // a year) takes the parts it does not hold for itself from the months from January.
            var (monthParts, otherParts) = PartsOf(code);
            if (monthParts.Count > 0 && mainSentences > 0)
            {
                sentences.Insert(mainSentences, PartsSentence(code, indicator, wording, monthParts, omissions, "parts"));
            }
            else if (monthParts.Count > 0)
            {
                otherParts.InsertRange(0, monthParts);
            }

            if (otherParts.Count > 0)
            {
                sentences.Add(PartsSentence(code, indicator, wording, otherParts, omissions, "parts"));
            }

            if (sentences.Count > 0)
            {
                yield return new Paragraph(code, "headline", string.Join(" ", sentences), omissions);
            }
        }

        // The parts of an indicator (sectors, components, ownership) in the period itself and in the months from
        // January; when the period has no cumulative period beside it, the parts it does not hold itself.
        private (List<(SeriesKey Key, Observation Obs)> Month, List<(SeriesKey Key, Observation Obs)> Cumulative) PartsOf(string code)
        {
            static bool IsPart(Dimension d) => d.Relation == PartsRelation.Partition || (d.Relation == PartsRelation.Subset && d.Name is not ("commodity" or "market"));
            var monthParts = MembersAt(code, IsPart, parentOnly: true, month);
            var cumulative = MembersAt(code, IsPart, parentOnly: true, ytd);
            if (cumulativePeriod is null)
            {
                cumulative = cumulative.Where(x => !monthParts.Any(m => m.Key == x.Key)).ToList();
            }

            return (monthParts, cumulative);
        }

        // The breakdown of a trade flow (exports by ownership) in sentences of its own: the month's, then the cumulative period's.
        internal IEnumerable<Paragraph> TradeParts(string code)
        {
            var (monthParts, otherParts) = PartsOf(code);
            if (monthParts.Count + otherParts.Count == 0)
            {
                yield break;
            }

            var indicator = Indicator(code);
            var wording = style.WordingOf(code);
            var omissions = new List<string>();
            var sentences = new List<string>();
            foreach (var group in monthParts.Concat(otherParts).GroupBy(x => x.Obs.Period))
            {
                sentences.Add(PartsSentence(code, indicator, wording, group.ToList(), omissions, group.Key == month ? "parts.of.month" : "parts.of.cumulative"));
            }

            yield return new Paragraph(code, "parts", string.Join(" ", sentences), omissions);
        }

        private string PartsSentence(string code, Indicator indicator, IndicatorWording wording, List<(SeriesKey Key, Observation Obs)> parts, List<string> omissions, string template)
        {
            var items = new List<string>();
            var period = parts[0].Obs.Period;

            // A month's parts say how they moved on the month before as well, where that is known.
            var previous = parts.Select(x => period == month ? Previous(GrowthTable.Row(view, x.Obs, n.catalog, preferStated: true).MonthOnMonth, x.Obs.MonthOnMonth, [], code) : string.Empty).ToList();
            var withPrevious = previous.Any(p => p.Length > 0);
            for (var i = 0; i < parts.Count; i++)
            {
                var (key, o) = parts[i];
                var row = GrowthTable.Row(view, o, n.catalog, preferStated: true);
                var same = SamePeriod(o.Period, o.Period.Kind == PeriodKind.YearToDate ? wording.CumulativeSamePeriod : wording.MonthSamePeriod);
                var yoyShort = Change(row.YearOnYear, o.YearOnYear, string.Empty, omissions, code, o.Period, "yoy", key.Breakdown);
                if (wording.CloseParts && i == parts.Count - 1)
                {
                    yoyShort = Join(yoyShort + " " + same);
                }

                var comparisons = string.Empty;
                if (withPrevious)
                {
                    var mom = Previous(row.MonthOnMonth, o.MonthOnMonth, omissions, code, key.Breakdown);
                    comparisons = Join(mom, Change(row.YearOnYear, o.YearOnYear, same, [], code, o.Period, "yoy", key.Breakdown));
                }

                var part = Name(key.Breakdown);
                var kind = indicator.Kind == IndicatorKind.Index || !o.HasValue ? "part.index" : "part.flow";

                // A part's own parts (retail goods by group) follow it: "Bán lẻ hàng hóa … (lương thực, thực phẩm …)".
                var children = store.Series.Where(k => k.Indicator == code && !k.IsTotal)
                    .Select(k => view.Get(k, o.Period)).OfType<Observation>().Where(x => x.Parent == key.Breakdown).ToList();
                var childItems = children.Select(x =>
                {
                    var childRow = GrowthTable.Row(view, x, n.catalog, preferStated: true);
                    var childName = Name(x.Breakdown);
                    var childKind = indicator.Kind == IndicatorKind.Index || !x.HasValue ? "part.index" : "part.flow";
                    var childSlots = Slots(indicator, x) + ("Part", PhraseBook.Capitalize(childName, c)) + ("part", PhraseBook.Decapitalize(childName, c)) + ("partLower", PhraseBook.Decapitalize(childName, c))
                        + ("yoyShort", Change(childRow.YearOnYear, x.YearOnYear, string.Empty, omissions, code, x.Period, "yoy", x.Breakdown)) + ("signed", Signed(childRow.YearOnYear, x.YearOnYear));
                    return Fill(n.HasPhrase(childKind + ".of") ? childKind + ".of" : childKind, childSlots);
                }).ToList();
                var slots = Slots(indicator, o) + ("Part", PhraseBook.Capitalize(part, c)) + ("part", n.Phrase("part.case") == "lower" ? PhraseBook.Decapitalize(part, c) : part)
                    + ("partLower", PhraseBook.Decapitalize(part, c)) + ("yoyShort", yoyShort) + ("signed", Signed(row.YearOnYear, o.YearOnYear)) + ("comparisons", comparisons);

                // A breakdown in a sentence of its own ("kim ngạch xuất khẩu của khu vực …") may word its items apart (".of").
                var item = withPrevious ? kind + ".month" : kind;
                var text = Remark(Fill(template != "parts" && n.HasPhrase(item + ".of") ? item + ".of" : item, slots), o);
                items.Add(childItems.Count == 0 ? text : text + Fill("parts.children", new Slots(("items", string.Join("; ", childItems)))));
            }

            var dimension = parts[0].Obs.Dimension;
            return Fill(template, new Slots(
                ("items", string.Join("; ", items)),
                ("Lead", n.Phrase("parts.lead", dimension)),
                ("dimension", n.Phrase("dimension", dimension)),
                ("short", ShortName(indicator)),
                ("period", PeriodText(month)),
                ("Period", PhraseBook.Capitalize(PeriodText(month), c)),
                ("ytd", Span(period, null)),
                ("Ytd", PhraseBook.Capitalize(Span(period, null), c))));
        }

        internal IEnumerable<Paragraph> Products(string code)
        {
            var products = Members(code, d => d.Relation == PartsRelation.NotAdditive, parentOnly: false);
            if (products.Count == 0)
            {
                yield break;
            }

            var indicator = Indicator(code);
            var omissions = new List<string>();
            var strongUp = new List<(string Text, double Rate)>();
            var mildUp = new List<(string Text, double Rate)>();
            var strongDown = new List<(string Text, double Rate)>();
            var mildDown = new List<(string Text, double Rate)>();
            var period = products[0].Obs.Period;
            foreach (var (key, o) in products)
            {
                var row = GrowthTable.Row(view, o, n.catalog, preferStated: true);
                var part = Name(key.Breakdown);
                var multiple = Multiple(row.YearOnYear, o.YearOnYear);
                var slots = Slots(indicator, o) + ("Part", PhraseBook.Capitalize(part, c)) + ("part", PhraseBook.Decapitalize(part, c)) + ("signed", Signed(row.YearOnYear, o.YearOnYear)) + ("multiple", multiple ?? string.Empty);
                var text = Fill(multiple is null ? "product.item" : "product.multiple", slots);
                var rising = o.YearOnYear.Bound == RateBound.GreaterThan || row.YearOnYear.Value > 0;
                if (row.YearOnYear.IsMissing && o.YearOnYear.Bound != RateBound.GreaterThan)
                {
                    omissions.Add(Omission(code, o.Period, "yoy", row.YearOnYear.Reason, key.Breakdown));
                    continue;
                }

                // "tăng cao" / "giảm mạnh" only past the style's thresholds; a bound ("tăng hơn 1 lần") counts as its bound.
                var rate = row.YearOnYear.IsMissing ? o.YearOnYear.Percent : row.YearOnYear.Value;
                var list = rising
                    ? (rate >= style.StrongRise ? strongUp : mildUp)
                    : (rate <= -style.StrongFall ? strongDown : mildDown);
                list.Add((text, rate));
            }

            var slotsYtd = new Slots(("ytd", Span(period, null)), ("Ytd", PhraseBook.Capitalize(Span(period, null), c)));
            var sentences = new List<string>();
            var name = ShortName(indicator);
            void Add(string key, string after, bool follows, List<(string Text, double Rate)> items, bool rise)
            {
                if (items.Count == 0)
                {
                    return;
                }

                var shown = Top(items, x => rise ? -x.Rate : x.Rate, name, period, "noun.product", rise ? "rank.rise" : "rank.fall", omissions);
                sentences.Add(Fill(follows ? after : key, slotsYtd + ("items", string.Join("; ", shown.Select(x => x.Text)) + More(shown.Count, items.Count))));
            }

            Add("products.up", "products.up", false, strongUp, true);
            Add("products.upMild", "products.upMild.after", strongUp.Count > 0, mildUp, true);
            Add("products.down", "products.down", false, strongDown, false);
            Add("products.downMild", "products.downMild.after", strongDown.Count > 0, mildDown, false);
            yield return new Paragraph(code, "products", PhraseBook.Tidy(string.Join(n.Phrase("products.join"), sentences) + "."), omissions);
        }

        internal IEnumerable<Paragraph> Trade(List<string> codes)
        {
            var periods = cumulativePeriod is { } cp ? new[] { (month, "trade.month"), (cp, "trade.cumulative") } : [(month, "trade.month")];
            foreach (var (period, key) in periods)
            {
                var omissions = new List<string>();
                var items = new List<string>();
                foreach (var code in codes)
                {
                    var indicator = Indicator(code);
                    if (view.Get(new SeriesKey(code, string.Empty), period) is not { } o)
                    {
                        continue;
                    }

                    var row = GrowthTable.Row(view, o, n.catalog, preferStated: true);
                    var wording = style.WordingOf(code);
                    var same = SamePeriod(period, period == month ? wording.MonthSamePeriod : wording.CumulativeSamePeriod);
                    var comparisons = period == month
                        ? Join(Previous(row.MonthOnMonth, o.MonthOnMonth, omissions, code), Change(row.YearOnYear, o.YearOnYear, same, omissions, code, period, "yoy"))
                        : Change(row.YearOnYear, o.YearOnYear, same, omissions, code, period, "yoy");
                    var slots = Slots(indicator, o) + ("comparisons", comparisons);
                    if (items.Count > 0 || period != month)
                    {
                        slots += ("name", ShortName(indicator));
                    }

                    items.Add(Fill("trade.item", slots));
                }

                if (items.Count > 0)
                {
                    var s = new Slots(("items", string.Join("; ", items)), ("period", PeriodText(month)), ("Period", PhraseBook.Capitalize(PeriodText(month), c)), ("ytd", YtdPhrase(ytd, true)));
                    yield return new Paragraph(string.Join('+', codes), period == month ? "month" : "cumulative", Fill(key, s), omissions);
                }
            }
        }

        internal IEnumerable<Paragraph> Selections(string code)
        {
            var indicator = Indicator(code);
            // The flow an indicator's commodities belong to: the book's word for the code when it has one
            // ("flow.IMPORT_VOLUME": "nhập khẩu"), else exports unless the code is imports.
            var flow = n.Phrase(n.HasPhrase("flow." + code) ? "flow." + code : code == "IMPORT" ? "flow.import" : "flow.export");
            var commodityGroups = ByPeriod(code, d => d.Name == "commodity", parentOnly: true);
            foreach (var commodities in commodityGroups)
            {
                var omissions = new List<string>();
                var name = ShortName(indicator);
                var period = commodities[0].Obs.Period;
                var shown = Top(commodities, CommodityRank(code, commodities), name, period, "noun.commodity", "rank.largest", omissions);
                var items = shown.Select(x =>
                {
                    var row = GrowthTable.Row(view, x.Obs, n.catalog, preferStated: true);
                    var part = Name(x.Key.Breakdown);
                    return Fill("commodity.item", Slots(indicator, x.Obs) + ("part", PhraseBook.Decapitalize(part, c)) + ("Part", part)
                        + ("yoyShort", Remark(Change(row.YearOnYear, x.Obs.YearOnYear, string.Empty, omissions, code, x.Obs.Period, "yoy", x.Key.Breakdown), x.Obs))
                        + ("signed", Signed(row.YearOnYear, x.Obs.YearOnYear)));
                });

                // The month's list and the cumulative list each say which period they are of.
                var slots = new Slots(("flow", flow), ("items", string.Join(", ", items) + More(shown.Count, commodities.Count)), ("Ytd", PhraseBook.Capitalize(Span(period, true), c)), ("ytd", Span(period, true)));
                yield return new Paragraph(code, "commodity", Fill(commodityGroups.Count > 1 ? "commodities.period" : "commodities", slots), omissions);
            }

            foreach (var markets in ByPeriod(code, d => d.Name == "market", parentOnly: false))
            {
                yield return Markets(code, indicator, flow, markets);
            }
        }

        // A breakdown's members in the months from January and, apart, in the month itself; one list (each member in the
        // months from January, or else its month) when the period has no cumulative period beside it.
        private List<List<(SeriesKey Key, Observation Obs)>> ByPeriod(string code, Func<Dimension, bool> dimension, bool parentOnly)
        {
            var groups = cumulativePeriod is null
                ? [Members(code, dimension, parentOnly)]
                : new List<List<(SeriesKey Key, Observation Obs)>> { MembersAt(code, dimension, parentOnly, ytd), MembersAt(code, dimension, parentOnly, month) };
            return groups.Where(g => g.Count > 0).ToList();
        }

        private Paragraph Markets(string code, Indicator indicator, string flow, List<(SeriesKey Key, Observation Obs)> markets)
        {
            var omissions = new List<string>();
            var period = markets[0].Obs.Period;
            var total = view.Get(new SeriesKey(code, string.Empty), period);
            var top = markets.Where(x => x.Obs.Parent.Length == 0 || !markets.Any(p => p.Key.Breakdown == x.Obs.Parent)).OrderByDescending(x => x.Obs.HasValue ? x.Obs.Value : double.MinValue).ToList();
            var wording = style.WordingOf(code);
            var items = new List<string>();
            for (var i = 0; i < top.Count; i++)
            {
                var (key, o) = top[i];
                var row = GrowthTable.Row(view, o, n.catalog, preferStated: true);
                var part = Name(key.Breakdown);
                var share = o.Share.IsExact
                    ? Percent(o.Share.Percent, o.Share.Decimals)
                    : total is { HasValue: true } && o.HasValue ? Percent(o.Value / total.Value * 100, style.RateDecimals) : null;
                var children = markets.Where(x => x.Obs.Parent == key.Breakdown).Select(x =>
                {
                    var childRow = GrowthTable.Row(view, x.Obs, n.catalog, preferStated: true);
                    var childName = Name(x.Key.Breakdown);
                    return Remark(Fill(x.Obs.HasValue ? "market.child" : "market.child.noValue", Slots(indicator, x.Obs) + ("Part", childName) + ("part", childName)
                        + ("yoyShort", Change(childRow.YearOnYear, x.Obs.YearOnYear, string.Empty, omissions, code, period, "yoy", x.Key.Breakdown))
                        + ("signed", Signed(childRow.YearOnYear, x.Obs.YearOnYear))), x.Obs);
                }).ToList();
                var slots = Slots(indicator, o) + ("Part", PhraseBook.Capitalize(part, c)) + ("part", part) + ("flow", flow)
                    + ("share", share is null ? string.Empty : Fill("share", new Slots(("share", share))))
                    + ("comparisons", Change(row.YearOnYear, o.YearOnYear, SamePeriod(period, wording.SelectionSamePeriod ?? SamePeriodWording.Plain), omissions, code, period, "yoy", key.Breakdown))
                    + ("yoyShort", Change(row.YearOnYear, o.YearOnYear, string.Empty, omissions, code, period, "yoy", key.Breakdown))
                    + ("signed", Signed(row.YearOnYear, o.YearOnYear))
                    + ("children", children.Count == 0 ? string.Empty : " (" + string.Join("; ", children) + ")");
                var text = Remark(Fill(i == 0 ? "market.first" : "market.next", slots), o);
                items.Add(i == 1 ? n.Phrase("market.then") + text : text);
            }

            var s = new Slots(("flow", flow), ("items", string.Join("; ", items)), ("ytdShort", YtdShort(period)), ("ytd", YtdPhrase(period, true)));
            return new Paragraph(code, "market", Fill("markets", s), omissions.Distinct().ToList());
        }

        // Commodities ranked as the GSO's release ranks them: by their value in money (its lists are of trị giá: "34
        // mặt hàng đạt kim ngạch trên 1 tỷ USD"). A list of quantities (code_VOLUME, the GSO importer's name for the
        // quantities beside the values of code) is ranked by each commodity's value where the release gives one, so
        // that cars (124.909 chiếc, 2,6 tỷ USD) do not lead coal (49.649 nghìn tấn, 6,2 tỷ USD) by their count.
        // Without a value for every item, quantities are ranked only among those of their own unit (tonnes are never
        // weighed against cars): the unit the source lists first leads, each unit's items by size.
        private Func<(SeriesKey Key, Observation Obs), double> CommodityRank(string code, List<(SeriesKey Key, Observation Obs)> items)
        {
            const string Volume = "_VOLUME";
            var valueCode = code.EndsWith(Volume, StringComparison.Ordinal) ? code[..^Volume.Length] : null;
            double Money((SeriesKey Key, Observation Obs) x)
            {
                var o = x.Obs.Unit is { Kind: UnitKind.Money } ? x.Obs
                    : valueCode is null ? null
                    : view.Get(new SeriesKey(valueCode, x.Key.Breakdown), x.Obs.Period);
                return o is { HasValue: true, Unit.Kind: UnitKind.Money } ? o.Value * o.Unit.Scale : double.NaN;
            }

            var money = items.Select(Money).ToList();
            List<(SeriesKey Key, Observation Obs)> order;
            if (money.All(double.IsFinite))
            {
                order = items.Select((x, i) => (x, i)).OrderByDescending(p => money[p.i]).Select(p => p.x).ToList();
            }
            else
            {
                var units = items.Select(x => x.Obs.Unit?.Symbol ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
                order = items.OrderBy(x => units.IndexOf(x.Obs.Unit?.Symbol ?? string.Empty))
                    .ThenByDescending(x => x.Obs.HasValue ? x.Obs.Value : double.MinValue).ToList();
            }

            var rank = order.Select((x, i) => (x.Key, i)).ToDictionary(p => p.Key, p => (double)p.i);
            return x => rank[x.Key];
        }

        // With NarrativeStyle.MaxItems, the first items by rank (the largest, the fastest growing), and a note of how
        // many are left out; without it, every item in the source's order.
        private List<T> Top<T>(List<T> items, Func<T, double> rank, string subject, Period period, string noun, string ranking, List<string> omissions)
        {
            if (style.MaxItems is not { } max || items.Count <= max)
            {
                return items;
            }

            var shown = items.OrderBy(rank).Take(Math.Max(max, 0)).ToList();
            omissions.Add(Fill("note.leftOut", new Slots(
                ("subject", subject),
                ("period", Span(period, true)),
                ("shown", shown.Count.ToString(CultureInfo.InvariantCulture)),
                ("left", (items.Count - shown.Count).ToString(CultureInfo.InvariantCulture)),
                ("noun", n.Phrase(noun)),
                ("rank", n.Phrase(ranking)))));
            return shown;
        }

        private string More(int shown, int all) => shown < all ? n.Phrase("list.more") : string.Empty;

        private List<(SeriesKey Key, Observation Obs)> MembersAt(string code, Func<Dimension, bool> dimension, bool parentOnly, Period period)
        {
            var list = new List<(SeriesKey, Observation)>();
            foreach (var key in store.Series.Where(k => k.Indicator == code && !k.IsTotal))
            {
                // A part whose parent has no figure for the period stands on its own rather than being lost.
                if (view.Get(key, period) is { } o && dimension(Dimension.FromName(o.Dimension))
                    && (!parentOnly || o.Parent.Length == 0 || view.Get(new SeriesKey(code, o.Parent), period) is null))
                {
                    list.Add((key, o));
                }
            }

            return list;
        }

        private List<(SeriesKey Key, Observation Obs)> Members(string code, Func<Dimension, bool> dimension, bool parentOnly)
        {
            var list = new List<(SeriesKey, Observation)>();
            foreach (var key in store.Series.Where(k => k.Indicator == code && !k.IsTotal))
            {
                var o = view.Get(key, ytd) ?? view.Get(key, month);
                if (o is not null && dimension(Dimension.FromName(o.Dimension)) && (!parentOnly || o.Parent.Length == 0))
                {
                    list.Add((key, o));
                }
            }

            return list;
        }

        private Indicator Indicator(string code)
            => n.catalog.Resolve(code, store.Series.Where(k => k.Indicator == code).Select(k => store.Periods(k).Select(p => view.Get(k, p)?.Unit).FirstOrDefault(u => u is not null)).FirstOrDefault(u => u is not null));

        private Slots Slots(Indicator indicator, Observation o, bool? namesYear = null)
        {
            var name = PhraseBook.IndicatorName(style, indicator, shortName: false, Borrowed);
            var amount = Amount(o, indicator);
            return new Slots(
                ("Name", PhraseBook.Capitalize(name, c)),
                ("name", name),
                ("short", ShortName(indicator)),
                ("period", PeriodText(month)),
                ("Period", PhraseBook.Capitalize(PeriodText(month), c)),
                ("ytd", Span(o.Period, namesYear)),
                ("Ytd", PhraseBook.Capitalize(Span(o.Period, namesYear), c)),
                ("ytdShort", YtdShort(o.Period)),
                ("basis", n.Phrase("basis." + indicator.PriceBasis)),
                ("amount", amount),
                ("status", n.Phrase("status.index", StatusVariant(o.Status))),
                ("value", amount.Length == 0 ? string.Empty : PhraseBook.Fill(n.Phrase("value", StatusVariant(o.Status)), new Dictionary<string, string>(StringComparer.Ordinal) { ["amount"] = amount })));
        }

        private string Amount(Observation o, Indicator indicator)
        {
            if (!o.HasValue)
            {
                return string.Empty;
            }

            return ReportNumbers.Amount(o.Value, o.ValueDecimals, o.Unit ?? indicator.Unit, style);
        }

        /// <summary>A period in the report's words: "tháng 9/2024", "quý I/2025", "năm 2024", "9 tháng đầu năm 2024".</summary>
        internal string PeriodText(Period p)
        {
            var y = p.Year.ToString(CultureInfo.InvariantCulture);
            return p.Kind switch
            {
                PeriodKind.Month => Fill("period.month", new Slots(("m", p.LastMonth.ToString(CultureInfo.InvariantCulture)), ("month", MonthName(p.LastMonth)), ("year", y))),
                PeriodKind.Quarter => Fill("period.quarter", new Slots(("q", p.QuarterNumber.ToString(CultureInfo.InvariantCulture)), ("Q", Roman[p.QuarterNumber - 1]), ("year", y))),
                PeriodKind.Year => Fill("period.year", new Slots(("year", y))),
                _ when p.LastMonth == 12 => Fill("period.year", new Slots(("year", y))),
                _ => YtdPhrase(p, true),
            };
        }

        private static readonly string[] Roman = ["I", "II", "III", "IV"];

        // What a figure's period is called where a cumulative phrase is expected: the months from January, or the
        // period itself when it is a month, a quarter or a year.
        private string Span(Period p, bool? namesYear)
            => p.Kind == PeriodKind.YearToDate ? YtdPhrase(p, namesYear) : PeriodText(p);

        private static string StatusVariant(ObservationStatus status) => status switch
        {
            ObservationStatus.Estimate => "estimate",
            ObservationStatus.Preliminary => "preliminary",
            ObservationStatus.Official => "official",
            _ => string.Empty,
        };

        // A source's remark about a figure ("chủ yếu tăng ở hàng khăn") follows it, in the language it was written in.
        // The book says whether its language carries it ("remark": "{text} {remark}") or not ("{text}").
        private string Remark(string text, Observation o)
            => o.Remark.Length == 0 ? text : Fill("remark", new Slots(("text", text), ("remark", o.Remark)));

        private string MonthName(int month) => n.Phrase("month." + month.ToString(CultureInfo.InvariantCulture));

        // "9 tháng đầu năm 2024"; the book may word a number of months its own way ("ytd.3": "quý I/2024",
        // "ytd.12": "cả năm 2024", "ytd.1": "tháng 1/2024").
        private string YtdPhrase(Period p, bool? namesYear)
            => Fill(namesYear == false ? "ytd.noYear" : "ytd", p.LastMonth.ToString(CultureInfo.InvariantCulture), YtdSlots(p));

        private string YtdShort(Period p)
            => p.Kind == PeriodKind.YearToDate ? Fill("ytd.short", p.LastMonth.ToString(CultureInfo.InvariantCulture), YtdSlots(p)) : PeriodText(p);

        private Slots YtdSlots(Period p)
        {
            var last = p.LastMonth;
            var months = last == 1 ? MonthName(1) : Fill("months.range", new Slots(("first", MonthName(1)), ("last", MonthName(last))));
            return new Slots(("n", last.ToString(CultureInfo.InvariantCulture)), ("year", p.Year.ToString(CultureInfo.InvariantCulture)), ("months", months));
        }

        // A whole year (a year, or its twelve months) is compared with the year before: "so với năm 2023".
        private static bool IsWholeYear(Period p) => p.Kind == PeriodKind.Year || (p.Kind == PeriodKind.YearToDate && p.LastMonth == 12);

        private string SamePeriod(Period p, SamePeriodWording? wording)
        {
            var w = wording ?? style.SamePeriod;
            var last = p.PlusYears(-1);
            var samePeriod = p.Kind is PeriodKind.Month or PeriodKind.Quarter || IsWholeYear(p) ? PeriodText(last) : Fill("samePeriod.span", new Slots(("year", last.Year.ToString(CultureInfo.InvariantCulture))));
            return Fill(
                w switch { SamePeriodWording.Plain => "samePeriod.plain", SamePeriodWording.LastYear => "samePeriod.lastYear", _ => "samePeriod.named" },
                IsWholeYear(p) ? "year" : string.Empty,
                new Slots(("lastYear", last.Year.ToString(CultureInfo.InvariantCulture)), ("samePeriod", samePeriod)));
        }

        // The comparison with the period before: the previous month of a month, the previous quarter of a quarter;
        // a year or a cumulative period has none (its comparison is the same period of last year).
        private string Previous(Figure f, StatedRate stated, List<string> omissions, string code, string breakdown = "")
            => month.Kind switch
            {
                PeriodKind.Month => Change(f, stated, n.Phrase("previousMonth"), omissions, code, month, "mom", breakdown),
                PeriodKind.Quarter => Change(f, stated, n.Phrase("previousQuarter"), omissions, code, month, "mom", breakdown),
                _ => string.Empty,
            };

        /// <summary>"tăng 2,8% so với tháng trước", or empty with an omission noted when the figure is missing.</summary>
        private string Change(Figure f, StatedRate stated, string phrase, List<string> omissions, string code, Period period, string what, string breakdown = "")
        {
            if (f.IsMissing)
            {
                if (stated.Bound != RateBound.Exact && stated.IsStated)
                {
                    return Join(Bound(stated) + " " + phrase);
                }

                if (f.Reason != MissingReason.NotApplicable)
                {
                    omissions.Add(Omission(code, period, what, f.Reason, breakdown));
                }

                return string.Empty;
            }

            var multiple = what == "yoy" ? Multiple(f, stated) : null;
            if (multiple is not null)
            {
                return Join(multiple + " " + phrase);
            }

            var decimals = RateDecimals(f, stated);
            var rate = ReportNumbers.Format(Math.Abs(f.Value), decimals, c, style.KeepTrailingZeros);
            if (ReportNumbers.RoundsToZero(f.Value, decimals))
            {
                return Join(n.Phrase("flat") + " " + phrase);
            }

            return Join($"{n.Phrase(f.Value > 0 ? "up" : "down")} {rate}% {phrase}");
        }

        private string? Multiple(Figure f, StatedRate stated)
        {
            if (style.Multiples == MultipleWording.Percent)
            {
                return null;
            }

            var suffix = style.Multiples switch { MultipleWording.RatioTang => "ratioTang", MultipleWording.RatioGap => "ratioGap", _ => "increase" };
            if (f.IsMissing && stated.Bound == RateBound.GreaterThan && stated.Percent >= 100)
            {
                var nBound = style.Multiples == MultipleWording.IncreaseBy ? stated.Percent / 100 : 1 + (stated.Percent / 100);
                return Fill($"multiple.{suffix}.bound", new Slots(("n", ReportNumbers.Format(nBound, 1, c))));
            }

            if (f.IsMissing || f.Value < 100)
            {
                return null;
            }

            var ratio = 1 + (f.Value / 100);
            var n = style.Multiples == MultipleWording.IncreaseBy ? f.Value / 100 : ratio;
            return Fill($"multiple.{suffix}", new Slots(("n", ReportNumbers.Format(n, 1, c)), ("ratio", ReportNumbers.Format(ratio, 1, c))));
        }

        private string Bound(StatedRate stated)
            => Multiple(Figure.Missing(MissingReason.BoundOnly), stated)
               ?? Fill(stated.Bound == RateBound.GreaterThan ? "bound.greater" : "bound.less", new Slots(("rate", Percent(stated.Percent, stated.Decimals))));

        private string Signed(Figure f, StatedRate stated)
        {
            if (f.IsMissing)
            {
                return stated.IsStated ? Bound(stated) : string.Empty;
            }

            var decimals = RateDecimals(f, stated);
            var text = ReportNumbers.Format(f.Value, decimals, c, style.KeepTrailingZeros);
            return (f.Value > 0 && !ReportNumbers.RoundsToZero(f.Value, decimals) ? "+" : string.Empty) + text + "%";
        }

        private int RateDecimals(Figure f, StatedRate stated)
            => f.Origin == FigureOrigin.Stated && stated.Decimals >= 0 ? Math.Min(stated.Decimals, style.MaxRateDecimals) : style.RateDecimals;

        private string Percent(double value, int decimals)
            => ReportNumbers.Format(value, decimals >= 0 ? Math.Min(decimals, style.MaxRateDecimals) : style.RateDecimals, c, style.KeepTrailingZeros) + "%";

        private string Name(string vietnamese) => PhraseBook.MemberName(style, n.glossary, vietnamese, Borrowed);

        private string ShortName(Indicator indicator) => PhraseBook.IndicatorName(style, indicator, shortName: true, Borrowed);

        private string Omission(string code, Period period, string what, MissingReason reason, string breakdown)
        {
            // Named as the text names it ("Giá trị sản xuất công nghiệp / Châu Âu, 9 tháng đầu năm 2023"), never by code.
            var name = PhraseBook.Capitalize(PhraseBook.IndicatorName(style, Indicator(code), shortName: false, Borrowed), c);
            var subject = breakdown.Length == 0 ? name : $"{name} / {Name(breakdown)}";
            var comparison = what != "mom" ? n.Phrase("omission.samePeriod")
                : period.Kind == PeriodKind.Quarter ? n.Phrase("previousQuarter") : n.Phrase("previousMonth");
            return Fill("omission", new Slots(("subject", subject), ("period", Span(period, true)), ("comparison", comparison), ("reason", reason.DescribeIn(c))));
        }

        private string Join(params string[] clauses)
            => string.Join(n.Phrase("and"), clauses.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()));

        private string Fill(string key, Slots slots) => PhraseBook.Fill(n.Phrase(key), slots.Values);

        private string Fill(string key, string variant, Slots slots) => PhraseBook.Fill(n.Phrase(key, variant), slots.Values);
    }

    /// <summary>Slot values for a template; <c>+</c> adds or replaces one.</summary>
    private sealed class Slots
    {
        internal Slots(params (string Key, string Value)[] values)
        {
            foreach (var (k, v) in values)
            {
                Values[k] = v;
            }
        }

        internal Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

        public static Slots operator +(Slots s, (string Key, string Value) slot)
        {
            var copy = new Slots();
            foreach (var kv in s.Values)
            {
                copy.Values[kv.Key] = kv.Value;
            }

            copy.Values[slot.Key] = slot.Value;
            return copy;
        }
    }
}
