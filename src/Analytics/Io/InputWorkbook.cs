using System.Globalization;
using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Observations;
using Analytics.Periods;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Io;

/// <summary>
/// The input workbook ("Biểu nhập liệu") a province keys its month into: one sheet per Biểu (IIP, production value,
/// main products, retail, exports, imports), one row per indicator or breakdown member labelled as the province named
/// it, the columns "Thực hiện tháng trước", "Ước tính tháng này", "Cộng dồn từ đầu năm", the stated rates, the share
/// and the unit, with decimal data validation on every number cell and a "Hướng dẫn" sheet. Hidden key columns
/// (indicator code, breakdown, dimension, parent) map each row back to its series, so rows may be moved, and sheets
/// renamed, without changing what is read.
/// </summary>
public static class InputWorkbook
{
    private const uint StyleHeader = 1, StyleTitle = 2, StyleInput = 3, StyleInputDecimals = 4, StyleLabel = 11, StyleChild = 12, StyleKey = 13, StyleHeading = 14;

    /// <summary>
    /// Writes the empty workbook for <paramref name="month"/>: the rows and units of the previous month's figures in
    /// <paramref name="from"/> (or, when it has none for that month, of its latest figures; or the bare totals when
    /// null), "Thực hiện tháng trước" prefilled with the previous month's latest figure, this month's cells empty.
    /// </summary>
    /// <param name="from">The figures known so far, or null.</param>
    /// <param name="month">The month the workbook is for.</param>
    /// <param name="path">The .xlsx file to create (overwritten).</param>
    public static void WriteTemplate(ObservationStore? from, Period month, string path)
    {
        Preconditions.CheckNotNull(path);
        CheckMonth(month);
        var rows = from is null ? DefaultRows() : TemplateRows(from, month);
        Write(rows, month, path);
    }

    /// <summary>
    /// Writes the workbook for <paramref name="month"/> filled with its figures as known at its own release: the
    /// previous month, the month and the months since January, with the rates and shares stated beside them.
    /// </summary>
    /// <param name="store">The figures.</param>
    /// <param name="month">The month.</param>
    /// <param name="path">The .xlsx file to create (overwritten).</param>
    public static void WriteFilled(ObservationStore store, Period month, string path)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNull(path);
        CheckMonth(month);
        var view = store.ViewOfRelease(month);
        var ytd = Period.YearToDate(month.Year, month.LastMonth);
        var prev = month.PlusMonths(-1);
        var rows = new List<InputWorkbookRow>();
        foreach (var key in OrderedSeries(store))
        {
            var m = view.Get(key, month);
            var c = view.Get(key, ytd);
            var p = view.Get(key, prev);
            if (m is null && c is null)
            {
                continue;
            }

            var any = (m ?? c)!;
            rows.Add(new InputWorkbookRow
            {
                Indicator = key.Indicator,
                Breakdown = key.Breakdown,
                Dimension = any.Dimension,
                Parent = any.Parent,
                Label = Label(key),
                Unit = (m?.Unit ?? c?.Unit ?? p?.Unit)?.Symbol ?? string.Empty,
                Source = FirstNonEmpty(m?.Citation, c?.Citation),
                Note = FirstNonEmpty(m?.Remark, c?.Remark),
                Previous = p is null ? (double.NaN, -1) : (p.Value, p.ValueDecimals),
                Month = m is null ? (double.NaN, -1) : (m.Value, m.ValueDecimals),
                Cumulative = c is null ? (double.NaN, -1) : (c.Value, c.ValueDecimals),
                MonthOnMonth = m?.MonthOnMonth ?? StatedRate.None,
                YearOnYear = m?.YearOnYear ?? StatedRate.None,
                CumulativeYearOnYear = c?.YearOnYear ?? StatedRate.None,
                Share = c?.Share ?? StatedRate.None,
                PreviousStatus = p?.Status ?? ObservationStatus.Preliminary,
                MonthStatus = m?.Status ?? c?.Status ?? ObservationStatus.Estimate,
                CumulativeStatus = c?.Status ?? m?.Status ?? ObservationStatus.Estimate,
            });
        }

