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
/// average; the same for the gold and US dollar price indices and core inflation), <c>index.average.CPI</c> (a quarter or a year of a price index reported on its own: "CPI bình quân quý
/// II/2024"). By status: <c>value.estimate</c> ("ước đạt"), <c>value.preliminary</c> ("sơ bộ đạt"),
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
/// <para>
/// Language: the book is all a language is. <c>names</c> says which of the catalogue's and glossary's names it reads
/// (<c>vi</c>, <c>en</c>); <c>month.1</c>…<c>month.12</c> and <c>months.range</c> name months, <c>remark</c> says whether a
/// source's Vietnamese remark follows a figure, <c>amount</c>/<c>amount.money</c> place the unit. A language added as
/// data (<see cref="NarrativeStyle.Language"/> other than vi or en) gives its templates in <see cref="NarrativeStyle.Phrases"/>
/// with its names under <c>indicator.CODE</c>, <c>indicator.CODE.short</c>, <c>member.NAME</c>, <c>unit.SYMBOL</c> and
/// <c>scale.X</c>; what it leaves out is read from the English book, a borrowed name noted by <c>note.borrowedName</c>.
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
        ["index.average.CPI"] = "{Name} bình quân {period} {comparisons}.",
        ["index.cumulative.GOLD_PRICE_INDEX"] = "Bình quân {ytdShort}, {short} {comparisons}.",
        ["index.average.GOLD_PRICE_INDEX"] = "{Name} bình quân {period} {comparisons}.",
        ["index.cumulative.USD_PRICE_INDEX"] = "Bình quân {ytdShort}, {short} {comparisons}.",
        ["index.average.USD_PRICE_INDEX"] = "{Name} bình quân {period} {comparisons}.",
        ["index.cumulative.CORE_INFLATION"] = "Bình quân {ytdShort}, {short} {comparisons}.",
        ["index.average.CORE_INFLATION"] = "{Name} bình quân {period} {comparisons}.",
        ["flow.month"] = "{Name} {period} {basis} {value}, {comparisons}.",
        ["flow.cumulative"] = "Tính chung {ytd}, {name} {basis} {value}, {comparisons}.",
        ["parts"] = "Trong đó: {items}.",
        ["part.index"] = "{Part} {yoyShort}",
        ["part.flow"] = "{Part} {value}, {yoyShort}",
        ["part.index.month"] = "{Part} {comparisons}",
        ["part.flow.month"] = "{Part} {value}, {comparisons}",
        ["part.case"] = "asWritten",
        ["part.index.of"] = "{partLower} {yoyShort}",
        ["part.flow.of"] = "{partLower} {value}, {yoyShort}",
        ["part.index.month.of"] = "{partLower} {comparisons}",
        ["part.flow.month.of"] = "{partLower} {value}, {comparisons}",
        ["parts.lead"] = "Trong đó",
        ["parts.of.month"] = "{Period}, {short} của {items}.",
        ["parts.of.cumulative"] = "Tính chung {ytd}, {short} của {items}.",
        ["dimension"] = "thành phần",
        ["dimension.sector"] = "ngành",
        ["dimension.component"] = "thành phần",
        ["dimension.ownership"] = "khu vực kinh tế",
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
        ["commodities.period"] = "{Ytd}, các mặt hàng {flow} chủ yếu là: {items}.",
        ["parts.children"] = " (trong đó {items})",
        ["commodity.item"] = "{part} ({amount}, {yoyShort})",
        ["markets"] = "Theo thị trường {flow} hàng hóa {ytdShort}, {items}.",
        ["market.first"] = "{Part} là thị trường {flow} lớn nhất của tỉnh đạt {amount} {share}, {comparisons}{children}",
        ["market.next"] = "{Part} đạt {amount} {share}, {yoyShort}{children}",
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
        ["flow.EXPORT_VOLUME"] = "xuất khẩu",
        ["flow.IMPORT_VOLUME"] = "nhập khẩu",
        ["unit.missing"] = "(chưa rõ đơn vị tính)",
        ["amount"] = "{number} {unit}",
        ["amount.money"] = "{number} {unit}",
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
        ["note.borrowedName"] = "Sổ từ ngữ của ngôn ngữ {language} không có tên \"{key}\"; câu văn dùng tên \"{name}\".",
        ["names"] = "vi",
        ["remark"] = "{text} {remark}",
        ["samePeriod.span"] = "cùng kỳ năm {year}",

        // The consistency audit's findings (AuditNarrator). Slots: {Subject} the indicator (and the member checked),
        // {period}, {parts} "4 ngành", {dimension}, {count}, {present}, {sum}, {total}, {diff}, {signedDiff},
        // {direction}, {tol}, {coverage}, {missing}, {without}, {part}, {partValue}, {share}, {stated}, {growth},
        // {computed}, {points}, {base}, {partRate}, {month}, {monthValue}, {comparison}, {release}.
        ["audit.line"] = "{severity}: {text}",
        ["audit.severity.Info"] = "Thông tin",
        ["audit.severity.Warning"] = "Cảnh báo",
        ["audit.severity.Error"] = "Lỗi",
        ["audit.subject.part"] = "{Name} – {whole}",
        ["audit.parts.count"] = "{n} {dimension}",
        ["audit.dimension.sector"] = "ngành",
        ["audit.dimension.component"] = "nhóm",
        ["audit.dimension.ownership"] = "loại hình kinh tế",
        ["audit.dimension.commodity"] = "mặt hàng",
        ["audit.dimension.market"] = "thị trường",
        ["audit.dimension.product"] = "sản phẩm",
        ["audit.dimension.other"] = "bộ phận ({dimension})",
        ["audit.withoutValue"] = "({items} chưa có số liệu)",
        ["audit.more"] = "cao hơn",
        ["audit.less"] = "thấp hơn",
        ["audit.equal"] = "bằng",
        ["audit.coverage.undefined"] = "không tính được tỷ lệ vì số tổng không lớn hơn 0",
        ["audit.parts.consistent"] = "{Subject} {period}: tổng {parts} là {sum}, {direction} tổng số công bố ({total}) {diff}, nằm trong sai số làm tròn (±{tol}); số liệu khớp.",
        ["audit.parts.inconsistent"] = "{Subject} {period}: tổng {parts} là {sum}, {direction} tổng số công bố ({total}) {diff}, vượt sai số làm tròn (±{tol}); số liệu của một {dimension} hoặc số tổng bị sai.",
        ["audit.parts.partsWithoutValue"] = "{Subject} {period}: chưa kiểm tra được tổng các {dimension} so với tổng số công bố ({total}) vì {missing} chưa có số liệu.",
        ["audit.selection.consistent"] = "{Subject} {period}: {parts} được nêu {without} cộng lại là {sum}, bằng {coverage} tổng số ({total}); phần được nêu không vượt tổng, số liệu khớp.",
        ["audit.selection.inconsistent"] = "{Subject} {period}: {parts} được nêu {without} cộng lại là {sum}, vượt tổng số công bố ({total}) {diff}, quá sai số làm tròn (±{tol}); số liệu của một {dimension} hoặc số tổng bị sai.",
        ["audit.share.consistent"] = "{Subject} {period}: {part} đạt {partValue} trên tổng số {total}, chiếm {share}, so với tỷ trọng công bố {stated}; khớp trong sai số làm tròn.",
        ["audit.share.inconsistent"] = "{Subject} {period}: {part} đạt {partValue} trên tổng số {total}, chiếm {share}, so với tỷ trọng công bố {stated} chênh {points} điểm phần trăm, vượt sai số làm tròn (±{tol} điểm); tỷ trọng hoặc giá trị bị sai.",
        ["audit.share.partWithoutValue"] = "{Subject} {period}: chưa kiểm tra được tỷ trọng công bố của {part} ({stated}) vì {part} chưa có số liệu.",
        ["audit.share.totalWithoutValue"] = "{Subject} {period}: chưa kiểm tra được tỷ trọng công bố của {part} ({stated}) vì số tổng chưa có số liệu.",
        ["audit.share.totalNotPositive"] = "{Subject} {period}: chưa kiểm tra được tỷ trọng công bố của {part} ({stated}) vì số tổng ({total}) không lớn hơn 0.",
        ["audit.growth.consistent"] = "{Subject} {period}: quy mô cùng kỳ năm trước của các {dimension}, suy từ giá trị và tốc độ tăng công bố, cộng lại là {base}; từ đó tốc độ tăng của tổng là {growth}, so với tốc độ công bố {stated}; khớp trong sai số làm tròn.",
        ["audit.growth.inconsistent"] = "{Subject} {period}: quy mô cùng kỳ năm trước của các {dimension}, suy từ giá trị và tốc độ tăng công bố, cộng lại là {base}; từ đó tốc độ tăng của tổng là {growth}, so với tốc độ công bố {stated} chênh {points} điểm phần trăm (sai số làm tròn ±{tol} điểm); tốc độ hoặc giá trị của một {dimension} hay của số tổng bị sai hoặc đã được điều chỉnh.",
        ["audit.growth.noValuesOrWeights"] = "{Subject} {period}: chưa kiểm tra được tốc độ tăng của tổng ({stated}) theo các {dimension} vì không có giá trị hoặc quyền số của chúng.",
        ["audit.growth.totalWithoutValue"] = "{Subject} {period}: chưa kiểm tra được tốc độ tăng của tổng ({stated}) theo các {dimension} vì số tổng chưa có số liệu.",
        ["audit.growth.rateImpliesNoBase"] = "{Subject} {period}: chưa kiểm tra được tốc độ tăng của tổng ({stated}) theo các {dimension} vì {part} có tốc độ công bố {partRate}, tức là cùng kỳ năm trước không có giá trị.",
        ["audit.growth.totalNotPositive"] = "{Subject} {period}: chưa kiểm tra được tốc độ tăng của tổng ({stated}) theo các {dimension} vì số tổng không lớn hơn 0.",
        ["audit.months.consistent"] = "{Subject} {period}: tổng {count} tháng là {sum}, so với số lũy kế công bố {total}; khớp trong sai số làm tròn.",
        ["audit.months.inconsistent"] = "{Subject} {period}: tổng {count} tháng là {sum}, so với số lũy kế công bố {total} chênh {signedDiff} (sai số làm tròn ±{tol}); số liệu các tháng có thể đã được điều chỉnh sau khi công bố số lũy kế.",
        ["audit.months.monthsMissing"] = "{Subject} {period}: dữ liệu mới có {present}/{count} tháng; từng tháng đều không vượt số lũy kế {total}, nhưng chưa kiểm tra được tổng khi thiếu các tháng còn lại.",
        ["audit.month.inconsistent"] = "{Subject} {period}: số liệu {month} ({monthValue}) lớn hơn số lũy kế {total}, trong khi số lũy kế đã bao gồm tháng này; một trong hai số bị sai.",
        ["audit.revision.inconsistent"] = "{Subject} {period}: tốc độ tăng {comparison} do nguồn công bố là {stated}, khác với {computed} tính lại từ số liệu của kỳ công bố {release}, chênh {points} điểm phần trăm; đó là do số liệu kỳ so sánh đã được điều chỉnh, tốc độ công bố được giữ làm số chính thức.",
    }.ToFrozenDictionary();

    /// <summary>Gets the English templates.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["index.month"] = "The {name} for {period} {status} {comparisons}.",
        ["index.cumulative"] = "Over {ytd}, {short} {status} {comparisons}.",
        ["index.cumulative.CPI"] = "On average in {ytdShort}, {short} was {comparisons}.",
        ["index.average.CPI"] = "On average in {period}, the {name} was {comparisons}.",
        ["index.cumulative.GOLD_PRICE_INDEX"] = "On average in {ytdShort}, {short} was {comparisons}.",
        ["index.average.GOLD_PRICE_INDEX"] = "On average in {period}, the {name} was {comparisons}.",
        ["index.cumulative.USD_PRICE_INDEX"] = "On average in {ytdShort}, {short} was {comparisons}.",
        ["index.average.USD_PRICE_INDEX"] = "On average in {period}, the {name} was {comparisons}.",
        ["index.cumulative.CORE_INFLATION"] = "On average in {ytdShort}, {short} was {comparisons}.",
        ["index.average.CORE_INFLATION"] = "On average in {period}, the {name} was {comparisons}.",
        ["flow.month"] = "{Name} {basis} reached {value} in {period}, {comparisons}.",
        ["flow.cumulative"] = "Over {ytd}, {short} reached {value}, {comparisons}.",
        ["parts"] = "{Lead}: {items}.",
        ["part.index"] = "{part} {signed}",
        ["part.flow"] = "{part} {amount} ({signed})",
        ["part.index.month"] = "{part} {comparisons}",
        ["part.flow.month"] = "{part} {amount}, {comparisons}",
        ["part.case"] = "lower",
        ["parts.lead"] = "Of which",
        ["parts.lead.sector"] = "By sector",
        ["parts.lead.component"] = "By component",
        ["parts.lead.ownership"] = "By ownership",
        ["parts.of.month"] = "In {period}, {short} by {dimension}: {items}.",
        ["parts.of.cumulative"] = "Over {ytd}, {short} by {dimension}: {items}.",
        ["dimension"] = "part",
        ["dimension.sector"] = "sector",
        ["dimension.component"] = "component",
        ["dimension.ownership"] = "ownership",
        ["products.up"] = "Among the main industrial products, output in {ytd} grew strongly for {items}",
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
        ["commodities.period"] = "In {ytd}, the main {flow} items were {items}.",
        ["parts.children"] = " (including {items})",
        ["commodity.item"] = "{part} ({amount}, {signed})",
        ["markets"] = "By market, {items}.",
        ["market.first"] = "{Part} was the province's largest {flow} market in {ytd} at {amount} {share}, {comparisons}{children}",
        ["market.next"] = "{part} at {amount} {share}, {signed}{children}",
        ["market.then"] = "followed by ",
        ["market.child"] = "{Part} {amount}, {signed}",
        ["market.child.noValue"] = "{Part} {signed}",
        ["share"] = "({share} of the total)",
        ["value.estimate"] = "an estimated {amount}",
        ["value.preliminary"] = "a preliminary {amount}",
        ["value.official"] = "{amount}",
        ["value"] = "{amount}",
        ["status.index"] = "was",
        ["status.index.estimate"] = "was estimated to be",
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
        ["flow.EXPORT_VOLUME"] = "export",
        ["flow.IMPORT_VOLUME"] = "import",
        ["unit.missing"] = "(unit not given)",
        ["amount"] = "{number} {unit}",
        ["amount.money"] = "{currency} {number} {scale}",
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
        ["note.borrowedName"] = "The {language} phrase book has no name \"{key}\"; the text uses the English name \"{name}\".",
        ["names"] = "en",
        ["remark"] = "{text}",
        ["samePeriod.span"] = "the same period of {year}",
        ["months.range"] = "{first}–{last}",
        ["month.1"] = "January",
        ["month.2"] = "February",
        ["month.3"] = "March",
        ["month.4"] = "April",
        ["month.5"] = "May",
        ["month.6"] = "June",
        ["month.7"] = "July",
        ["month.8"] = "August",
        ["month.9"] = "September",
        ["month.10"] = "October",
        ["month.11"] = "November",
        ["month.12"] = "December",

        // The consistency audit's findings (AuditNarrator); the slots are those of the Vietnamese templates.
        ["audit.line"] = "{severity}: {text}",
        ["audit.severity.Info"] = "Info",
        ["audit.severity.Warning"] = "Warning",
        ["audit.severity.Error"] = "Error",
        ["audit.subject.part"] = "{Name} – {whole}",
        ["audit.parts.count"] = "{n} {dimension}",
        ["audit.dimension.sector"] = "sectors",
        ["audit.dimension.sector.one"] = "sector",
        ["audit.dimension.component"] = "components",
        ["audit.dimension.component.one"] = "component",
        ["audit.dimension.ownership"] = "ownership types",
        ["audit.dimension.ownership.one"] = "ownership type",
        ["audit.dimension.commodity"] = "commodities",
        ["audit.dimension.commodity.one"] = "commodity",
        ["audit.dimension.market"] = "markets",
        ["audit.dimension.market.one"] = "market",
        ["audit.dimension.product"] = "products",
        ["audit.dimension.product.one"] = "product",
        ["audit.dimension.other"] = "{dimension} parts",
        ["audit.withoutValue"] = "({items} without a value)",
        ["audit.more"] = "more than",
        ["audit.less"] = "less than",
        ["audit.equal"] = "equal to",
        ["audit.coverage.undefined"] = "a share not defined for a total that is not positive",
        ["audit.parts.consistent"] = "{Subject}, {period}: the {parts} sum to {sum}, {diff} {direction} the stated total of {total}, within the rounding of the published figures (±{tol}): consistent.",
        ["audit.parts.inconsistent"] = "{Subject}, {period}: the {parts} sum to {sum}, {diff} {direction} the stated total of {total}, more than rounding explains (±{tol}): a part or the total is wrong.",
        ["audit.parts.partsWithoutValue"] = "{Subject}, {period}: cannot check that the {dimension} add up to the stated total of {total}: no value for {missing}.",
        ["audit.selection.consistent"] = "{Subject}, {period}: the {parts} listed {without} cover {sum} of the total of {total}, {coverage}; a selection may not exceed its total: consistent.",
        ["audit.selection.inconsistent"] = "{Subject}, {period}: the {parts} listed {without} sum to {sum}, more than the stated total of {total} by {diff}, more than rounding explains (±{tol}): a part or the total is wrong.",
        ["audit.share.consistent"] = "{Subject}, {period}: {part}, {partValue} of {total}, is {share} against a stated share of {stated}: consistent within rounding.",
        ["audit.share.inconsistent"] = "{Subject}, {period}: {part}, {partValue} of {total}, is {share} against a stated share of {stated}: it differs by {points} points, more than rounding explains (±{tol}); the share or a value is wrong.",
        ["audit.share.partWithoutValue"] = "{Subject}, {period}: the stated share of {part} ({stated}) cannot be checked: the part has no value.",
        ["audit.share.totalWithoutValue"] = "{Subject}, {period}: the stated share of {part} ({stated}) cannot be checked: the total has no value.",
        ["audit.share.totalNotPositive"] = "{Subject}, {period}: the stated share of {part} ({stated}) cannot be checked: its total, {total}, is not positive.",
        ["audit.growth.consistent"] = "{Subject}, {period}: last year's {dimension} implied by their values and stated growth sum to {base}, which puts the growth of the total at {growth} against a stated {stated}: consistent within rounding.",
        ["audit.growth.inconsistent"] = "{Subject}, {period}: last year's {dimension} implied by their values and stated growth sum to {base}, which puts the growth of the total at {growth} against a stated {stated}: it differs by {points} points (rounding explains ±{tol}); a part's rate or value, or the total's, is wrong or revised.",
        ["audit.growth.noValuesOrWeights"] = "{Subject}, {period}: the growth of the {dimension} cannot be checked against the total's {stated} without their values or weights.",
        ["audit.growth.totalWithoutValue"] = "{Subject}, {period}: the growth of the {dimension} cannot be checked against the total's {stated}: the total has no value.",
        ["audit.growth.rateImpliesNoBase"] = "{Subject}, {period}: the growth of the {dimension} cannot be checked against the total's {stated}: {part} is stated at {partRate}, which implies no value last year.",
        ["audit.growth.totalNotPositive"] = "{Subject}, {period}: the growth of the {dimension} cannot be checked against the total's {stated}: the total is not positive.",
        ["audit.months.consistent"] = "{Subject}, {period}: the {count} months sum to {sum} against a stated cumulative {total}: consistent within rounding.",
        ["audit.months.inconsistent"] = "{Subject}, {period}: the {count} months sum to {sum} against a stated cumulative {total}, a difference of {signedDiff} (rounding explains ±{tol}); the months may have been revised since the cumulative figure was published.",
        ["audit.months.monthsMissing"] = "{Subject}, {period}: the data has {present} of the {count} months; each lies within the cumulative value {total}, but their sum cannot be checked without the others.",
        ["audit.month.inconsistent"] = "{Subject}, {period}: {month} ({monthValue}) exceeds the cumulative value {total}, which includes it: one of them is wrong.",
        ["audit.revision.inconsistent"] = "{Subject}, {period}: the stated growth {comparison}, {stated}, differs from the {computed} recomputed from the values known in the {release} release by {points} points: a revision (the source compares with figures revised since they were published); the stated rate is kept as the official figure.",
    }.ToFrozenDictionary();

    /// <summary>The template of a key in a style: the style's own phrase if it has one, else the built-in one of its language, else empty.</summary>
    /// <param name="style">The style.</param>
    /// <param name="key">The template's key.</param>
    /// <returns>The template.</returns>
    internal static string Template(NarrativeStyle style, string key)
        => style.Phrases.TryGetValue(key, out var custom) ? custom
            : BuiltIn(style).TryGetValue(key, out var t) ? t : string.Empty;

    /// <summary>Whether the style or its language's book has a template for a key.</summary>
    internal static bool Has(NarrativeStyle style, string key) => style.Phrases.ContainsKey(key) || BuiltIn(style).ContainsKey(key);

    // The one place a language is chosen: the built-in book of the style's language, English for a language the style
    // adds as data (its templates in NarrativeStyle.Phrases; a key it does not give is read in English).
    private static IReadOnlyDictionary<string, string> BuiltIn(NarrativeStyle style) => style.IsVietnamese ? Vietnamese : English;

    // Which of the catalogue's and glossary's names the book reads ("names": "vi" or "en"); a language added as data
    // gives its own under "indicator.CODE", "indicator.CODE.short", "member.NAME" and "unit.SYMBOL".
    private static bool VietnameseNames(NarrativeStyle style) => Template(style, "names") == "vi";

    // Whether names read from the catalogue's or glossary's English column are in another language than the text's.
    private static bool Borrowed(NarrativeStyle style, bool vietnamese)
        => !style.Language.StartsWith(vietnamese ? "vi" : "en", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An indicator's name in the style's language: the book's <c>indicator.CODE</c> (or <c>indicator.CODE.short</c>),
    /// else the catalogue's name in the book's <c>names</c> language; a name borrowed from another language adds a note.
    /// </summary>
    internal static string IndicatorName(NarrativeStyle style, Analytics.Indicators.Indicator indicator, bool shortName, ICollection<string>? notes = null)
    {
        var key = "indicator." + indicator.Code + (shortName ? ".short" : string.Empty);
        if (style.Phrases.TryGetValue(key, out var own) || (shortName && style.Phrases.TryGetValue("indicator." + indicator.Code, out own)))
        {
            return own;
        }

        var vietnamese = VietnameseNames(style);
        var name = vietnamese ? (shortName ? indicator.ShortNameVi : indicator.NameVi) : shortName ? indicator.ShortNameEn : indicator.NameEn;
        NoteBorrowed(style, vietnamese, name, key, notes);
        return name;
    }

    /// <summary>A breakdown member's name in a sentence: the book's <c>member.NAME</c>, else the glossary's (see <see cref="Glossary.InSentence"/>), noting a borrowed one.</summary>
    internal static string MemberName(NarrativeStyle style, Glossary glossary, string name, ICollection<string>? notes = null, Func<string, bool, string>? fromGlossary = null)
    {
        if (name.Length == 0)
        {
            return name;
        }

        if (style.Phrases.TryGetValue("member." + name, out var own) || style.Phrases.TryGetValue("member." + Glossary.Clean(name), out own))
        {
            return own;
        }

        var vietnamese = VietnameseNames(style);
        var text = fromGlossary?.Invoke(name, vietnamese) ?? glossary.InSentence(name, vietnamese);
        NoteBorrowed(style, vietnamese, text, "member." + Glossary.Clean(name), notes);
        return text;
    }

    /// <summary>A unit as the text writes it: the book's <c>unit.SYMBOL</c>, else the unit's symbol in the book's <c>names</c> language.</summary>
    internal static string UnitSymbol(NarrativeStyle style, Analytics.Indicators.Unit unit)
        => style.Phrases.TryGetValue("unit." + unit.Symbol, out var own) ? own : VietnameseNames(style) ? unit.Symbol : unit.EnglishSymbol;

    /// <summary>A value and its unit as the language places them: "72.007 tỷ đồng", "USD 2,032 million" (<c>amount</c> / <c>amount.money</c>).</summary>
    internal static string WithUnit(NarrativeStyle style, string number, Analytics.Indicators.Unit? unit)
    {
        if (unit is null)
        {
            return Fill(Template(style, "amount"), new Dictionary<string, string>(StringComparer.Ordinal) { ["number"] = number, ["unit"] = Template(style, "unit.missing") });
        }

        var scale = Template(style, "scale." + unit.EnglishScale);
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["number"] = number,
            ["unit"] = UnitSymbol(style, unit),
            ["currency"] = unit.Currency,
            ["scale"] = scale.Length > 0 ? scale : unit.EnglishScale,
        };
        return Fill(Template(style, unit.Currency.Length > 0 && unit.EnglishScale.Length > 0 ? "amount.money" : "amount"), slots);
    }

    // A name the text borrows from another language is said once per narration, in the text's language.
    private static void NoteBorrowed(NarrativeStyle style, bool vietnamese, string name, string key, ICollection<string>? notes)
    {
        if (notes is null || !Borrowed(style, vietnamese))
        {
            return;
        }

        var note = Fill(Template(style, "note.borrowedName"), new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = name, ["key"] = key, ["language"] = style.Language });
        lock (notes)
        {
            if (!notes.Contains(note))
            {
                notes.Add(note);
            }
        }
    }

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
