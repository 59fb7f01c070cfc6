using System.Globalization;
using Analytics.Forecasting;
using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Narrative;

/// <summary>
/// Writes the plan section of a report, in any month of the year: for each indicator with a plan, the share of the
/// plan reached ("bằng 65,7% kế hoạch năm"), what the remaining months need ("quý IV/2023 cần đạt … , tăng …% so với
/// cùng kỳ"), the estimate of the year with its 80% interval and the probability of meeting the plan in words and
/// figures, then the assessment ("Tăng trưởng … còn thấp so với mục tiêu kế hoạch năm" / "… dự kiến vượt kế hoạch năm").
/// </summary>
/// <remarks>
/// The figures are those of <see cref="PublishedYearEnd.Estimate"/> on the same store, month, method and seed (so they
/// agree with <c>analytics yearend</c>): the months known as released by the report's month, which is the cumulative
/// figure of Section I. When the year end cannot be estimated (no monthly history, as in a province's report that gives
/// only the month and the months so far), what the published figures allow is still said: the share of a value plan
/// reached and what the remaining months need, or the stated growth against a growth plan; the rest is a note.
/// </remarks>
public sealed class PlanNarrator
{
    private readonly NarrativeStyle style;
    private readonly IForecaster method;
    private readonly IndicatorCatalog catalog;
    private readonly Glossary glossary;
    private readonly int seed;
    private readonly CultureInfo c;

    /// <summary>Initializes a new instance of the <see cref="PlanNarrator"/> class.</summary>
    /// <param name="style">The style; Vietnamese by default.</param>
    /// <param name="method">The forecasting method of the year end; the ensemble when null (as <c>analytics yearend</c>).</param>
    /// <param name="catalog">The catalogue of indicators; the default when null.</param>
    /// <param name="glossary">English names of breakdown members; the default when null.</param>
    /// <param name="seed">The seed of the simulation (the default is <c>analytics yearend</c>'s).</param>
    public PlanNarrator(NarrativeStyle? style = null, IForecaster? method = null, IndicatorCatalog? catalog = null, Glossary? glossary = null, int seed = 20231001)
    {
        this.style = style ?? NarrativeStyle.Vietnamese;
        this.method = method ?? new Ensemble();
        this.catalog = catalog ?? IndicatorCatalog.Default;
        this.glossary = glossary ?? Glossary.Default;
        this.seed = seed;
        c = this.style.Culture;
    }

    /// <summary>Gets the section's heading in the style's language ("II. Ước thực hiện cả năm và khả năng hoàn thành kế hoạch").</summary>
    public string Heading => Phrase("plan.heading");

    /// <summary>Writes the plan section for a month.</summary>
    /// <param name="store">The figures with their releases.</param>
    /// <param name="month">The report's month: the last month known.</param>
    /// <param name="plans">The plan of each indicator and breakdown for <paramref name="month"/>'s year.</param>
    /// <param name="estimates">The report's year-end estimates, shared with its plan table and charts; computed here with this narrator's method and seed when null.</param>
    /// <returns>One paragraph per indicator with a plan (topic <c>plan</c>, in the plans' order) and the assessment (topic <c>plan.assessment</c>); notes on what could not be said and how the figures were formed.</returns>
    public Narration Narrate(ObservationStore store, Period month, IReadOnlyDictionary<SeriesKey, Plan> plans, YearEndEstimates? estimates = null)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNull(plans);
        Preconditions.CheckArgument(month.Kind == PeriodKind.Month, nameof(month), $"Give the report's month, such as 2023-09; {month} is a {month.Kind}.");
        var keys = plans.Keys.ToList();
        var results = new (Paragraph? Paragraph, Verdict Verdict, string Name, List<string> Notes, string? NoEstimate)[keys.Count];
        estimates ??= new YearEndEstimates(store, month, method, seed);
        Parallel.For(0, keys.Count, i => results[i] = Describe(store, keys[i], month, plans[keys[i]], estimates));
        var paragraphs = results.Where(r => r.Paragraph is not null).Select(r => r.Paragraph!).ToList();
        var notes = results.SelectMany(r => r.Notes).ToList();