        Write(rows, month, path);
    }

    /// <summary>Reads a filled input workbook: every row's figures become observations released in the workbook's month.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">The language of the messages, the culture of numbers typed as text, the catalogue; defaults when null.</param>
    /// <returns>
    /// The observations (this month's estimate; the previous month as revised, released this month; the months since
    /// January as the cumulative period) and every problem found, located by sheet, row and column with its fix.
    /// </returns>
    public static ReadResult Read(string path, InputWorkbookOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        return new InputWorkbookReader(path, options ?? new InputWorkbookOptions()).Read();
    }

    /// <summary>Whether <paramref name="path"/> is an input workbook: an .xlsx file with a sheet whose header row has "Ước tính tháng này".</summary>
    /// <param name="path">The file.</param>
    /// <returns>True for an input workbook; false for any other file, including one that cannot be opened.</returns>
    public static bool IsInputWorkbook(string path)
    {
        Preconditions.CheckNotNull(path);
        return InputWorkbookReader.Detect(path);
    }

    private static void CheckMonth(Period month)
    {
        if (month.Kind != PeriodKind.Month)
        {
            throw new ArgumentException($"the input workbook is for one month; {month} is not a month.", nameof(month));
        }
    }

    private static string FirstNonEmpty(params string?[] texts) => texts.FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? string.Empty;

    private static string Label(SeriesKey key)
    {
        if (key.Breakdown.Length > 0)
        {
            return key.Breakdown;
        }

        return IndicatorCatalog.Default.TryGet(key.Indicator, out var i) ? char.ToUpper(i.NameVi[0], CultureInfo.GetCultureInfo("vi-VN")) + i.NameVi[1..] : key.Indicator;
    }

    // Series of the known indicators in the Biểu order, totals first, then the rest in the order they came.
    private static List<SeriesKey> OrderedSeries(ObservationStore store)
        => store.Series.OrderBy(k => SheetIndex(k.Indicator)).ThenBy(k => k.IsTotal ? 0 : 1).ToList();

    private static int SheetIndex(string code)
    {
        for (var i = 0; i < InputWorkbookLayout.Sheets.Count; i++)
        {
            if (InputWorkbookLayout.Sheets[i].Code == code)
            {
                return i;
            }
        }

        return InputWorkbookLayout.Sheets.Count;
    }

    private static List<InputWorkbookRow> TemplateRows(ObservationStore from, Period month)
    {
        var latest = from.Latest();
        var prev = month.PlusMonths(-1);
        var prevYtd = Period.YearToDate(prev.Year, prev.LastMonth);
        var keys = OrderedSeries(from).Where(k => latest.Get(k, prev) is not null || latest.Get(k, prevYtd) is not null).ToList();
        if (keys.Count == 0)
        {
            keys = OrderedSeries(from);
        }

        var rows = new List<InputWorkbookRow>();
        foreach (var key in keys)
        {
            var all = from.Periods(key).Select(p => latest.Get(key, p)!).ToList();
            var lastMonth = all.LastOrDefault(o => o.Period.Kind == PeriodKind.Month);
            var lastYtd = all.LastOrDefault(o => o.Period.Kind == PeriodKind.YearToDate);
            var any = all.Last();
            var p = latest.Get(key, prev);
            rows.Add(new InputWorkbookRow
            {
                Indicator = key.Indicator,
                Breakdown = key.Breakdown,
                Dimension = any.Dimension,
                Parent = any.Parent,
                Label = Label(key),
                Unit = all.LastOrDefault(o => o.Unit is not null)?.Unit?.Symbol ?? string.Empty,
                Source = any.Citation,
                Previous = p is null ? (double.NaN, -1) : (p.Value, p.ValueDecimals),
                MonthStatus = lastMonth?.Status ?? ObservationStatus.Estimate,
                CumulativeStatus = lastYtd?.Status ?? ObservationStatus.Estimate,
            });
        }

        return rows;
    }

    private static List<InputWorkbookRow> DefaultRows()
    {
        var rows = new List<InputWorkbookRow>();
        foreach (var (code, _, _) in InputWorkbookLayout.Sheets)
        {
            var i = IndicatorCatalog.Default.TryGet(code, out var ind) ? ind : null;
            rows.Add(new InputWorkbookRow { Indicator = code, Label = Label(new SeriesKey(code, string.Empty)), Unit = i?.Unit?.Symbol ?? string.Empty });
        }

        return rows;
    }

    private static void Write(List<InputWorkbookRow> rows, Period month, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        // Relationships named and entries stamped by PackageWriter: the same figures make the same bytes.
        using (PackageWriter.CreateWorkbook(path, out var wb))
        {
            WriteParts(rows, month, wb);
        }

        PackageWriter.StampEntries(path);
    }

    private static void WriteParts(List<InputWorkbookRow> rows, Period month, WorkbookPart wb)
    {
        wb.Workbook = new S.Workbook();
        wb.AddNewPart<WorkbookStylesPart>("rId1").Stylesheet = Stylesheet();
        var sheets = new S.Sheets();
        wb.Workbook.AppendChild(sheets);
        var sheetId = 1u;
        AddSheet(wb, sheets, sheetId++, InputWorkbookLayout.GuideSheet, GuideSheet(month));
        var groups = rows.GroupBy(r => r.Indicator).OrderBy(g => SheetIndex(g.Key)).ToList();
        var other = InputWorkbookLayout.Sheets.Count + 1;
        foreach (var g in groups)
        {
            var known = InputWorkbookLayout.Sheets.FirstOrDefault(s => s.Code == g.Key);
            string name, title;
            if (known.Code is null)
            {
                var n = other++;
                name = SheetName(string.Create(CultureInfo.InvariantCulture, $"Biểu {n} - {g.Key}"));
                title = string.Create(CultureInfo.InvariantCulture, $"Biểu {n}. {Label(new SeriesKey(g.Key, string.Empty))}");
            }
            else
            {
                (name, title) = (known.Sheet, known.Title);
            }

            AddSheet(wb, sheets, sheetId++, name, BieuSheet(title, month, g.ToList()));
        }

        wb.Workbook.Save();
    }

    private static string SheetName(string name)
    {
        var clean = new string(name.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static void AddSheet(WorkbookPart wb, S.Sheets sheets, uint id, string name, S.Worksheet worksheet)
    {
        // The styles are rId1; sheet n is rId(n+1).
        var part = wb.AddNewPart<WorksheetPart>(string.Create(CultureInfo.InvariantCulture, $"rId{id + 1}"));
        part.Worksheet = worksheet;
        sheets.Append(new S.Sheet { Id = wb.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static S.Worksheet GuideSheet(Period month)
    {
        string[] lines =
        [
            "1. Mỗi sheet \"Biểu\" là một biểu của báo cáo; mỗi dòng là một chỉ tiêu hoặc một thành phần, ghi tên như tháng trước.",
            "2. \"Thực hiện tháng trước\": số thực hiện (đã điều chỉnh) của tháng trước; đã điền sẵn số ước tính tháng trước, sửa lại nếu có số thực hiện.",
            "3. \"Ước tính tháng này\" và \"Cộng dồn từ đầu năm\": số của tháng này và cộng dồn từ tháng 1 đến tháng này, theo đơn vị tính của dòng.",
            "4. Các cột \"so với ... (%)\" ghi tốc độ tăng (+) giảm (-) theo phần trăm như nguồn công bố: tăng 12,6% ghi 12,6; giảm 2,8% ghi -2,8. Chỉ ghi khi nguồn nêu; để trống thì phần mềm tự tính.",
            "   Nếu nguồn chỉ nêu \"tăng hơn 1 lần\", ghi >100 (Excel sẽ hỏi lại, chọn Yes/Có).",
            "5. \"Tỷ trọng cộng dồn (%)\": tỷ trọng trong tổng (hoặc trong nhóm cha) của số cộng dồn, như nguồn nêu (\"chiếm 53%\").",
            "6. Ô số phải là số (Excel căn phải). Số gõ dạng chữ được đọc theo định dạng số ghi dưới đây (vi-VN: 5.778 là năm nghìn bảy trăm bảy mươi tám, 12,6 là mười hai phẩy sáu).",
            "   \"Trạng thái tháng trước\": chọn sơ bộ hoặc chính thức cho số thực hiện tháng trước.",
            "7. Không gộp ô (merge) lên các cột số; không xóa các cột ẩn bên phải (mã chỉ tiêu, thành phần, nhóm cha): chúng cho biết mỗi dòng là số nào.",
            "8. Thêm một thành phần mới: chèn một dòng trong biểu, ghi tên và đơn vị; dòng mới được đọc là thành phần của chỉ tiêu của biểu.",
            "9. Không đổi đơn vị tính của một dòng: số các tháng trước ở đơn vị cũ. Công thức được chấp nhận nếu Excel đã tính và lưu kết quả.",
            "10. Đọc: analytics report --input TỆP.xlsx (hoặc --input THƯ-MỤC để đọc mọi tháng trong thư mục).",
        ];
        var data = new S.SheetData();
        var r = 1u;
        data.Append(Row(r++, [(0, "Biểu nhập liệu báo cáo công nghiệp, thương mại", StyleTitle)]));
        data.Append(Row(r++, [(0, InputWorkbookLayout.PeriodLabel, 0), (1, month.ToString(), 0), (2, InputWorkbookLayout.MonthName(month), 0)]));
        data.Append(Row(r++, [(0, InputWorkbookLayout.CultureLabel, 0), (1, "vi-VN", 0)]));
        r++;
        foreach (var l in lines)
        {
            data.Append(Row(r++, [(0, l, 0)]));
        }

        return new S.Worksheet(new S.Columns(new S.Column { Min = 1, Max = 1, Width = 24, CustomWidth = true }), data);
    }

    private static S.Worksheet BieuSheet(string title, Period month, List<InputWorkbookRow> rows)
    {
        var data = new S.SheetData();
        var merges = new S.MergeCells();
        var last = InputWorkbookLayout.Letters(InputWorkbookLayout.Position(InputColumn.PreviousStatus));
        data.Append(Row(1, [(0, title, StyleTitle)]));
        merges.Append(new S.MergeCell { Reference = "A1:" + last + "1" });
        data.Append(Row(2, [(0, InputWorkbookLayout.PeriodLabel, 0), (1, month.ToString(), 0), (2, InputWorkbookLayout.MonthName(month), 0)]));
        var header = Row(InputWorkbookLayout.HeaderRow, InputWorkbookLayout.Columns.Select(c => (InputWorkbookLayout.Position(c.Column), (object)c.Header, c.Column >= InputWorkbookLayout.FirstKey ? StyleKey : StyleHeader)));
        header.Height = 48;
        header.CustomHeight = true;
        data.Append(header);
        var r = (uint)InputWorkbookLayout.HeaderRow + 1;
        var first = r;
        string? dimension = null;
        foreach (var row in rows)
        {
            if (row.Breakdown.Length > 0 && row.Dimension != dimension)
            {
                dimension = row.Dimension;
                data.Append(Row(r, [(0, Heading(dimension), StyleHeading)]));
                merges.Append(new S.MergeCell { Reference = string.Create(CultureInfo.InvariantCulture, $"A{r}:{last}{r}") });
                r++;
            }

            data.Append(Row(r++, Cells(row)));
        }

        var end = r + 30;
        var validations = new S.DataValidations(
            Validation(InputColumn.Previous, InputColumn.Cumulative, first, end, S.DataValidationErrorStyleValues.Stop,
                "Ô này nhận một số (giá trị theo đơn vị tính của dòng). Để trống nếu chưa có số."),
            Validation(InputColumn.MonthOnMonth, InputColumn.Share, first, end, S.DataValidationErrorStyleValues.Warning,
                "Tốc độ theo phần trăm: tăng 12,6% ghi 12,6; giảm ghi số âm. Chỉ \"tăng hơn 1 lần\" được ghi >100."),
            StatusList(first, end));
        validations.Count = 3;
        var columns = new S.Columns(
            new S.Column { Min = 1, Max = 1, Width = 48, CustomWidth = true },
            new S.Column { Min = 2, Max = 2, Width = 12, CustomWidth = true },
            new S.Column { Min = 3, Max = 9, Width = 14, CustomWidth = true },
            new S.Column { Min = 10, Max = 10, Width = 30, CustomWidth = true },
            new S.Column { Min = 11, Max = 11, Width = 14, CustomWidth = true },
            new S.Column { Min = 12, Max = (uint)InputWorkbookLayout.Columns.Count, Width = 12, CustomWidth = true, Hidden = true });
        var views = new S.SheetViews(new S.SheetView(new S.Pane { VerticalSplit = InputWorkbookLayout.HeaderRow, TopLeftCell = "A5", ActivePane = S.PaneValues.BottomLeft, State = S.PaneStateValues.Frozen }) { WorkbookViewId = 0 });
        var properties = new S.SheetProperties(new S.PageSetupProperties { FitToPage = true });
        var margins = new S.PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 };
        var page = new S.PageSetup { Orientation = S.OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 };
        return new S.Worksheet(properties, views, columns, data, merges, validations, margins, page);
    }

    private static S.DataValidation Validation(InputColumn from, InputColumn to, uint first, uint last, S.DataValidationErrorStyleValues style, string prompt)
        => new(new S.Formula1("-1000000000000"), new S.Formula2("1000000000000"))
        {
            Type = S.DataValidationValues.Decimal,
            Operator = S.DataValidationOperatorValues.Between,
            AllowBlank = true,
            ShowErrorMessage = true,
            ShowInputMessage = true,
            ErrorStyle = style,
            ErrorTitle = "Không phải số",
            Error = "Ô này chỉ nhận số. " + prompt,
            PromptTitle = "Nhập số",
            Prompt = prompt.Length > 250 ? prompt[..250] : prompt,
            SequenceOfReferences = new ListValue<StringValue>([new StringValue(string.Create(CultureInfo.InvariantCulture,
                $"{InputWorkbookLayout.Letters(InputWorkbookLayout.Position(from))}{first}:{InputWorkbookLayout.Letters(InputWorkbookLayout.Position(to))}{last}"))]),
        };

    private static S.DataValidation StatusList(uint first, uint last)
    {
        var column = InputWorkbookLayout.Letters(InputWorkbookLayout.Position(InputColumn.PreviousStatus));
        return new S.DataValidation(new S.Formula1("\"sơ bộ,chính thức,ước tính\""))
        {
            Type = S.DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ShowInputMessage = true,
            ErrorTitle = "Trạng thái",
            Error = "Chọn sơ bộ hoặc chính thức.",
            PromptTitle = "Trạng thái tháng trước",
            Prompt = "Số tháng trước là sơ bộ hay chính thức (thực hiện).",
            SequenceOfReferences = new ListValue<StringValue>([new StringValue(string.Create(CultureInfo.InvariantCulture, $"{column}{first}:{column}{last}"))]),
        };
    }

    private static string Heading(string dimension) => dimension switch
    {
        "sector" => "Chia theo ngành",
        "component" => "Chia theo thành phần",
        "ownership" => "Chia theo loại hình kinh tế",
        "commodity" => "Chia theo mặt hàng chủ yếu",
        "market" => "Chia theo thị trường",
        "product" => "Sản phẩm chủ yếu",
        _ => "Chia theo " + dimension,
    };

    private static List<(int Column, object Value, uint Style)> Cells(InputWorkbookRow row)
    {
        var cells = new List<(int, object, uint)>
        {
            (0, row.Label, row.Parent.Length > 0 ? StyleChild : StyleLabel),
            (1, row.Unit, 0),
        };
        void Number(InputColumn c, double v, int decimals) => cells.Add((InputWorkbookLayout.Position(c), double.IsNaN(v) ? string.Empty : (v, decimals), decimals is >= 0 and <= 6 ? StyleInputDecimals + (uint)decimals : StyleInput));
        void Rate(InputColumn c, StatedRate r)
        {
            if (r.IsStated && r.Bound != RateBound.Exact)
            {
                cells.Add((InputWorkbookLayout.Position(c), r.ToString(), StyleInput));
            }
            else
            {
                Number(c, r.Percent, r.IsStated ? r.Decimals : -1);
            }
        }

        Number(InputColumn.Previous, row.Previous.Value, row.Previous.Decimals);
        Number(InputColumn.Month, row.Month.Value, row.Month.Decimals);
        Number(InputColumn.Cumulative, row.Cumulative.Value, row.Cumulative.Decimals);
        Rate(InputColumn.MonthOnMonth, row.MonthOnMonth);
        Rate(InputColumn.YearOnYear, row.YearOnYear);
        Rate(InputColumn.CumulativeYearOnYear, row.CumulativeYearOnYear);
        Rate(InputColumn.Share, row.Share);
        cells.Add((InputWorkbookLayout.Position(InputColumn.Note), row.Note, StyleInput));
        cells.Add((InputWorkbookLayout.Position(InputColumn.PreviousStatus), StatusWord(row.PreviousStatus), StyleInput));
        cells.Add((InputWorkbookLayout.Position(InputColumn.Indicator), row.Indicator, StyleKey));
        cells.Add((InputWorkbookLayout.Position(InputColumn.Breakdown), row.Breakdown, StyleKey));
        cells.Add((InputWorkbookLayout.Position(InputColumn.Dimension), row.Dimension, StyleKey));
        cells.Add((InputWorkbookLayout.Position(InputColumn.Parent), row.Parent, StyleKey));
        cells.Add((InputWorkbookLayout.Position(InputColumn.Source), row.Source, StyleKey));
        cells.Add((InputWorkbookLayout.Position(InputColumn.UnitKey), row.Unit, StyleKey));
        cells.Add((InputWorkbookLayout.Position(InputColumn.MonthStatus), InterchangeFormat.StatusText(row.MonthStatus), StyleKey));
        cells.Add((InputWorkbookLayout.Position(InputColumn.CumulativeStatus), InterchangeFormat.StatusText(row.CumulativeStatus), StyleKey));
        return cells;
    }

    // The word a Vietnamese user reads and picks from the list: sơ bộ, chính thức, ước tính.
    private static string StatusWord(ObservationStatus status) => status switch
    {
        ObservationStatus.Estimate => "ước tính",
        ObservationStatus.Preliminary => "sơ bộ",
        ObservationStatus.Official => "chính thức",
        _ => string.Empty,
    };

    private static S.Row Row(uint index, IEnumerable<(int Column, object Value, uint Style)> values)
    {
        var row = new S.Row { RowIndex = index };
        foreach (var (column, v, style) in values.OrderBy(x => x.Column))
        {
            var reference = InputWorkbookLayout.Letters(column) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(v switch
            {
                ValueTuple<double, int> n => new S.Cell { CellReference = reference, CellValue = new S.CellValue(n.Item1), StyleIndex = style },
                string s when s.Length > 0 => new S.Cell { CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(s) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = style },
                _ => new S.Cell { CellReference = reference, StyleIndex = style },
            });
        }

        return row;
    }

    private static S.Stylesheet Stylesheet()
    {
        var formats = new S.NumberingFormats();
        for (var d = 0; d <= 6; d++)
        {
            formats.Append(new S.NumberingFormat { NumberFormatId = (uint)(164 + d), FormatCode = d == 0 ? "0" : "0." + new string('0', d) });
        }

        formats.Count = 7;
        var thin = new S.Border(
            new S.LeftBorder { Style = S.BorderStyleValues.Thin }, new S.RightBorder { Style = S.BorderStyleValues.Thin },
            new S.TopBorder { Style = S.BorderStyleValues.Thin }, new S.BottomBorder { Style = S.BorderStyleValues.Thin }, new S.DiagonalBorder());
        var cellFormats = new S.CellFormats(
            new S.CellFormat(),
            new S.CellFormat(new S.Alignment { WrapText = true, Vertical = S.VerticalAlignmentValues.Center, Horizontal = S.HorizontalAlignmentValues.Center }) { FontId = 1, FillId = 3, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new S.CellFormat { FontId = 2, ApplyFont = true },
            new S.CellFormat(new S.Protection { Locked = false }) { FillId = 2, BorderId = 1, ApplyFill = true, ApplyBorder = true, ApplyProtection = true });
        for (var d = 0; d <= 6; d++)
        {
            cellFormats.Append(new S.CellFormat(new S.Protection { Locked = false }) { NumberFormatId = (uint)(164 + d), FillId = 2, BorderId = 1, ApplyNumberFormat = true, ApplyFill = true, ApplyBorder = true, ApplyProtection = true });
        }

        cellFormats.Append(new S.CellFormat(new S.Alignment { WrapText = true }) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true });
        cellFormats.Append(new S.CellFormat(new S.Alignment { WrapText = true, Indent = 2 }) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true });
        cellFormats.Append(new S.CellFormat { FontId = 3, ApplyFont = true });
        cellFormats.Append(new S.CellFormat { FontId = 1, ApplyFont = true });
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new S.Stylesheet(
            formats,
            new S.Fonts(new S.Font(), new S.Font(new S.Bold()), new S.Font(new S.Bold(), new S.FontSize { Val = 13 }), new S.Font(new S.Color { Rgb = "FF808080" })) { Count = 4 },
            new S.Fills(
                new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }),
                new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 }),
                new S.Fill(new S.PatternFill(new S.ForegroundColor { Rgb = "FFFFF9DB" }) { PatternType = S.PatternValues.Solid }),
                new S.Fill(new S.PatternFill(new S.ForegroundColor { Rgb = "FFDDE7F3" }) { PatternType = S.PatternValues.Solid })) { Count = 4 },
            new S.Borders(new S.Border(), thin) { Count = 2 },
            cellFormats);
    }
}
