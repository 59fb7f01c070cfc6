using System.Collections.Frozen;

namespace Analytics.Narrative;

/// <summary>
/// The templates of the plan section ("Ước thực hiện cả năm và khả năng hoàn thành kế hoạch"), per language, in the
/// style of <see cref="PhraseBook"/>: slots in braces, a slot with nothing to say left empty and the punctuation tidied;
/// any template can be overridden by key in <see cref="NarrativeStyle.Phrases"/>.
/// </summary>
/// <remarks>
/// Slots: <c>{ytd}</c> the months known ("9 tháng đầu năm 2023"), <c>{over}</c> the sentence's lead on them ("Tính chung 9 tháng đầu năm 2023", "Tháng 1/2024"), <c>{name}</c>/<c>{Name}</c> the indicator's short
/// name, <c>{value}</c> the months' value clause ("ước đạt 2.032 triệu USD"), <c>{attainment}</c> the share of the plan
/// ("67,7%"), <c>{target}</c> the plan ("tăng 6%", "3.000 triệu USD"), <c>{rest}</c> the months remaining ("quý IV/2023",
/// "6 tháng cuối năm", "các tháng còn lại"), <c>{amount}</c> a value, <c>{change}</c> a change ("tăng 5,2%"),
/// <c>{samePeriod}</c> "so với cùng kỳ", <c>{year}</c>, <c>{total}</c>, <c>{lower}</c>, <c>{upper}</c> the estimate and its
/// 80% interval, <c>{likelihood}</c> the probability in words (<see cref="LikelihoodKey"/>), <c>{probability}</c> in
/// figures ("82%"), <c>{relation}</c> "cao hơn"/"thấp hơn"/"bằng", <c>{items}</c> the indicators joined, <c>{months}</c>
/// the months of monthly figures there are when the year end cannot be estimated ("tháng 9/2023", from
/// <c>plan.months.one</c> or <c>plan.months.many</c>).
/// </remarks>
public static class PlanPhrases
{
    /// <summary>Gets the Vietnamese templates.</summary>
    public static IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["plan.heading"] = "II. Ước thực hiện cả năm và khả năng hoàn thành kế hoạch",
        ["plan.heading.year"] = "II. Kết quả thực hiện kế hoạch năm",
        ["plan.attainment.index.year"] = "{over}, {name} {change} so với năm trước, {relation} mục tiêu kế hoạch năm ({target}).",
        ["plan.met.year"] = "{Name} đã hoàn thành kế hoạch năm ({target}).",
        ["plan.attainment"] = "{over}, {name} {value}, bằng {attainment} kế hoạch năm.",
        ["plan.attainment.noTarget"] = "{over}, {name} {value}, {change} so với cùng kỳ.",
        ["plan.attainment.index"] = "{over}, {name} {change} so với cùng kỳ, {relation} mục tiêu kế hoạch năm ({target}).",
        ["plan.met"] = "{Name} đã hoàn thành kế hoạch năm ({target}).",
        ["plan.required"] = "Để hoàn thành kế hoạch năm ({target}), {rest} {needs} {amount}, {change} {samePeriod}.",
        ["plan.required.noBase"] = "Để hoàn thành kế hoạch năm ({target}), {rest} {needs} {amount}.",
        ["plan.required.index"] = "Để hoàn thành kế hoạch năm ({target}), {name} {rest} cần {change} {samePeriod}.",
        ["plan.estimate"] = "Ước cả năm {year}, {name} đạt {total} (khoảng tin cậy 80%: {lower} – {upper}), {change} so với năm trước; khả năng hoàn thành kế hoạch {likelihood} ({probability}).",
        ["plan.estimate.index"] = "Ước cả năm {year}, {name} {change} so với năm trước (khoảng tin cậy 80%: {lower} – {upper}); khả năng hoàn thành kế hoạch {likelihood} ({probability}).",
        ["plan.short"] = "Tăng trưởng {items} còn thấp so với mục tiêu kế hoạch năm.",
        ["plan.missed"] = "{Items} không đạt kế hoạch năm.",
        ["plan.shortExpected"] = "Tăng trưởng {items} đến nay đạt mục tiêu, nhưng theo ước tính cả năm có thể chưa đạt kế hoạch năm.",
        ["plan.exceed"] = "{Items} dự kiến vượt kế hoạch năm.",
        ["plan.exceeded"] = "{Items} đã vượt kế hoạch năm.",
        ["plan.target.growth"] = "{change}",
        ["plan.target.value"] = "{amount}",
        ["plan.samePeriod"] = "so với cùng kỳ",
        ["plan.rest.month"] = "tháng 12/{year}",
        ["plan.rest.quarter"] = "quý IV/{year}",
        ["plan.rest.half"] = "6 tháng cuối năm",
        ["plan.rest.months"] = "{n} tháng còn lại",
        ["plan.needs.one"] = "cần đạt",
        ["plan.needs.many"] = "cần đạt",
        ["plan.over"] = "Tính chung {ytd}",
        ["plan.over.january"] = "Tháng 1/{year}",
        ["plan.over.year"] = "Tính chung cả năm {year}",
        ["plan.ytd"] = "{n} tháng đầu năm {year}",
        ["plan.ytd.january"] = "tháng 1/{year}",
        ["plan.ytd.year"] = "cả năm {year}",
        ["plan.higher"] = "cao hơn",
        ["plan.lower"] = "thấp hơn",
        ["plan.equal"] = "bằng",
        ["plan.likelihood.certain"] = "gần như chắc chắn",
        ["plan.likelihood.high"] = "cao",
        ["plan.likelihood.even"] = "khá",
        ["plan.likelihood.low"] = "thấp",
        ["plan.likelihood.veryLow"] = "rất thấp",
        ["plan.likelihood.none"] = "gần như không còn",
        ["plan.and"] = ", ",
        ["plan.andLast"] = " và ",
        ["plan.noEstimate.short"] = "Chưa ước được thực hiện cả năm và khả năng hoàn thành kế hoạch của {items}: mới có số liệu {months}, chưa đủ để dự báo các tháng còn lại.",
        ["plan.noEstimate"] = "Chưa ước được thực hiện cả năm của {items} từ số liệu đã công bố (xem phần ghi chú).",
        ["plan.months.one"] = "tháng {month}/{year}",
        ["plan.months.many"] = "{n} tháng (tháng {firstMonth}/{firstYear} – tháng {month}/{year})",
        ["plan.name.part"] = "{name} {part}",
        ["plan.note.noEstimate"] = "{subject}, {month}: không ước được cả năm ({reason}); đoạn kế hoạch chỉ nêu những gì số liệu đã công bố cho phép.",
        ["plan.note.indexValue"] = "{subject}: kế hoạch của một chỉ số phải là tốc độ tăng, không phải một giá trị; bỏ qua.",
        ["plan.note.noGrowth"] = "{subject}, {ytdPeriod}: không có tốc độ tăng lũy kế để so với kế hoạch.",
        ["plan.note.noValue"] = "{subject}, {ytdPeriod}: không có giá trị lũy kế để so với kế hoạch.",
        ["plan.note.growthOnly"] = "{subject}: kế hoạch là tốc độ tăng mà số liệu không có tổng năm trước, nên không tính được tỷ lệ so với kế hoạch; chỉ so sánh tốc độ tăng.",
        ["plan.note.noBase"] = "{subject}: không có số liệu cùng kỳ của các tháng còn lại, nên câu văn không nêu tốc độ tăng cần đạt.",
        ["plan.note.BaseReestimated"] = "{subject}: số liệu năm trước đã được ước tính lại: {ytd} được công bố {stated} so với cùng kỳ, trong khi tính từ giá trị so với số liệu năm trước đã công bố là {implied}; tổng năm trước và các tháng trước năm {year} được tính theo số liệu mới (bằng {ratio} lần số đã công bố).",
        ["plan.note.Gap"] = "{subject}: thiếu số liệu {gap}; các tháng còn lại được dự báo từ {months} tháng liên tục ({first} – {through}).",
        ["plan.note.Shock.below"] = "{subject}: số liệu {span} thấp hơn cận dưới khoảng tin cậy {level}% của dự báo lập trước đó (một cú sốc); ước tính coi khả năng cú sốc kéo dài đến cuối năm và khả năng nó qua đi là ngang nhau, khoảng tin cậy bao gồm cả hai.",
        ["plan.note.Shock.above"] = "{subject}: số liệu {span} cao hơn cận trên khoảng tin cậy {level}% của dự báo lập trước đó (một cú sốc); ước tính coi khả năng cú sốc kéo dài đến cuối năm và khả năng nó qua đi là ngang nhau, khoảng tin cậy bao gồm cả hai.",
        ["plan.note.IndexFromRates"] = "{subject} là chỉ số công bố dưới dạng tốc độ: mức chỉ số được dựng lại từ các tốc độ (tháng 1/{base} = 100); tốc độ tăng cả năm là tỷ số giữa tổng các mức của năm nay và của năm trước.",
        ["plan.note.IndexShortHistory"] = "{subject}: thiếu tốc độ so với cùng kỳ của năm {year}; chỉ số chỉ được dự báo từ năm {from}.",
        ["plan.note.IndexCumulativeDiffers"] = "{subject}: tốc độ lũy kế {ytd} dựng lại từ các tốc độ tháng ({rebuilt}) khác với số công bố ({stated}); mức chỉ số năm nay được điều chỉnh theo số công bố.",
        ["plan.note.span"] = "{first} – {last}",
    }.ToFrozenDictionary();

    /// <summary>Gets the English templates.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["plan.heading"] = "II. Full-year outlook and the annual plan",
        ["plan.heading.year"] = "II. The annual plan: the year's outcome",
        ["plan.attainment.index.year"] = "{over}, {name} was {change} on the previous year, {relation} the annual plan's target ({target}).",
        ["plan.met.year"] = "The annual plan ({target}) was met for {name}.",
        ["plan.attainment"] = "{over}, {name} reached {value}, {attainment} of the annual plan.",
        ["plan.attainment.noTarget"] = "{over}, {name} reached {value}, {change} year on year.",
        ["plan.attainment.index"] = "{over}, {name} was {change} year on year, {relation} the annual plan's target ({target}).",
        ["plan.met"] = "The annual plan ({target}) has already been met for {name}.",
        ["plan.required"] = "To meet the annual plan ({target}), {rest} {needs} {amount}, {change} {samePeriod}.",
        ["plan.required.noBase"] = "To meet the annual plan ({target}), {rest} {needs} {amount}.",
        ["plan.required.index"] = "To meet the annual plan ({target}), {name} must be {change} {samePeriod} in {rest}.",
        ["plan.estimate"] = "For the whole of {year}, the estimate of {name} is {total} (80% interval: {lower} – {upper}), {change} on last year; the plan is {likelihood} to be met ({probability}).",
        ["plan.estimate.index"] = "For the whole of {year}, the estimate of {name} is {change} on last year (80% interval: {lower} – {upper}); the plan is {likelihood} to be met ({probability}).",
        ["plan.short"] = "Growth of {items} is still below the annual plan's target.",
        ["plan.missed"] = "{Items} fell short of the annual plan.",
        ["plan.shortExpected"] = "Growth of {items} is on target so far, but the year's estimate may fall short of the annual plan.",
        ["plan.exceed"] = "The annual plan is expected to be exceeded for {items}.",
        ["plan.exceeded"] = "The annual plan has already been exceeded for {items}.",
        ["plan.target.growth"] = "{change}",
        ["plan.target.value"] = "{amount}",
        ["plan.samePeriod"] = "year on year",
        ["plan.rest.month"] = "December {year}",
        ["plan.rest.quarter"] = "the fourth quarter of {year}",
        ["plan.rest.half"] = "the second half of the year",
        ["plan.rest.months"] = "the remaining {n} months",
        ["plan.needs.one"] = "needs",
        ["plan.needs.many"] = "need",
        ["plan.over"] = "Over {ytd}",
        ["plan.over.january"] = "In January {year}",
        ["plan.over.year"] = "For {year} as a whole",
        ["plan.ytd"] = "{months} {year}",
        ["plan.ytd.january"] = "January {year}",
        ["plan.ytd.year"] = "the whole of {year}",
        ["plan.higher"] = "above",
        ["plan.lower"] = "below",
        ["plan.equal"] = "level with",
        ["plan.likelihood.certain"] = "all but certain",
        ["plan.likelihood.high"] = "likely",
        ["plan.likelihood.even"] = "more likely than not",
        ["plan.likelihood.low"] = "unlikely",
        ["plan.likelihood.veryLow"] = "very unlikely",
        ["plan.likelihood.none"] = "almost certain not",
        ["plan.and"] = ", ",
        ["plan.andLast"] = " and ",
        ["plan.noEstimate.short"] = "The full-year outcome for {items}, and the chance of meeting the plan, cannot be estimated yet: the monthly figures cover only {months}, too few to forecast the remaining months.",
        ["plan.noEstimate"] = "The full-year outcome for {items} cannot be estimated from the published figures (see the notes).",
        ["plan.months.one"] = "{monthName} {year}",
        ["plan.months.many"] = "{n} months ({firstMonthName} {firstYear} – {monthName} {year})",
        ["plan.name.part"] = "{name} ({part})",
        ["plan.note.noEstimate"] = "{subject}, {month}: the year end cannot be estimated ({reason}); the plan paragraph says only what the published figures allow.",
        ["plan.note.indexValue"] = "{subject}: the plan of an index must be a growth rate, not a value; it is left out.",
        ["plan.note.noGrowth"] = "{subject}, {ytdPeriod}: no cumulative growth to set against the plan.",
        ["plan.note.noValue"] = "{subject}, {ytdPeriod}: no cumulative value to set against the plan.",
        ["plan.note.growthOnly"] = "{subject}: the plan is a growth rate and the data has no total for last year, so the share of the plan cannot be computed; only the growth is compared.",
        ["plan.note.noBase"] = "{subject}: last year's figures for the remaining months are missing, so the growth they need is left out.",
        ["plan.note.BaseReestimated"] = "{subject}: last year's figures were re-estimated: {ytd} is published as {stated} year on year, while its value against last year's published figure is {implied}; last year's total and the months before {year} are taken on the new base ({ratio} times the published figures).",
        ["plan.note.Gap"] = "{subject}: {gap} is missing; the remaining months are forecast from the {months} unbroken months {first} – {through}.",
        ["plan.note.Shock.below"] = "{subject}: {span} fell below the {level}% interval of the forecast made before (a shock); the estimate weighs equally that the shock lasts for the rest of the year and that it passes, and its interval covers both.",
        ["plan.note.Shock.above"] = "{subject}: {span} rose above the {level}% interval of the forecast made before (a shock); the estimate weighs equally that the shock lasts for the rest of the year and that it passes, and its interval covers both.",
        ["plan.note.IndexFromRates"] = "{subject} is an index published as rates: its levels are rebuilt from them (January {base} = 100), and the year's growth is the ratio of the sums of this year's and last year's levels.",
        ["plan.note.IndexShortHistory"] = "{subject}: a year-on-year rate of {year} is missing, so the index is forecast from {from} on only.",
        ["plan.note.IndexCumulativeDiffers"] = "{subject}: the cumulative growth over {ytd} rebuilt from the monthly rates ({rebuilt}) differs from the published one ({stated}); this year's levels are scaled to the published figure.",
        ["plan.note.span"] = "{first} – {last}",
    }.ToFrozenDictionary();

    /// <summary>The template of a key in a style: the style's own, else the plan book of its language (English for a language added as data), else the <see cref="PhraseBook"/>'s.</summary>
    internal static string Template(NarrativeStyle style, string key)
        => style.Phrases.TryGetValue(key, out var custom) ? custom
            : (style.IsVietnamese ? Vietnamese : English).TryGetValue(key, out var t) ? t : PhraseBook.Template(style, key);

    /// <summary>
    /// The band of a probability of meeting the plan, as the key of its words: from 0,95 "gần như chắc chắn" (all but
    /// certain), from 0,75 "cao" (likely), from 0,5 "khá" (more likely than not), from 0,25 "thấp" (unlikely), from 0,05
    /// "rất thấp" (very unlikely), below 0,05 "gần như không còn" (almost certain not to be met).
    /// </summary>
    /// <param name="probability">The probability, 0–1.</param>
    /// <returns>The template key, e.g. <c>plan.likelihood.high</c>.</returns>
    public static string LikelihoodKey(double probability) => probability switch
    {
        >= 0.95 => "plan.likelihood.certain",
        >= 0.75 => "plan.likelihood.high",
        >= 0.5 => "plan.likelihood.even",
        >= 0.25 => "plan.likelihood.low",
        >= 0.05 => "plan.likelihood.veryLow",
        _ => "plan.likelihood.none",
    };
}