        // Said in the section, not only in the notes: which year ends could not be estimated, and why.
        foreach (var group in results.Where(r => r.NoEstimate is not null).GroupBy(r => r.NoEstimate!, StringComparer.Ordinal))
        {
            var names = group.Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
            var items = names.Count == 1 ? names[0] : string.Join(Phrase("plan.and"), names.Take(names.Count - 1)) + Phrase("plan.andLast") + names[^1];
            var text = group.Key.Length == 0 ? Fill("plan.noEstimate", ("items", items)) : Fill("plan.noEstimate.short", ("items", items), ("months", group.Key));
            paragraphs.Add(new Paragraph(string.Join('+', group.Select(r => r.Paragraph?.Indicator ?? string.Empty)), "plan.noEstimate", text, []));
        }

        var assessment = new List<string>();
        // In December the year is known: what fell short did not meet the plan ("không đạt"), it is no longer "still low".
        var shortKey = month.LastMonth == 12 ? "plan.missed" : "plan.short";
        foreach (var (verdict, key) in new[] { (Verdict.Short, shortKey), (Verdict.ShortExpected, "plan.shortExpected"), (Verdict.Exceed, "plan.exceed"), (Verdict.Exceeded, "plan.exceeded") })
        {
            var names = results.Where(r => r.Verdict == verdict).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count > 0)
            {
                var items = names.Count == 1 ? names[0] : string.Join(Phrase("plan.and"), names.Take(names.Count - 1)) + Phrase("plan.andLast") + names[^1];
                assessment.Add(Fill(key, ("items", items), ("Items", PhraseBook.Capitalize(items, c))));
            }
        }

        if (assessment.Count > 0)
        {
            paragraphs.Add(new Paragraph(string.Join('+', results.Where(r => r.Verdict != Verdict.None).Select(r => r.Paragraph?.Indicator ?? string.Empty)), "plan.assessment", string.Join(" ", assessment), []));
        }

        return new Narration(month, paragraphs, notes);
    }

    private enum Verdict
    {
        None,
        Short,
        Exceed,
        Exceeded,

        // On track so far (the months known grow at least as the plan asks), but the year's estimate falls short.
        ShortExpected,
    }

    /// <summary>What the monthly figures released by the report's month cover, when too few to forecast from ("tháng 9/2023"); empty when there are enough and the estimate failed for another reason.</summary>
    private string MonthsKnown(ObservationStore store, SeriesKey key, Period month)
    {
        var view = store.AsOf(month);
        var months = store.Periods(key).Where(p => p.Kind == PeriodKind.Month && p <= month && view.Get(key, p) is { HasValue: true }).Order().ToList();
        if (months.Count == 0 || months.Count >= 24)
        {
            return string.Empty;
        }

        var last = months[^1];
        var first = months[0];
        return months.Count == 1
            ? MonthText(last)
            : Fill("plan.months.many", ("n", months.Count.ToString(CultureInfo.InvariantCulture)), ("firstMonth", first.LastMonth.ToString(CultureInfo.InvariantCulture)), ("firstMonthName", MonthName(first.LastMonth)), ("firstYear", Year(first)), ("month", last.LastMonth.ToString(CultureInfo.InvariantCulture)), ("monthName", MonthName(last.LastMonth)), ("year", Year(last)));
    }

    private (Paragraph? Paragraph, Verdict Verdict, string Name, List<string> Notes, string? NoEstimate) Describe(ObservationStore store, SeriesKey key, Period month, Plan plan, YearEndEstimates estimates)
    {
        var (paragraph, verdict, name, notes, failed) = DescribeCore(store, key, month, plan, estimates);
        var known = failed && month.LastMonth < 12 ? MonthsKnown(store, key, month) : null;
        if (known is { Length: > 0 })
        {
            // Too few months says it all, in the section's own sentence: no last year's total to take a growth plan
            // from, no same months of last year to set the remaining months against.
            var subject = PhraseBook.Capitalize(name, c);
            notes = [.. notes.Where(n => !n.StartsWith(subject + ": ", StringComparison.Ordinal))];
        }

        return (paragraph, verdict, name, notes, known);
    }

    private (Paragraph? Paragraph, Verdict Verdict, string Name, List<string> Notes, bool Failed) DescribeCore(ObservationStore store, SeriesKey key, Period month, Plan plan, YearEndEstimates estimates)
    {
        var notes = new List<string>();
        var view = store.AsOf(month);
        var ytdPeriod = month.ToYearToDate();
        var ytdObs = view.Get(key, ytdPeriod);
        var unit = ytdObs?.Unit ?? store.Periods(key).Select(p => view.Get(key, p)?.Unit).FirstOrDefault(u => u is not null);
        var indicator = catalog.Resolve(key.Indicator, unit);
        unit ??= indicator.Unit;
        var isIndex = indicator.Kind == IndicatorKind.Index || (ytdObs is not null && !ytdObs.HasValue && store.Periods(key).All(p => view.Get(key, p) is not { HasValue: true }));
        var name = Name(indicator, key);
        var subject = PhraseBook.Capitalize(name, c);
        var remaining = 12 - month.LastMonth;

        YearEndEstimate? e = null;
        try
        {
            e = estimates.Get(key, plan);
            notes.AddRange(e.Notes.Select(n => NoteText(subject, n)));
        }
        catch (ForecastException) when (month.LastMonth < 12 && MonthsKnown(store, key, month).Length > 0)
        {
            // Too few months: the section says so in a sentence of its own (plan.noEstimate.short), so no note repeats it.
        }
        catch (ForecastException ex)
        {
            notes.Add(Fill("plan.note.noEstimate", ("subject", subject), ("month", month.ToString()), ("reason", ex.Message)));
        }

        var ytdText = YtdText(month);
        var over = month.LastMonth switch { 1 => Fill("plan.over.january", ("year", Year(month))), 12 => Fill("plan.over.year", ("year", Year(month))), _ => Fill("plan.over", ("ytd", ytdText)) };
        var target = TargetText(plan, unit);
        var sentences = new List<string>();
        var verdict = Verdict.None;
        if (isIndex)
        {
            if (double.IsNaN(plan.TargetGrowthPercent))
            {
                notes.Add(Fill("plan.note.indexValue", ("subject", subject)));
                return (null, Verdict.None, name, notes, e is null);
            }

            var stated = ytdObs is { YearOnYear.IsExact: true } ? ytdObs.YearOnYear : StatedRate.None;
            var growth = stated.IsStated ? stated.Percent : e is null ? double.NaN : ((e.YtdActual / (e.LastYearTotal - e.LastYearRemaining)) - 1) * 100;
            if (double.IsNaN(growth))
            {
                notes.Add(Fill("plan.note.noGrowth", ("subject", subject), ("ytdPeriod", ytdPeriod.ToString())));
                return (null, Verdict.None, name, notes, e is null);
            }

            var growthText = Change(growth, stated.IsStated ? stated.Decimals : style.RateDecimals);
            // Compared as printed: the growth rounded on its decimal value to the decimals the sentence writes.
            var shown = ReportNumbers.Round(growth, stated.IsStated ? stated.Decimals : style.RateDecimals);
            var relation = shown > plan.TargetGrowthPercent ? "plan.higher" : shown < plan.TargetGrowthPercent ? "plan.lower" : "plan.equal";
            sentences.Add(Fill(month.LastMonth == 12 ? "plan.attainment.index.year" : "plan.attainment.index", ("over", over), ("name", name), ("change", growthText), ("relation", Phrase(relation)), ("target", target)));
            if (e?.Plan is { } p && remaining > 0)
            {
                sentences.Add(Fill("plan.required.index", ("target", target), ("name", name), ("rest", RestText(month)), ("change", Change(p.RequiredGrowthPercent, style.RateDecimals)), ("samePeriod", Phrase("plan.samePeriod"))));
                var lower = ((e.Interval80.Lower / e.LastYearTotal) - 1) * 100;
                var upper = ((e.Interval80.Upper / e.LastYearTotal) - 1) * 100;
                sentences.Add(Fill("plan.estimate.index", ("year", Year(month)), ("name", name), ("change", Change(e.TotalGrowthPercent, style.RateDecimals)), ("lower", Rate(lower, signed: false)), ("upper", Rate(upper, signed: false)), ("likelihood", Likelihood(p.Probability)), ("probability", Probability(p.Probability))));
                verdict = e.TotalGrowthPercent >= plan.TargetGrowthPercent ? Verdict.Exceed
                    : growth >= plan.TargetGrowthPercent ? Verdict.ShortExpected
                    : Verdict.Short;
            }
            else
            {
                verdict = remaining == 0
                    ? (growth >= plan.TargetGrowthPercent ? Verdict.Exceeded : Verdict.Short)
                    : (growth < plan.TargetGrowthPercent ? Verdict.Short : Verdict.None);
            }

            return (new Paragraph(key.Indicator, "plan", string.Join(" ", sentences), []), verdict, name, notes, e is null);
        }

        if (ytdObs is not { HasValue: true } && e is null)
        {
            notes.Add(Fill("plan.note.noValue", ("subject", subject), ("ytdPeriod", ytdPeriod.ToString())));
            return (null, Verdict.None, name, notes, e is null);
        }

        var ytd = e?.YtdActual ?? ytdObs!.Value;
        var valueClause = Fill(ytdObs?.Status == ObservationStatus.Estimate || ytdObs is null ? "value.estimate" : "value", ("amount", Amount(ytd, unit, ytdObs?.ValueDecimals ?? -1)));
        var lastYear = e?.LastYearTotal ?? double.NaN;
        var targetValue = !double.IsNaN(plan.TargetValue) ? plan.TargetValue : double.IsNaN(lastYear) ? double.NaN : plan.Target(lastYear);
        if (double.IsNaN(targetValue))
        {
            // A growth plan without last year's total: the stated growth against the target.
            var stated = ytdObs is { YearOnYear.IsExact: true } ? ytdObs.YearOnYear : StatedRate.None;
            notes.Add(Fill("plan.note.growthOnly", ("subject", subject)));
            if (!stated.IsStated)
            {
                return (null, Verdict.None, name, notes, e is null);
            }

            var relation = stated.Percent > plan.TargetGrowthPercent ? "plan.higher" : stated.Percent < plan.TargetGrowthPercent ? "plan.lower" : "plan.equal";
            sentences.Add(Fill(month.LastMonth == 12 ? "plan.attainment.index.year" : "plan.attainment.index", ("over", over), ("name", name), ("change", Change(stated.Percent, stated.Decimals)), ("relation", Phrase(relation)), ("target", target)));
            verdict = stated.Percent < plan.TargetGrowthPercent ? Verdict.Short : remaining == 0 ? Verdict.Exceeded : Verdict.None;
            return (new Paragraph(key.Indicator, "plan", string.Join(" ", sentences), []), verdict, name, notes, e is null);
        }

        var attainment = e?.Plan?.AttainmentPercent ?? ytd / targetValue * 100;
        sentences.Add(Fill("plan.attainment", ("over", over), ("name", name), ("value", valueClause), ("attainment", Rate(attainment, signed: false))));
        if (ytd >= targetValue)
        {
            sentences.Add(Fill(remaining == 0 ? "plan.met.year" : "plan.met", ("Name", PhraseBook.Capitalize(name, c)), ("name", name), ("target", target)));
            verdict = Verdict.Exceeded;
        }
        else if (remaining > 0)
        {
            var needed = targetValue - ytd;
            var required = e?.Plan?.RequiredGrowthPercent ?? double.NaN;
            var amount = Amount(needed, unit, -1);
            sentences.Add(double.IsFinite(required)
                ? Fill("plan.required", ("target", target), ("rest", RestText(month)), ("needs", Needs(month)), ("amount", amount), ("change", Change(required, style.RateDecimals)), ("samePeriod", Phrase("plan.samePeriod")))
                : Fill("plan.required.noBase", ("target", target), ("rest", RestText(month)), ("needs", Needs(month)), ("amount", amount)));
            if (!double.IsFinite(required))
            {
                notes.Add(Fill("plan.note.noBase", ("subject", subject)));
            }
        }

        if (e?.Plan is { } outcome && remaining > 0)
        {
            var sd = -1;
            sentences.Add(Fill(
                "plan.estimate",
                ("year", Year(month)),
                ("name", name),
                ("total", Amount(e.TotalMean, unit, sd)),
                ("lower", Amount(e.Interval80.Lower, unit, sd, withUnit: false, magnitude: e.TotalMean)),
                ("upper", Amount(e.Interval80.Upper, unit, sd, withUnit: false, magnitude: e.TotalMean)),
                ("change", Change(e.TotalGrowthPercent, style.RateDecimals)),
                ("likelihood", Likelihood(outcome.Probability)),
                ("probability", Probability(outcome.Probability))));
            if (verdict == Verdict.None)
            {
                // On track so far when the months known grow at least as fast as the plan asks of the year (the stated
                // growth against the plan's growth over last year's total), though the estimate falls short.
                var soFar = ytdObs is { YearOnYear.IsExact: true } ? ytdObs.YearOnYear.Percent : double.NaN;
                var planGrowth = ((targetValue / lastYear) - 1) * 100;
                verdict = e.TotalMean >= targetValue ? Verdict.Exceed
                    : double.IsFinite(soFar) && double.IsFinite(planGrowth) && soFar >= planGrowth ? Verdict.ShortExpected
                    : Verdict.Short;
            }
        }
        else if (verdict == Verdict.None && remaining == 0)
        {
            verdict = Verdict.Short;
        }

        return (new Paragraph(key.Indicator, "plan", string.Join(" ", sentences), []), verdict, name, notes, e is null);
    }

    private string Name(Indicator indicator, SeriesKey key)
    {
        var name = PhraseBook.IndicatorName(style, indicator, shortName: true);
        if (key.IsTotal)
        {
            return name;
        }

        var part = PhraseBook.MemberName(style, glossary, key.Breakdown, fromGlossary: (n, vietnamese) => vietnamese ? n : glossary.English(n));
        return Fill("plan.name.part", ("name", name), ("part", PhraseBook.Decapitalize(part, c)));
    }

    private string YtdText(Period month)
    {
        var year = month.Year.ToString(CultureInfo.InvariantCulture);
        if (month.LastMonth == 1)
        {
            return Fill("plan.ytd.january", ("year", year));
        }

        if (month.LastMonth == 12)
        {
            return Fill("plan.ytd.year", ("year", year));
        }

        var months = PhraseBook.Fill(PhraseOf("months.range"), new Dictionary<string, string>(StringComparer.Ordinal) { ["first"] = MonthName(1), ["last"] = MonthName(month.LastMonth) });
        return Fill("plan.ytd", ("n", month.LastMonth.ToString(CultureInfo.InvariantCulture)), ("year", year), ("months", months));
    }

    private string RestText(Period month)
    {
        var remaining = 12 - month.LastMonth;
        var key = remaining switch { 1 => "plan.rest.month", 3 => "plan.rest.quarter", 6 => "plan.rest.half", _ => "plan.rest.months" };
        return Fill(key, ("year", Year(month)), ("n", remaining.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The verb of what the rest of the year needs: one month, a quarter or a half ("needs"), or several months ("need").</summary>
    private string Needs(Period month) => Phrase(12 - month.LastMonth is 1 or 3 or 6 ? "plan.needs.one" : "plan.needs.many");

    private static string Year(Period month) => month.Year.ToString(CultureInfo.InvariantCulture);

    private string TargetText(Plan plan, Unit? unit)
        => double.IsNaN(plan.TargetValue)
            ? Fill("plan.target.growth", ("change", Change(plan.TargetGrowthPercent, 2)))
            : Fill("plan.target.value", ("amount", Amount(plan.TargetValue, unit, -1)));

    /// <summary>"tăng 5,2%", "giảm 1,3%", "không đổi"; <paramref name="decimals"/> at most (trailing zeros dropped unless the style keeps them).</summary>
    private string Change(double percent, int decimals)
    {
        decimals = Math.Clamp(decimals < 0 ? style.RateDecimals : Math.Min(decimals, style.MaxRateDecimals), 0, 6);
        var rounded = Math.Round(percent, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return PhraseOf("flat");
        }

        return $"{PhraseOf(rounded > 0 ? "up" : "down")} {ReportNumbers.Format(Math.Abs(percent), decimals, c, style.KeepTrailingZeros)}%";
    }

    private string Rate(double percent, bool signed = true)
    {
        var text = ReportNumbers.Format(percent, style.RateDecimals, c, style.KeepTrailingZeros) + "%";
        return signed && Math.Round(percent, style.RateDecimals, MidpointRounding.AwayFromZero) > 0 ? "+" + text : text;
    }

    private string Probability(double p) => ReportNumbers.Format(p * 100, 0, c) + "%";

    private string Likelihood(double p) => Phrase(PlanPhrases.LikelihoodKey(ReportNumbers.Round(p * 100, 0) / 100));

    // In the style's unit of the family, as the section's other sentences (ReportNumbers.Scaled); an interval's bounds
    // take the unit of the estimate they bound (magnitude).
    private string Amount(double value, Unit? unit, int statedDecimals, bool withUnit = true, double? magnitude = null)
    {
        var (scaled, decimals, shown) = ReportNumbers.Scaled(value, statedDecimals, unit, style, magnitude);
        // The bounds of an interval (no unit, scaled as the total) keep their zeros: "5.128,0 – 7.460,4", not "5.128 – 7.460,4".
        var number = ReportNumbers.Format(scaled, decimals, c, style.KeepTrailingZeros || !withUnit);
        if (!withUnit)
        {
            return number;
        }

        return PhraseBook.WithUnit(style, number, shown);
    }

    /// <summary>A note of the year end in the style's language, its figures in the style's numbers.</summary>
    private string NoteText(string subject, YearEndNote note)
    {
        var v = note.Values;
        string P(string name) => MonthText((Period)v[name]);
        string R(string name) => Rate((double)v[name]);
        string I(string name) => ((int)v[name]).ToString(CultureInfo.InvariantCulture);
        return note.Kind switch
        {
            YearEndNoteKind.BaseReestimated => Fill("plan.note.BaseReestimated", ("subject", subject), ("ytd", YtdText((Period)v["ytdPeriod"])), ("stated", Change((double)v["stated"], 2)), ("implied", Change((double)v["implied"], 2)), ("year", Year((Period)v["ytdPeriod"])), ("ratio", ReportNumbers.Format((double)v["ratio"], 4, c, keepTrailingZeros: true))),
            YearEndNoteKind.Gap => Fill("plan.note.Gap", ("subject", subject), ("gap", P("gap")), ("months", I("months")), ("first", P("first")), ("through", P("through"))),
            YearEndNoteKind.Shock => Fill(
                (bool)v["below"] ? "plan.note.Shock.below" : "plan.note.Shock.above",
                ("subject", subject),
                ("span", v["first"].Equals(v["last"]) ? P("first") : Fill("plan.note.span", ("first", P("first")), ("last", P("last")))),
                ("level", I("level"))),
            YearEndNoteKind.IndexFromRates => Fill("plan.note.IndexFromRates", ("subject", subject), ("base", I("base"))),
            YearEndNoteKind.IndexShortHistory => Fill("plan.note.IndexShortHistory", ("subject", subject), ("year", I("year")), ("from", I("from"))),
            YearEndNoteKind.IndexCumulativeDiffers => Fill("plan.note.IndexCumulativeDiffers", ("subject", subject), ("ytd", YtdText((Period)v["ytdPeriod"])), ("rebuilt", R("rebuilt")), ("stated", R("stated"))),
            _ => $"{subject}: {note.Text}",
        };
    }

    /// <summary>"tháng 7/2021", "July 2021".</summary>
    private string MonthText(Period month)
        => Fill("plan.months.one", ("month", month.LastMonth.ToString(CultureInfo.InvariantCulture)), ("monthName", MonthName(month.LastMonth)), ("year", Year(month)));

    private string MonthName(int month) => PhraseOf("month." + month.ToString(CultureInfo.InvariantCulture));

    private string Phrase(string key) => PlanPhrases.Template(style, key);

    private string PhraseOf(string key) => PhraseBook.Template(style, key);

    private string Fill(string key, params (string Key, string Value)[] slots)
        => PhraseBook.Fill(Phrase(key), slots.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));
}
