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
/// breakdown member's name.
/// </remarks>
public static partial class PhraseBook
{
    /// <summary>Gets the Vietnamese templates.</summary>
    public static IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["index.month"] = "{Name} {period} {comparisons}.",
        ["index.cumulative"] = "Tính chung {ytd}, {short} {comparisons}.",
        ["flow.month"] = "{Name} {period} {basis} {value}, {comparisons}.",
        ["flow.cumulative"] = "Tính chung {ytd}, {name} {basis} {value}, {comparisons}.",
        ["parts"] = "Trong đó: {items}.",
        ["part.index"] = "{Part} {yoyShort}",
        ["part.flow"] = "{Part} {value}, {yoyShort}",
        ["products.up"] = "{Ytd}, các sản phẩm công nghiệp chủ yếu có tốc độ tăng cao so với cùng kỳ năm trước: {items}",
        ["products.down"] = "Tuy nhiên một số sản phẩm giảm mạnh như: {items}",
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
        ["value"] = "đạt {amount}",
        ["up"] = "tăng",
        ["down"] = "giảm",
        ["flat"] = "không đổi",
        ["and"] = " và ",
        ["previousMonth"] = "so với tháng trước",
        ["samePeriod.plain"] = "so với cùng kỳ",
        ["samePeriod.named"] = "so với cùng kỳ năm {lastYear}",
        ["samePeriod.lastYear"] = "so với cùng kỳ năm trước",
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
    }.ToFrozenDictionary();

    /// <summary>Gets the English templates.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["index.month"] = "The {name} for {period} was {comparisons}.",
        ["index.cumulative"] = "Over {ytd}, {short} was {comparisons}.",
        ["flow.month"] = "{Name} {basis} reached {value} in {period}, {comparisons}.",
        ["flow.cumulative"] = "Over {ytd}, {short} reached {value}, {comparisons}.",
        ["parts"] = "{Lead}: {items}.",
        ["part.index"] = "{part} {signed}",
        ["part.flow"] = "{part} {amount} ({signed})",
        ["products.up"] = "Among the main industrial products, output in {ytd} grew fastest for {items}",
        ["products.down"] = "while it fell sharply for {items}",
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
        ["value"] = "{amount}",
        ["up"] = "up",
        ["down"] = "down",
        ["flat"] = "unchanged",
        ["and"] = " and ",
        ["previousMonth"] = "on the previous month",
        ["samePeriod.plain"] = "year on year",
        ["samePeriod.named"] = "on {samePeriod}",
        ["samePeriod.lastYear"] = "on a year earlier",
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
        return s.Replace(",,", ",", StringComparison.Ordinal).Replace("()", string.Empty, StringComparison.Ordinal).Trim();
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
