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

        // The GSO monthly workbooks' sectors, commodities, products, ownership and CPI groups (data/gso/workbooks).
        ["Alumin"] = "alumina",
        ["Bia"] = "beer",
        ["Bông"] = "cotton",
        ["Bưu chính viễn thông"] = "post and telecommunications",
        ["Bột ngọt"] = "monosodium glutamate",
        ["Cao su"] = "rubber",
        ["Chè"] = "tea",
        ["Chất dẻo"] = "plastics",
        ["Chất dẻo nguyên liệu"] = "plastics in primary forms",
        ["Clanhke và xi măng"] = "clinker and cement",
        ["Cà phê"] = "coffee",
        ["Dây điện và cáp điện"] = "electric wires and cables",
        ["Dầu mỏ thô khai thác"] = "crude oil extracted",
        ["Dầu thô"] = "crude oil",
        ["Dệt, may"] = "textiles and garments",
        ["E. Cung cấp nước, xử lý rác thải, nước thải"] = "water supply, sewerage and waste management",
        ["Cung cấp nước, xử lý rác thải, nước thải"] = "water supply, sewerage and waste management",
        ["Giao thông"] = "transport",
        ["Giày dép"] = "footwear",
        ["Giày, dép da"] = "leather footwear",
        ["Giáo dục"] = "education",
        ["Dịch vụ giáo dục"] = "education services",
        ["Giấy các loại"] = "paper",
        ["Giấy và các sản phẩm từ giấy"] = "paper and paper products",
        ["Gạo"] = "rice",
        ["Gỗ và sản phẩm gỗ"] = "wood and wood products",
        ["Hàng hóa và dịch vụ khác"] = "other goods and services",
        ["Hàng ăn và dịch vụ ăn uống"] = "food and catering services",
        ["Lương thực"] = "cereals",
        ["Thực phẩm"] = "foodstuffs",
        ["Ăn uống ngoài gia đình"] = "eating out",
        ["Hàng điện gia dụng và linh kiện"] = "household electrical appliances and parts",
        ["Hóa chất"] = "chemicals",
        ["Hạt tiêu"] = "pepper",
        ["Hạt điều"] = "cashew nuts",
        ["Khu vực có vốn đầu tư nước ngoài: Dầu thô"] = "the foreign-invested sector: crude oil",
        ["Khu vực có vốn đầu tư nước ngoài: Hàng hóa khác"] = "the foreign-invested sector: other goods",
        ["Khí hóa lỏng (LPG)"] = "liquefied petroleum gas (LPG)",
        ["Khí đốt hóa lỏng"] = "liquefied petroleum gas",
        ["Khí đốt thiên nhiên dạng khí"] = "natural gas",
        ["Kim loại thường khác"] = "other base metals",
        ["Kim loại thường khác và sản phẩm"] = "other base metals and products",
        ["Linh kiện điện thoại"] = "phone components",
        ["May mặc, mũ nón và giày dép"] = "garments, headwear and footwear",
        ["Máy móc thiết bị, DC PT khác"] = "machinery, equipment, tools and spare parts",
        ["Máy móc thiết bị, dụng cụ PT khác"] = "machinery, equipment, tools and spare parts",
        ["Máy móc thiết bị, dụng cụ phụ tùng khác"] = "machinery, equipment, tools and spare parts",
        ["Máy móc, thiết bị, dụng cụ, phụ tùng khác"] = "machinery, equipment, tools and spare parts",
        ["Máy ảnh, máy quay phim và linh kiện"] = "cameras, camcorders and parts",
        ["Nguyên PL dệt, may, giày dép"] = "textile, garment and footwear materials",
        ["Nguyên phụ liệu dệt, may, da, giày"] = "textile, garment, leather and footwear materials",
        ["Nguyên phụ liệu dệt, may, giày dép"] = "textile, garment and footwear materials",
        ["Ngô"] = "maize",
        ["Nhà ở và vật liệu xây dựng"] = "housing and construction materials",
        ["Nước máy thương phẩm"] = "tap water supplied",
        ["Phân U rê"] = "urea fertiliser",
        ["Phân bón"] = "fertilisers",
        ["Phân hỗn hợp N.P.K"] = "NPK compound fertiliser",
        ["Phương tiện vận tải và phụ tùng"] = "transport vehicles and parts",
        ["Phế liệu sắt thép"] = "iron and steel scrap",
        ["Quần áo mặc thường"] = "everyday clothing",
        ["Quặng và khoáng sản khác"] = "other ores and minerals",
        ["Rau quả"] = "fruit and vegetables",
        ["SP nội thất từ chất liệu khác gỗ"] = "furniture of materials other than wood",
        ["SP từ kim loại thường khác"] = "products of other base metals",
        ["Sơn hóa học"] = "chemical paints",
        ["Sản phẩm chất dẻo"] = "plastic products",
        ["Sản phẩm hóa chất"] = "chemical products",
        ["Sản phẩm từ chất dẻo"] = "plastic products",
        ["Sản phẩm từ kim loại thường khác"] = "products of other base metals",
        ["Sản phẩm từ sắt thép"] = "iron and steel products",
        ["Sắn và sản phẩm của sắn"] = "cassava and cassava products",
        ["Sắt, thép thô"] = "crude iron and steel",
        ["Sợi dệt"] = "textile yarn",
        ["Sữa bột"] = "milk powder",
        ["Sữa tươi"] = "fresh milk",
        ["Sữa và sản phẩm sữa"] = "milk and dairy products",
        ["Than đá"] = "coal",
        ["Than đá (than sạch)"] = "coal (clean coal)",
        ["Thiết bị và đồ dùng gia đình"] = "household equipment and goods",
        ["Thuốc lá điếu"] = "cigarettes",
        ["Thuốc và dịch vụ y tế"] = "medicines and health services",
        ["Dịch vụ y tế"] = "health services",
        ["Thép thanh, thép góc"] = "steel bars and angles",
        ["Thủy hải sản chế biến"] = "processed seafood",
        ["Thủy tinh và các SP từ thủy tinh"] = "glass and glass products",
        ["Thủy tinh và các sản phẩm từ thủy tinh"] = "glass and glass products",
        ["Thức ăn cho gia súc"] = "livestock feed",
        ["Thức ăn cho thủy sản"] = "aquaculture feed",
        ["Thức ăn gia súc và NPL"] = "animal feed and materials",
        ["Thức ăn gia súc và nguyên phụ liệu"] = "animal feed and materials",
        ["Ti vi"] = "television sets",
        ["Tivi"] = "television sets",
        ["Tân dược"] = "pharmaceuticals",
        ["Túi xách, ví, va li, mũ, ô dù"] = "bags, wallets, suitcases, hats and umbrellas",
        ["Văn hóa, giải trí và du lịch"] = "culture, entertainment and tourism",
        ["Vải"] = "fabrics",
        ["Vải dệt từ sợi tổng hợp hoặc sợi nhân tạo"] = "fabrics of synthetic or artificial fibres",
        ["Vải dệt từ sợi tự nhiên"] = "fabrics of natural fibres",
        ["Xe máy"] = "motorcycles",
        ["Xi măng"] = "cement",
        ["Xăng dầu"] = "petroleum products",
        ["Xăng, dầu"] = "petrol and oil",
        ["Xơ, sợi dệt các loại"] = "textile fibres and yarn",
        ["Ô tô"] = "cars",
        ["Ô tô nguyên chiếc"] = "completely built-up cars",
        ["Điện thoại di động"] = "mobile phones",
        ["Điện thoại và linh kiện"] = "phones and parts",
        ["Điện tử, máy tính và linh kiện"] = "electronics, computers and parts",
        ["Đường kính"] = "refined sugar",
        ["Đồ chơi, dụng cụ thể thao và bộ phận"] = "toys, sports equipment and parts",
        ["Đồ uống và thuốc lá"] = "beverages and tobacco",
        ["May mặc"] = "garments",
        ["Kinh tế nhà nước"] = "the state sector",
        ["Kinh tế ngoài nhà nước"] = "the non-state sector",
        ["Khu vực có vốn đầu tư trực tiếp nước ngoài"] = "the foreign direct investment sector",

        // The industries (VSIC divisions) of the GSO's IIP table.
        ["Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa (trừ giường, tủ, bàn ghế); sản xuất sản phẩm từ rơm, rạ và vật liệu tết bện"] = "manufacture of wood and of products of wood, bamboo and straw (except furniture)",
        ["Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa (trừ giường, tủ, bàn, ghế); sản xuất sản phẩm từ rơm, rạ và vật liệu tết bện"] = "manufacture of wood and of products of wood, bamboo and straw (except furniture)",
        ["Công nghiệp chế biến, chế tạo khác"] = "other manufacturing",
        ["Dệt"] = "manufacture of textiles",
        ["Hoạt động dịch vụ hỗ trợ khai thác mỏ và quặng"] = "mining support service activities",
        ["Hoạt động thu gom, xử lý và tiêu hủy rác thải; tái chế phế liệu"] = "waste collection, treatment and disposal; materials recovery",
        ["In, sao chép bản ghi các loại"] = "printing and reproduction of recorded media",
        ["Khai khoáng khác"] = "other mining and quarrying",
        ["Khai thác dầu thô và khí đốt tự nhiên"] = "extraction of crude petroleum and natural gas",
        ["Khai thác quặng kim loại"] = "mining of metal ores",
        ["Khai thác than cứng và than non"] = "mining of coal and lignite",
        ["Khai thác, xử lý và cung cấp nước"] = "water collection, treatment and supply",
        ["Sản xuất da và các sản phẩm có liên quan"] = "manufacture of leather and related products",
        ["Sản xuất giường, tủ, bàn, ghế"] = "manufacture of furniture",
        ["Sản xuất giấy và sản phẩm từ giấy"] = "manufacture of paper and paper products",
        ["Sản xuất hóa chất và sản phẩm hóa chất"] = "manufacture of chemicals and chemical products",
        ["Sản xuất kim loại"] = "manufacture of basic metals",
        ["Sản xuất máy móc, thiết bị chưa được phân vào đâu"] = "manufacture of machinery and equipment n.e.c.",
        ["Sản xuất phương tiện vận tải khác"] = "manufacture of other transport equipment",
        ["Sản xuất sản phẩm thuốc lá"] = "manufacture of tobacco products",
        ["Sản xuất sản phẩm từ cao su và plastic"] = "manufacture of rubber and plastics products",
        ["Sản xuất sản phẩm từ khoáng phi kim loại khác"] = "manufacture of other non-metallic mineral products",
        ["Sản xuất sản phẩm từ kim loại đúc sẵn (trừ máy móc, thiết bị)"] = "manufacture of fabricated metal products (except machinery and equipment)",
        ["Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học"] = "manufacture of computer, electronic and optical products",
        ["Sản xuất than cốc, sản phẩm dầu mỏ tinh chế"] = "manufacture of coke and refined petroleum products",
        ["Sản xuất thiết bị điện"] = "manufacture of electrical equipment",
        ["Sản xuất thuốc, hóa dược và dược liệu"] = "manufacture of pharmaceuticals, medicinal chemicals and botanical products",
        ["Sản xuất trang phục"] = "manufacture of wearing apparel",
        ["Sản xuất xe có động cơ"] = "manufacture of motor vehicles",
        ["Sản xuất đồ uống"] = "manufacture of beverages",
        ["Sản xuất, chế biến thực phẩm"] = "manufacture of food products",
        ["Sửa chữa, bảo dưỡng và lắp đặt máy móc và thiết bị"] = "repair and installation of machinery and equipment",
        ["Sửa chữa, bảo dưỡng và lắp đặt máy móc, thiết bị"] = "repair and installation of machinery and equipment",
        ["Thoát nước và xử lý nước thải"] = "sewerage",
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

    /// <summary>A breakdown's name as a table row writes it: without footnote marks, "Trong đó:" or the section letter
    /// ("B. Khai khoáng" is "Khai khoáng"), in English when the glossary knows it.</summary>
    /// <param name="name">The name as the source wrote it.</param>
    /// <param name="vietnamese">Whether the table is in Vietnamese.</param>
    /// <returns>The row's label.</returns>
    internal string InTable(string name, bool vietnamese)
    {
        if (!vietnamese)
        {
            return InSentence(name, vietnamese: false);
        }

        var cleaned = Clean(name ?? string.Empty);
        var section = SectionLetter().Match(cleaned);
        return section.Success ? section.Groups[1].Value : cleaned;
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
