using System.Collections.Frozen;
using Analytics.Internal;

namespace Analytics.Narrative;

/// <summary>
/// English names of the breakdown members reports use (sectors, components, markets, commodities, products), for
/// English text. A name the glossary does not know is kept in Vietnamese rather than guessed.
/// </summary>
public sealed partial class Glossary
{
    private readonly FrozenDictionary<string, string> english;

    /// <summary>Initializes a new instance of the <see cref="Glossary"/> class.</summary>
    /// <param name="pairs">Vietnamese name → English name; matched ignoring case.</param>
    public Glossary(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        Preconditions.CheckNotNull(pairs);
        english = pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the glossary of the seed report's and the GSO release's breakdowns.</summary>
    public static Glossary Default { get; } = new(new Dictionary<string, string>
    {
        ["Khai khoáng"] = "mining and quarrying",
        ["Công nghiệp chế biến, chế tạo"] = "manufacturing",
        ["Sản xuất và phân phối điện"] = "electricity production and distribution",
        ["Cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"] = "water supply, sewerage and waste management",
        ["B. Khai khoáng"] = "mining and quarrying",
        ["C. Chế biến, chế tạo"] = "manufacturing",
        ["D. Sản xuất và phân phối điện"] = "electricity production and distribution",
        ["E. Cung cấp nước, xử lý rác thải"] = "water supply, sewerage and waste management",
        ["Bán lẻ hàng hóa"] = "retail sales of goods",
        ["Dịch vụ lưu trú, ăn uống, du lịch lữ hành"] = "accommodation, food services and travel",
        ["Dịch vụ lưu trú, ăn uống"] = "accommodation and food services",
        ["Du lịch lữ hành"] = "travel services",
        ["Dịch vụ khác"] = "other services",
        ["Khu vực kinh tế trong nước"] = "the domestic sector",
        ["Khu vực có vốn đầu tư nước ngoài"] = "the foreign-invested sector",
        ["Châu Á"] = "Asia",
        ["Châu Mỹ"] = "the Americas",
        ["Châu Âu"] = "Europe",
        ["Châu Phi"] = "Africa",
        ["Châu Đại Dương"] = "Oceania",
        ["Hàn Quốc"] = "South Korea",
        ["Nhật Bản"] = "Japan",
        ["Hồng Kông"] = "Hong Kong",
        ["Lào"] = "Laos",
        ["Trung Quốc"] = "China",
        ["Hoa Kỳ"] = "the United States",
        ["Dệt may"] = "textiles and garments",
        ["Da giày"] = "leather and footwear",
        ["Xơ sợi"] = "fibres and yarn",
        ["Linh kiện, phụ tùng xe"] = "vehicle parts and components",
        ["Thủy sản"] = "seafood",
        ["Sắt thép"] = "iron and steel",
        ["Thủ công mỹ nghệ"] = "handicrafts",
        ["Sứ dân dụng"] = "household porcelain",
        ["Sắt thép không hợp kim dạng thỏi đúc hoặc dạng thô khác"] = "non-alloy steel in ingots or other primary forms",
        ["Thép cán"] = "rolled steel",
        ["Khăn mặt, khăn tắm và khăn khác"] = "face towels, bath towels and other towels",
        ["Sứ vệ sinh"] = "sanitary ceramics",
        ["Tai nghe"] = "headphones",
        ["Túi khí"] = "airbags",
        ["Phụ tùng khác của xe có động cơ"] = "other motor vehicle parts",
        ["Điện sản xuất"] = "electricity generated",
        ["Khí tự nhiên dạng khí"] = "natural gas",
        ["Áo sơ mi cho người lớn"] = "adult shirts",
        ["Gạch xây bằng đất nung"] = "fired clay bricks",
        ["Loa"] = "loudspeakers",
        ["Cần gạt nước, sương, tuyết trên kính chắn"] = "windscreen wipers",
    });

    /// <summary>Returns the English name, or the Vietnamese name itself when the glossary does not know it.</summary>
    /// <param name="vietnamese">The Vietnamese name.</param>
    /// <returns>The English name, or the input.</returns>
    public string English(string vietnamese)
        => english.TryGetValue(vietnamese ?? string.Empty, out var en) ? en : vietnamese ?? string.Empty;

    /// <summary>
    /// A breakdown member's name as a sentence writes it: footnote marks ("(*)") and a leading "Trong đó:" out; a GSO
    /// section letter out ("B. Khai khoáng" is "ngành khai khoáng" in Vietnamese, "mining and quarrying" in English);
    /// in English the glossary's name of the whole, else of each part of "group: subgroup", else the cleaned Vietnamese.
    /// </summary>
    /// <param name="name">The name as the data has it.</param>
    /// <param name="vietnamese">Whether the sentence is Vietnamese.</param>
    /// <returns>The name to write.</returns>
    internal string InSentence(string name, bool vietnamese)
    {
        var cleaned = Clean(name ?? string.Empty);
        var section = SectionLetter().Match(cleaned);
        var bare = section.Success ? section.Groups[1].Value : cleaned;
        if (vietnamese)
        {
            return section.Success ? "ngành " + PhraseBook.Decapitalize(bare, System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) : cleaned;
        }

        if (english.TryGetValue(name ?? string.Empty, out var whole) || english.TryGetValue(cleaned, out whole) || english.TryGetValue(bare, out whole))
        {
            return whole;
        }

        var parts = bare.Split(": ", StringSplitOptions.TrimEntries);
        return parts.Length > 1 ? string.Join(": ", parts.Select(p => english.TryGetValue(p, out var e) ? e : p)) : bare;
    }

    // Footnote marks and "Trong đó:" ("of which") belong to the table's layout, not to the item's name.
    internal static string Clean(string name)
    {
        var s = FootnoteMark().Replace(name, " ").Trim();
        s = OfWhich().Replace(s, string.Empty).Trim();
        return MultiSpace().Replace(s, " ");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Ua-u]\.\s+(\S.*)$")]
    private static partial System.Text.RegularExpressions.Regex SectionLetter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\(\*+\)\s*|\*+$")]
    private static partial System.Text.RegularExpressions.Regex FootnoteMark();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(trong đó|trong do|chia ra|cụ thể)\s*:?\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OfWhich();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s{2,}")]
    private static partial System.Text.RegularExpressions.Regex MultiSpace();

    /// <summary>Returns whether the glossary knows a name.</summary>
    /// <param name="vietnamese">The Vietnamese name.</param>
    /// <returns><see langword="true"/> when it has an English name.</returns>
    public bool Knows(string vietnamese) => english.ContainsKey(vietnamese ?? string.Empty);
}
