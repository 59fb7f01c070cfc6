using System.Globalization;
using Analytics.Periods;

namespace Analytics.Io;

/// <summary>
/// The layout of the input workbook ("Biểu nhập liệu"): the sheets (one per Biểu), their header row and columns,
/// and the hidden key columns that map each row back to its series. Shared by the writer and the reader.
/// </summary>
internal static class InputWorkbookLayout
{
    /// <summary>The name of the guide sheet.</summary>
    internal const string GuideSheet = "Hướng dẫn";

    /// <summary>The label in front of the period cell on every sheet.</summary>
    internal const string PeriodLabel = "Kỳ báo cáo";

    /// <summary>The label in front of the culture cell on the guide sheet.</summary>
    internal const string CultureLabel = "Định dạng số";

    /// <summary>The row of the column headers on a Biểu sheet (1-based).</summary>
    internal const int HeaderRow = 4;

    /// <summary>The columns, in the order the writer puts them; the reader finds them by their header text.</summary>
    internal static readonly IReadOnlyList<(InputColumn Column, string Header)> Columns =
    [
        (InputColumn.Label, "Chỉ tiêu"),
        (InputColumn.Unit, "Đơn vị tính"),
        (InputColumn.Previous, "Thực hiện tháng trước"),
        (InputColumn.Month, "Ước tính tháng này"),
        (InputColumn.Cumulative, "Cộng dồn từ đầu năm"),
        (InputColumn.MonthOnMonth, "Tháng này so với tháng trước (%)"),
        (InputColumn.YearOnYear, "Tháng này so với cùng kỳ (%)"),
        (InputColumn.CumulativeYearOnYear, "Cộng dồn so với cùng kỳ (%)"),
        (InputColumn.Share, "Tỷ trọng cộng dồn (%)"),
        (InputColumn.Note, "Ghi chú"),
        (InputColumn.PreviousStatus, "Trạng thái tháng trước"),
        (InputColumn.Indicator, "indicator"),
        (InputColumn.Breakdown, "breakdown"),
        (InputColumn.Dimension, "dimension"),
        (InputColumn.Parent, "parent"),
        (InputColumn.Source, "source"),
        (InputColumn.UnitKey, "unit_key"),
        (InputColumn.MonthStatus, "status_month"),
        (InputColumn.CumulativeStatus, "status_cum"),
    ];

    /// <summary>The first hidden key column.</summary>
    internal const InputColumn FirstKey = InputColumn.Indicator;

    /// <summary>The sheets of the known indicators: code, sheet name, title.</summary>
    internal static readonly IReadOnlyList<(string Code, string Sheet, string Title)> Sheets =
    [
        ("IIP", "Biểu 1 - IIP", "Biểu 1. Chỉ số sản xuất công nghiệp (IIP) theo ngành"),
        ("IND_VALUE", "Biểu 2 - GTSX", "Biểu 2. Giá trị sản xuất công nghiệp (giá so sánh 2010) theo ngành"),
        ("IND_PRODUCT", "Biểu 3 - Sản phẩm", "Biểu 3. Sản phẩm công nghiệp chủ yếu"),
        ("RETAIL", "Biểu 4 - Bán lẻ", "Biểu 4. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"),
        ("EXPORT", "Biểu 5 - Xuất khẩu", "Biểu 5. Kim ngạch xuất khẩu theo mặt hàng, thị trường và loại hình kinh tế"),
        ("IMPORT", "Biểu 6 - Nhập khẩu", "Biểu 6. Kim ngạch nhập khẩu theo mặt hàng, thị trường và loại hình kinh tế"),
    ];

    /// <summary>The header text of a column.</summary>
    internal static string Header(InputColumn c) => Columns.First(x => x.Column == c).Header;

    /// <summary>The 0-based position the writer gives a column.</summary>
    internal static int Position(InputColumn c) => (int)c;

    /// <summary>Whether a column holds a number.</summary>
    internal static bool IsNumber(InputColumn c) => c is >= InputColumn.Previous and <= InputColumn.Share;

    /// <summary>The column letters of a 0-based position.</summary>
    internal static string Letters(int index)
    {
        var s = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            s = (char)('A' + ((i - 1) % 26)) + s;
        }

        return s;
    }

    /// <summary>The 0-based position of a cell reference's column ("D7" → 3), or -1.</summary>
    internal static int ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }

        var n = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z')
            {
                break;
            }

            n = (n * 26) + (ch - 'A' + 1);
        }

        return n - 1;
    }

    /// <summary>The 1-based row of a cell reference ("D7" → 7), or 0.</summary>
    internal static int RowOf(string? reference)
    {
        var digits = new string((reference ?? string.Empty).SkipWhile(char.IsLetter).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
    }

    /// <summary>The period written on a sheet: <c>2023-10</c>, <c>10/2023</c> or <c>Tháng 10/2023</c>.</summary>
    internal static bool TryParseMonth(string text, out Period month)
    {
        var s = text.Trim();
        if (s.StartsWith("Tháng", StringComparison.OrdinalIgnoreCase))
        {
            s = s[5..].Trim();
        }

        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && int.TryParse(s[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && m is >= 1 and <= 12 && y is >= Period.MinYear and <= Period.MaxYear)
        {
            month = Period.Month(y, m);
            return true;
        }

        return Period.TryParse(s, out month) && month.Kind == PeriodKind.Month;
    }

    /// <summary>The Vietnamese name of a month: <c>Tháng 10/2023</c>.</summary>
    internal static string MonthName(Period month) => string.Create(CultureInfo.InvariantCulture, $"Tháng {month.LastMonth}/{month.Year}");
}
