using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Narrative;

/// <summary>
/// The phrase templates sentences are built from, per language. A template names its slots in braces
/// (<c>{Name} {period} {comparisons}.</c>); a slot with nothing to say is left empty and the punctuation around it
/// tidied, so that a comparison without a base simply drops out of the sentence. Override any template by key in
/// <see cref="NarrativeStyle.Phrases"/>.
/// </summary>
/// <remarks>
/// Slots: <c>{Name}</c>/<c>{name}</c> the indicator's name (capitalised or not), <c>{short}</c> its short name,
/// <c>{period}</c>/<c>{Period}</c> the month, <c>{ytd}</c> the cumulative period, <c>{basis}</c> the price basis,
/// <c>{value}</c> the value clause ("ước đạt 8.321 tỷ đồng"), <c>{amount}</c> the bare value ("8.321 tỷ đồng"),
/// <c>{comparisons}</c> the comparisons joined ("giảm 2,8% so với tháng trước và tăng 5% so với cùng kỳ năm 2022"),
/// <c>{yoyShort}</c> the year-on-year change without its phrase, <c>{signed}</c> the signed rate, <c>{share}</c> the
/// share clause, <c>{items}</c> a joined list, <c>{flow}</c> "xuất khẩu"/"nhập khẩu", <c>{Part}</c>/<c>{part}</c> a
/// breakdown member's name, <c>{status}</c> the status word of an index ("ước tính"), <c>{ytdShort}</c> the short
/// cumulative period ("9 tháng năm 2024").
/// <para>
/// Cases: a key followed by a case is used where the book (or the style) has it, the general key otherwise. By number
/// of months from January: <c>ytd.1</c> (January is "tháng 1/2024", not "1 tháng đầu năm"), <c>ytd.3</c>
/// ("quý I/2024"), <c>ytd.12</c> ("cả năm 2024"), and the same for <c>ytd.noYear</c> and <c>ytd.short</c>. By
/// indicator code: <c>index.cumulative.CPI</c> ("Bình quân 9 tháng năm 2024", a price index's cumulative is an
/// average). By status: <c>value.estimate</c> ("ước đạt"), <c>value.preliminary</c> ("sơ bộ đạt"),
/// <c>value.official</c> ("đạt"), <c>status.index.estimate</c> ("ước tính"). A whole year is compared with the year
/// before: <c>samePeriod.named.year</c> ("so với năm 2023"). Periods: <c>period.month</c> ("tháng {m}/{year}"),
/// <c>period.quarter</c> ("quý {Q}/{year}", or "quý {Q} năm {year}"), <c>period.year</c>.
/// </para>
/// <para>
/// Judgement: <c>products.up</c> ("tăng cao") and <c>products.down</c> ("giảm mạnh") hold only the products past
/// <see cref="NarrativeStyle.StrongRise"/> and <see cref="NarrativeStyle.StrongFall"/>; the others go to
/// <c>products.upMild</c> and <c>products.downMild</c> (<c>.after</c> when they follow the strong list). With
/// <see cref="NarrativeStyle.MaxItems"/>, a list ends with <c>list.more</c> and <c>note.leftOut</c> says how many it left out.
/// </para>
/// </remarks>
public static partial class PhraseBook
{
    /// <summary>Gets the Vietnamese templates.</summary>
    public static IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["index.month"] = "{Name} {period} {status} {comparisons}.",
        ["index.cumulative"] = "Tính chung {ytd}, {short} {status} {comparisons}.",
        ["index.cumulative.CPI"] = "Bình quân {ytdShort}, {short} {comparisons}.",
        ["flow.month"] = "{Name} {period} {basis} {value}, {comparisons}.",
        ["flow.cumulative"] = "Tính chung {ytd}, {name} {basis} {value}, {comparisons}.",
        ["parts"] = "Trong đó: {items}.",
        ["part.index"] = "{Part} {yoyShort}",
        ["part.flow"] = "{Part} {value}, {yoyShort}",
        ["products.up"] = "{Ytd}, các sản phẩm công nghiệp chủ yếu có tốc độ tăng cao so với cùng kỳ năm trước: {items}",
        ["products.down"] = "Tuy nhiên một số sản phẩm giảm mạnh như: {items}",
        ["products.upMild"] = "{Ytd}, các sản phẩm công nghiệp chủ yếu tăng so với cùng kỳ năm trước: {items}",
        ["products.upMild.after"] = "Các sản phẩm khác tăng: {items}",
        ["products.downMild"] = "Một số sản phẩm giảm: {items}",
        ["products.downMild.after"] = "Các sản phẩm khác giảm: {items}",
        ["list.more"] = "; …",
        ["note.leftOut"] = "{subject}, {period}: câu văn nêu {shown} {noun} {rank}, không nêu {left} {noun} còn lại.",
        ["noun.product"] = "sản phẩm",
        ["noun.commodity"] = "mặt hàng",
        ["rank.rise"] = "tăng nhanh nhất",
        ["rank.fall"] = "giảm mạnh nhất",
        ["rank.largest"] = "có giá trị lớn nhất",
        ["product.item"] = "{Part} ({signed})",
        ["product.multiple"] = "{Part} {multiple}",
        ["trade.month"] = "{Period}, {items}.",
        ["trade.cumulative"] = "Tính chung {ytd}, {items}.",
        ["trade.item"] = "{name} {value}, {comparisons}",
        ["commodities"] = "Các mặt hàng {flow} chủ yếu là: {items}.",
        ["commodity.item"] = "{part} ({amount}, {yoyShort})",
        ["markets"] = "Theo thị trường {flow} hàng hóa {ytdShort}, {items}.",
        ["market.first"] = "{Part} là thị trường {flow} lớn nhất của tỉnh đạt {amount} {share}, {comparisons}{children}",
        ["market.next"] = "{Part} đạt {amount} {share}, {yoyShort}",
        ["market.then"] = "tiếp đến là ",
        ["market.child"] = "{Part} {amount}, {yoyShort}",
        ["market.child.noValue"] = "{Part} {yoyShort}",
        ["share"] = "(chiếm {share})",
        ["value.estimate"] = "ước đạt {amount}",
        ["value.preliminary"] = "sơ bộ đạt {amount}",
        ["value.official"] = "đạt {amount}",
        ["value"] = "đạt {amount}",
        ["status.index"] = string.Empty,
        ["status.index.estimate"] = "ước tính",
        ["status.index.preliminary"] = "sơ bộ",
        ["up"] = "tăng",
        ["down"] = "giảm",
        ["flat"] = "không đổi",
        ["and"] = " và ",
        ["previousMonth"] = "so với tháng trước",
        ["previousQuarter"] = "so với quý trước",
        ["samePeriod.plain"] = "so với cùng kỳ",
        ["samePeriod.named"] = "so với cùng kỳ năm {lastYear}",
        ["samePeriod.lastYear"] = "so với cùng kỳ năm trước",
        ["samePeriod.plain.year"] = "so với năm trước",
        ["samePeriod.named.year"] = "so với năm {lastYear}",
        ["samePeriod.lastYear.year"] = "so với năm trước",
        ["basis.Constant2010"] = "(giá so sánh 2010)",
        ["basis.Constant2015"] = "(giá so sánh 2015)",
        ["basis.Current"] = string.Empty,
        ["multiple.increase"] = "tăng {n} lần",
        ["multiple.increase.bound"] = "tăng hơn {n} lần",
        ["multiple.ratioTang"] = "tăng {n} lần",
        ["multiple.ratioTang.bound"] = "tăng hơn {n} lần",
        ["multiple.ratioGap"] = "gấp {n} lần",
        ["multiple.ratioGap.bound"] = "gấp hơn {n} lần",
        ["bound.greater"] = "tăng trên {rate}",
        ["bound.less"] = "dưới {rate}",
        ["flow.export"] = "xuất khẩu",
        ["flow.import"] = "nhập khẩu",
        ["unit.missing"] = "(chưa rõ đơn vị tính)",
        ["ytd"] = "{n} tháng đầu năm {year}",
        ["ytd.noYear"] = "{n} tháng đầu năm",
        ["ytd.short"] = "{n} tháng năm {year}",
        ["ytd.1"] = "tháng 1/{year}",
        ["ytd.noYear.1"] = "tháng 1",
        ["ytd.short.1"] = "tháng 1/{year}",
        ["ytd.3"] = "quý I/{year}",
        ["ytd.noYear.3"] = "quý I",
        ["ytd.short.3"] = "quý I/{year}",
        ["ytd.12"] = "cả năm {year}",
        ["ytd.noYear.12"] = "cả năm",
        ["ytd.short.12"] = "năm {year}",
        ["period.month"] = "tháng {m}/{year}",
        ["period.quarter"] = "quý {Q}/{year}",
        ["period.year"] = "năm {year}",
        ["products.join"] = ". ",
        ["omission"] = "{subject}, {period}: câu văn không nêu mức tăng/giảm {comparison} vì {reason}.",
        ["omission.samePeriod"] = "so với cùng kỳ",
        ["note.noData"] = "Dữ liệu không có số liệu cho {period}; kỳ gần nhất có số liệu là {latest}. Hãy chọn kỳ khác (--period).",
        ["note.none"] = "không có",
    }.ToFrozenDictionary();

    /// <summary>Gets the English templates.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["index.month"] = "The {name} for {period} {status} {comparisons}.",
        ["index.cumulative"] = "Over {ytd}, {short} {status} {comparisons}.",
        ["index.cumulative.CPI"] = "On average in {ytdShort}, {short} was {comparisons}.",
        ["flow.month"] = "{Name} {basis} reached {value} in {period}, {comparisons}.",
        ["flow.cumulative"] = "Over {ytd}, {short} reached {value}, {comparisons}.",
        ["parts"] = "{Lead}: {items}.",
        ["part.index"] = "{part} {signed}",
        ["part.flow"] = "{part} {amount} ({signed})",
        ["products.up"] = "Among the main industrial products, output in {ytd} grew fastest for {items}",
        ["products.down"] = "while it fell sharply for {items}",
        ["products.upMild"] = "Among the main industrial products, output in {ytd} rose for {items}",
        ["products.upMild.after"] = "it also rose for {items}",
        ["products.downMild"] = "it fell for {items}",
        ["products.downMild.after"] = "and less so for {items}",
        ["list.more"] = "; …",
        ["note.leftOut"] = "{subject}, {period}: the text names the {shown} {rank} {noun} and leaves out the other {left}.",
        ["noun.product"] = "products",
        ["noun.commodity"] = "items",
        ["rank.rise"] = "fastest growing",
        ["rank.fall"] = "fastest falling",
        ["rank.largest"] = "largest",
        ["product.item"] = "{part} ({signed})",
        ["product.multiple"] = "{part} ({multiple})",
        ["trade.month"] = "In {period}, {items}.",
        ["trade.cumulative"] = "Over {ytd}, {items}.",
        ["trade.item"] = "{short} reached {value}, {comparisons}",
        ["commodities"] = "The main {flow} items were {items}.",
        ["commodity.item"] = "{part} ({amount}, {signed})",
        ["markets"] = "By market, {items}.",
        ["market.first"] = "{Part} was the province's largest {flow} market in {ytd} at {amount} {share}, {comparisons}{children}",
        ["market.next"] = "{part} at {amount} {share}, {signed}",
        ["market.then"] = "followed by ",
        ["market.child"] = "{Part} {amount}, {signed}",
        ["market.child.noValue"] = "{Part} {signed}",
        ["share"] = "({share} of the total)",
        ["value.estimate"] = "an estimated {amount}",
        ["value.preliminary"] = "a preliminary {amount}",
        ["value.official"] = "{amount}",
        ["value"] = "{amount}",
        ["status.index"] = "was",
        ["status.index.estimate"] = "was estimated",
        ["status.index.preliminary"] = "was provisionally",
        ["up"] = "up",
        ["down"] = "down",
        ["flat"] = "unchanged",
        ["and"] = " and ",
        ["previousMonth"] = "on the previous month",
        ["previousQuarter"] = "on the previous quarter",
        ["samePeriod.plain"] = "year on year",
        ["samePeriod.named"] = "on {samePeriod}",
        ["samePeriod.lastYear"] = "on a year earlier",
        ["samePeriod.plain.year"] = "on the previous year",
        ["samePeriod.named.year"] = "on {lastYear}",
        ["samePeriod.lastYear.year"] = "on the previous year",
        ["basis.Constant2010"] = "(at constant 2010 prices)",
        ["basis.Constant2015"] = "(at constant 2015 prices)",
        ["basis.Current"] = string.Empty,
        ["multiple.increase"] = "{ratio} times its level a year earlier",
        ["multiple.increase.bound"] = "more than doubled",
        ["multiple.ratioTang"] = "{ratio} times its level a year earlier",
        ["multiple.ratioTang.bound"] = "more than doubled",
        ["multiple.ratioGap"] = "{ratio} times its level a year earlier",
        ["multiple.ratioGap.bound"] = "more than doubled",
        ["bound.greater"] = "up more than {rate}",
        ["bound.less"] = "less than {rate}",
        ["flow.export"] = "export",
        ["flow.import"] = "import",
        ["unit.missing"] = "(unit not given)",
        ["ytd"] = "{months} {year}",
        ["ytd.noYear"] = "{months}",
        ["ytd.short"] = "{months} {year}",
        ["ytd.3"] = "the first quarter of {year}",
        ["ytd.noYear.3"] = "the first quarter",
        ["ytd.short.3"] = "Q1 {year}",
        ["ytd.12"] = "{year} as a whole",
        ["ytd.noYear.12"] = "the year as a whole",
        ["ytd.short.12"] = "{year}",
        ["period.month"] = "{month} {year}",
        ["period.quarter"] = "Q{q} {year}",
        ["period.year"] = "{year}",
        ["products.join"] = "; ",
        ["omission"] = "{subject}, {period}: the change {comparison} is left out: {reason}.",
        ["omission.samePeriod"] = "on a year earlier",
        ["note.noData"] = "The data has no figures for {period}; the latest period it covers is {latest}. Choose another period (--period).",
        ["note.none"] = "none",
    }.ToFrozenDictionary();

    /// <summary>Fills a template's slots and tidies what empty slots leave behind.</summary>
    /// <param name="template">The template.</param>
    /// <param name="slots">The slot values; a slot not given is empty.</param>
    /// <returns>The text.</returns>
    public static string Fill(string template, IReadOnlyDictionary<string, string> slots)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(slots);
        var filled = SlotPattern().Replace(template, m => slots.TryGetValue(m.Groups[1].Value, out var v) ? v : string.Empty);
        return Tidy(filled);
    }

    internal static string Tidy(string text)
    {
        var s = MultiSpace().Replace(text, " ");
        s = s.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal)
            .Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);
        s = DanglingComma().Replace(s, "$1");
        return s.Replace(",,", ",", StringComparison.Ordinal).Replace("()", string.Empty, StringComparison.Ordinal).Replace("….", "…", StringComparison.Ordinal).Trim();
    }

    /// <summary>Capitalises the first letter, in the given culture's rules.</summary>
    /// <param name="text">The text.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text with a capital first letter.</returns>
    public static string Capitalize(string text, System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.IsNullOrEmpty(text) ? text ?? string.Empty : char.ToUpper(text[0], culture) + text[1..];
    }

    /// <summary>Lower-cases the first letter unless the word is an acronym ("IIP").</summary>
    /// <param name="text">The text.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text with a small first letter.</returns>
    public static string Decapitalize(string text, System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrEmpty(text) || (text.Length > 1 && char.IsUpper(text[1])))
        {
            return text ?? string.Empty;
        }

        var sb = new StringBuilder(text);
        sb[0] = char.ToLower(text[0], culture);
        return sb.ToString();
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@",\s*([.;)])")]
    private static partial Regex DanglingComma();
}
