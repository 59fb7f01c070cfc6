using System.Globalization;
using Analytics.Io;
using Analytics.Periods;

namespace Analytics.Tests.Io;

/// <summary>
/// Builds the malformed filled input workbooks of <c>BadInputs/province/</c> from the seed's September 2023 figures
/// keyed into the template, each with the mistake a user makes in Excel, and says what reading each must give.
/// Regenerate the committed files with <c>ANALYTICS_WRITE_BAD_WORKBOOKS=DIR dotnet test --filter ProvinceBadWorkbookTests</c>.
/// </summary>
internal static class ProvinceBadWorkbooks
{
    private const string Export = "Biểu 5 - Xuất khẩu", Retail = "Biểu 4 - Bán lẻ", Iip = "Biểu 1 - IIP", Import = "Biểu 6 - Nhập khẩu";

    /// <summary>What reading a case gives: <c>Ok</c> (the seed's figures, exactly), or a problem of a severity at a sheet, row and column with a phrase of its message.</summary>
    internal sealed record Case(string File, string Mistake, ProblemSeverity? Severity, string? Sheet, int Row, string? Column, string Phrase);

    /// <summary>The workbook every case starts from: the template for September 2023 filled with the seed's figures.</summary>
    internal static void WriteBase(string path)
    {
        var seed = TestData.Seed();
        InputWorkbook.WriteTemplate(seed, Period.Month(2023, 9), path);
        using var e = new WorkbookEditor(path);
        e.FillMonth(seed, Period.Month(2023, 9));
    }

