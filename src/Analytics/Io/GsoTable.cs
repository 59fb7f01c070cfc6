namespace Analytics.Io;

/// <summary>The tables of the GSO monthly workbook ("Biểu số liệu") that <see cref="GsoWorkbook"/> imports.</summary>
public enum GsoTable
{
    /// <summary>The industrial production index by industry ("Chỉ số sản xuất công nghiệp"), indicator <c>IIP</c>.</summary>
    IndustrialProduction = 0,

    /// <summary>Output of the main industrial products ("Một số sản phẩm chủ yếu của ngành công nghiệp"), indicator <c>OUTPUT</c>.</summary>
    IndustrialProducts = 1,

    /// <summary>Retail sales of goods and consumer services ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"), indicator <c>RETAIL</c>.</summary>
    RetailSales = 2,

    /// <summary>Exports of goods ("Hàng hóa xuất khẩu"), indicators <c>EXPORT</c> (value) and <c>EXPORT_VOLUME</c>.</summary>
    Exports = 3,

    /// <summary>Imports of goods ("Hàng hóa nhập khẩu"), indicators <c>IMPORT</c> (value) and <c>IMPORT_VOLUME</c>.</summary>
    Imports = 4,

    /// <summary>The consumer price index ("Chỉ số giá tiêu dùng"), indicator <c>CPI</c>, with gold, US dollar and core inflation.</summary>
    ConsumerPrices = 5,
}