    /// <summary>Writes every case into <paramref name="dir"/> and returns what each must give.</summary>
    internal static IReadOnlyList<Case> Generate(string dir)
    {
        Directory.CreateDirectory(dir);
        var cases = new List<Case>();
        void Make(string file, string mistake, Func<WorkbookEditor, (ProblemSeverity? Severity, string? Sheet, int Row, string? Column, string Phrase)> edit)
        {
            var path = Path.Combine(dir, file);
            WriteBase(path);
            using var e = new WorkbookEditor(path);
            var (severity, sheet, row, column, phrase) = edit(e);
            cases.Add(new Case(file, mistake, severity, sheet, row, column, phrase));
        }

        static string N(uint r) => r.ToString(CultureInfo.InvariantCulture);

        Make("text-in-number.xlsx", "'khoảng 270' typed in a number cell", e =>
        {
            var (s, r) = e.Find("EXPORT");
            e.SetCell(s, e.Ref(s, r, "Ước tính tháng này"), "khoảng 270");
            return (ProblemSeverity.Error, s, (int)r, "D", "ô chứa chữ 'khoảng 270'");
        });
        Make("text-numbers-vi.xlsx", "numbers typed as text the Vietnamese way (5.778; 12,6; 2,88%)", e =>
        {
            var (s, r) = e.Find("RETAIL");
            e.SetCell(s, e.Ref(s, r, "Ước tính tháng này"), "5.778");
            e.SetCell(s, e.Ref(s, r, "Tháng này so với cùng kỳ (%)"), "12,6");
            var (s2, r2) = e.Find("EXPORT", "Dệt may");
            e.SetCell(s2, e.Ref(s2, r2, "Cộng dồn so với cùng kỳ (%)"), "2,88%");
            return (null, null, 0, null, string.Empty);
        });
        Make("text-number-invariant.xlsx", "12.6 typed as text in a vi-VN workbook", e =>
        {
            var (s, r) = e.Find("RETAIL");
            e.SetCell(s, e.Ref(s, r, "Tháng này so với cùng kỳ (%)"), "12.6");
            return (ProblemSeverity.Error, s, (int)r, "G", "ô chứa chữ '12.6'");
        });
        Make("row-moved.xlsx", "the Hàn Quốc row moved to the bottom of the sheet, below a blank row", e =>
        {
            var (s, r) = e.Find("EXPORT", "Hàn Quốc");
            e.MoveRow(s, r, s, 60);
            return (null, null, 0, null, string.Empty);
        });
        Make("row-moved-other-sheet.xlsx", "a retail row moved to the imports sheet", e =>
        {
            var (s, r) = e.Find("RETAIL", "Dịch vụ khác");
            e.MoveRow(s, r, Import, 40);
            return (null, null, 0, null, string.Empty);
        });
        Make("sheet-renamed.xlsx", "the exports sheet renamed 'XK 9 thang'", e =>
        {
            e.RenameSheet(Export, "XK 9 thang");
            return (null, null, 0, null, string.Empty);
        });
        Make("merged-over-numbers.xlsx", "this month and the cumulative figure merged into one cell", e =>
        {
            var (s, r) = e.Find("RETAIL");
            e.Merge(s, $"D{N(r)}:E{N(r)}");
            return (ProblemSeverity.Error, s, (int)r, $"D{N(r)}:E{N(r)}", "được gộp (merge) lên cột số");
        });
        Make("merged-labels.xlsx", "two label cells merged (the numbers beside them kept)", e =>
        {
            var (s, r) = e.Find("IIP", "Khai khoáng");
            e.Merge(s, $"A{N(r)}:A{N(r + 1)}");
            return (null, null, 0, null, string.Empty);
        });
        Make("spacer-rows.xlsx", "blank spacer rows inserted above the first figures", e =>
        {
            e.InsertRows(Iip, 5, 3);
            e.InsertRows(Export, 5, 1);
            return (null, null, 0, null, string.Empty);
        });
        Make("formula-without-value.xlsx", "a SUM formula saved without its computed value", e =>
        {
            var (s, r) = e.Find("RETAIL");
            e.SetCell(s, e.Ref(s, r, "Cộng dồn từ đầu năm"), null, "SUM(E7:E9)");
            return (ProblemSeverity.Error, s, (int)r, "E", "công thức =SUM(E7:E9)");
        });
        Make("formula-with-value.xlsx", "a SUM formula with the value Excel computed (50.703)", e =>
        {
            var (s, r) = e.Find("RETAIL");
            e.SetCell(s, e.Ref(s, r, "Cộng dồn từ đầu năm"), 50703d, "SUM(E7:E9)+1");
            return (null, null, 0, null, string.Empty);
        });
        Make("unit-changed.xlsx", "the retail unit changed from tỷ đồng to triệu đồng", e =>
        {
            var (s, r) = e.Find("RETAIL");
            e.SetCell(s, e.Ref(s, r, "Đơn vị tính"), "triệu đồng");
            return (ProblemSeverity.Error, s, (int)r, "B", "đơn vị tính đã bị đổi từ 'tỷ đồng' thành 'triệu đồng'");
        });
        Make("period-other-month.xlsx", "one sheet's period left at last month's 2023-08", e =>
        {
            e.SetCell(Retail, "B2", "2023-08");
            return (ProblemSeverity.Error, Retail, 2, "B", "kỳ báo cáo của sheet là 2023-08, của bảng tính là 2023-09");
        });
        Make("duplicate-same.xlsx", "the Hàn Quốc row copied below the table, same figures", e =>
        {
            var (s, r) = e.Find("EXPORT", "Hàn Quốc");
            CopyRow(e, s, r, 70, null);
            return (ProblemSeverity.Warning, s, 70, "E", "dòng này lặp lại dòng " + N(r));
        });
        Make("duplicate-different.xlsx", "the Hàn Quốc row copied below the table with another figure", e =>
        {
            var (s, r) = e.Find("EXPORT", "Hàn Quốc");
            CopyRow(e, s, r, 70, 340d);
            return (ProblemSeverity.Error, s, 70, "E", "được ghi hai lần với số khác nhau (ở đây và ở dòng " + N(r));
        });
        Make("negative-value.xlsx", "a fall typed as a negative export value", e =>
        {
            var (s, r) = e.Find("EXPORT");
            e.SetCell(s, e.Ref(s, r, "Ước tính tháng này"), -270d);
            return (ProblemSeverity.Error, s, (int)r, "D", "có giá trị âm (-270)");
        });
        Make("percent-format.xlsx", "12,6% typed into a rate cell, which Excel stores as 0,126 in percent format", e =>
        {
            var (s, r) = e.Find("RETAIL");
            var at = e.Ref(s, r, "Tháng này so với cùng kỳ (%)");
            e.SetCell(s, at, 0.126);
            e.PercentFormat(s, at);
            return (null, null, 0, null, string.Empty);
        });
        Make("date-in-number.xlsx", "Excel turned a typed 270 into a date format", e =>
        {
            var (s, r) = e.Find("EXPORT");
            e.DateFormat(s, e.Ref(s, r, "Ước tính tháng này"));
            return (ProblemSeverity.Error, s, (int)r, "D", "ô chứa một ngày tháng");
        });
        Make("new-row.xlsx", "a market added by hand (Campuchia), without the hidden codes", e =>
        {
            var (s, _) = e.Find("EXPORT", "Châu Âu");
            e.SetCell(s, "A80", "Campuchia");
            e.SetCell(s, "B80", "triệu USD");
            e.SetCell(s, "E80", 12d);
            return (ProblemSeverity.Warning, s, 80, "A", "dòng mới 'Campuchia'");
        });
        Make("guide-deleted.xlsx", "the Hướng dẫn sheet deleted", e =>
        {
            e.DeleteSheet("Hướng dẫn");
            return (null, null, 0, null, string.Empty);
        });
        Make("bad-status.xlsx", "a status typed as 'tạm tính'", e =>
        {
            var (s, r) = e.Find("IMPORT");
            e.SetCell(s, e.Ref(s, r, "status_month"), "tạm tính");
            return (ProblemSeverity.Error, s, (int)r, "R", "'tạm tính' không phải là trạng thái");
        });
        Make("codes-deleted.xlsx", "the hidden codes of a row cleared, its label too", e =>
        {
            var (s, r) = e.Find("IMPORT");
            foreach (var h in new[] { "indicator", "breakdown", "dimension", "parent", "source", "unit_key", "Trạng thái tháng trước", "status_month", "status_cum" })
            {
                e.SetCell(s, e.Ref(s, r, h), null);
            }

            e.SetCell(s, "A" + N(r), null);
            return (ProblemSeverity.Error, s, (int)r, "A", "dòng có số nhưng không có tên chỉ tiêu");
        });
        return cases;
    }

    private static void CopyRow(WorkbookEditor e, string sheet, uint from, uint to, double? cumulative)
    {
        foreach (var header in new[] { "Chỉ tiêu", "Đơn vị tính", "Cộng dồn từ đầu năm", "Cộng dồn so với cùng kỳ (%)", "indicator", "breakdown", "dimension", "parent", "unit_key", "Trạng thái tháng trước", "status_month", "status_cum" })
        {
            var text = e.Text(sheet, e.Ref(sheet, from, header));
            object? value = header.StartsWith("Cộng dồn", StringComparison.Ordinal)
                ? double.Parse(text, CultureInfo.InvariantCulture)
                : text.Length == 0 ? null : text;
            if (header == "Cộng dồn từ đầu năm" && cumulative is { } c)
            {
                value = c;
            }

            e.SetCell(sheet, e.Ref(sheet, to, header), value);
        }
    }
}
