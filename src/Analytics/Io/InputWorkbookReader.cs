using Analytics.Internal;
using System.Globalization;
using Analytics.Indicators;
using Analytics.Observations;
using Analytics.Periods;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Io;

/// <summary>The reader behind <see cref="InputWorkbook.Read"/>: one instance per file.</summary>
internal sealed class InputWorkbookReader(string file, InputWorkbookOptions options)
{
    private readonly List<InputProblem> problems = [];
    private readonly bool vi = options.Language != "en";
    private List<string> shared = [];
    private Dictionary<uint, (int Decimals, bool Percent, bool Date)> styles = [];
    private CultureInfo culture = options.Culture;

    private enum CellKind
    {
        Empty,
        Number,
        Text,
        Other,
        FormulaWithoutValue,
    }

    /// <summary>Whether the file is an input workbook (a sheet with the header "Ước tính tháng này").</summary>
    internal static bool Detect(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return false;
        }

        try
        {
            using var doc = WorkbookPackage.Open(path);
            var wb = doc.WorkbookPart;
            if (wb?.Workbook?.Sheets is null)
            {
                return false;
            }

            var reader = new InputWorkbookReader(path, new InputWorkbookOptions());
            reader.shared = SharedStrings(wb);
            foreach (var sheet in wb.Workbook.Sheets.Elements<S.Sheet>())
            {
                if (sheet.Id?.Value is { } id && wb.TryGetPartById(id, out var p) && p is WorksheetPart part
                    && reader.FindHeader(Cells(part)) is not null)
                {
                    return true;
                }
            }
        }
        // A damaged file is not an input workbook: the interchange reader then reports why it cannot be opened.
        catch (Exception e) when (e is IOException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or UnauthorizedAccessException
                                      or FileFormatException or InvalidOperationException or FormatException)
        {
            return false;
        }

        return false;
    }

    internal ReadResult Read()
    {
        var observations = new List<Observation>();
        try
        {
            using var doc = WorkbookPackage.Open(file);
            var wb = doc.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            shared = SharedStrings(wb);
            styles = Styles(wb);
            var sheets = (wb.Workbook?.Sheets?.Elements<S.Sheet>() ?? []).Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id && wb.TryGetPartById(id, out var p) ? p as WorksheetPart : null)).ToList();
            Period? month = null;
            string? monthSheet = null;
            var guide = sheets.FirstOrDefault(s => s.Name == InputWorkbookLayout.GuideSheet);
            if (guide.Part is not null)
            {
                var cells = Cells(guide.Part);
                month = ReadLabelled(cells, InputWorkbookLayout.PeriodLabel, guide.Name, out _);
                monthSheet = month is null ? null : guide.Name;
                if (LabelledText(cells, InputWorkbookLayout.CultureLabel) is { Length: > 0 } cultureName)
                {
                    try
                    {
                        culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
                    }
                    catch (CultureNotFoundException)
                    {
                        Error(new SourceLocation(file, 0, null, guide.Name), L($"'{cultureName}' không phải là một định dạng số.", $"'{cultureName}' is not a culture."), L("ghi vi-VN hoặc en-US.", "write vi-VN or en-US."));
                    }
                }
            }

            var read = 0;
            foreach (var (name, part) in sheets)
            {
                if (part is null || name == InputWorkbookLayout.GuideSheet)
                {
                    continue;
                }

                var cells = Cells(part);
                var header = FindHeader(cells);
                if (header is null)
                {
                    if (cells.Values.Any(r => r.Count > 0))
                    {
                        Warning(new SourceLocation(file, 0, null, name), L("sheet này không có dòng tiêu đề của biểu nhập liệu (\"Ước tính tháng này\") nên không được đọc.", "this sheet has no header row of the input workbook (\"Ước tính tháng này\") and is not read."), L("chép các số vào một biểu của mẫu (analytics template), hoặc xóa sheet.", "copy its figures into a Biểu of the template (analytics template), or delete the sheet."));
                    }

                    continue;
                }

                read++;
                var sheetMonth = ReadLabelled(cells, InputWorkbookLayout.PeriodLabel, name, out var periodRow, header.Value.Row);
                if (sheetMonth is { } sm)
                {
                    if (month is null)
                    {
                        (month, monthSheet) = (sm, name);
                    }
                    else if (month != sm)
                    {
                        Error(new SourceLocation(file, periodRow, "B", name), L($"kỳ báo cáo của sheet là {sm}, của bảng tính là {month} (sheet '{monthSheet}').", $"the sheet's period is {sm} but the workbook's is {month} (sheet '{monthSheet}')."), L("mỗi bảng tính là một tháng: sửa kỳ báo cáo, hoặc chuyển các số của tháng khác sang bảng tính của tháng đó.", "one workbook holds one month: correct the period, or move the other month's figures to that month's workbook."));
                        continue;
                    }
                }

                if (month is null)
                {
                    Error(new SourceLocation(file, 2, "B", name), L("không biết kỳ báo cáo: không có ô \"Kỳ báo cáo\" ở đây hay ở sheet \"Hướng dẫn\".", "the period is not known: no \"Kỳ báo cáo\" cell here or on the \"Hướng dẫn\" sheet."), L("ghi \"Kỳ báo cáo\" ở ô A2 và tháng (2023-10) ở ô B2.", "write \"Kỳ báo cáo\" in A2 and the month (2023-10) in B2."));
                    continue;
                }

                ReadSheet(name, part, cells, header.Value.Row, header.Value.Columns, month.Value, observations);
            }

            if (read == 0)
            {
                Error(new SourceLocation(file, 0), L("bảng tính không có biểu nào có dòng tiêu đề \"Ước tính tháng này\".", "the workbook has no sheet with the header \"Ước tính tháng này\"."), L("dùng mẫu do analytics template tạo ra.", "use the workbook analytics template writes."));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or UnauthorizedAccessException or FileFormatException or InvalidOperationException
                                     or FormatException)
        {
            // FormatException: an attribute the SDK cannot read as its type (a style's number format id "\uFEFF167").
            Error(new SourceLocation(file, 0), L($"không đọc được tệp như một bảng tính Excel: {e.Message}", $"the file cannot be read as an Excel workbook: {e.Message}"), L("lưu lại tệp bằng Excel dưới dạng .xlsx, và đóng tệp nếu đang mở ở nơi khác.", "save it again from Excel as .xlsx, and close it if it is open elsewhere."));
        }

        CheckAcrossRows(observations);
        var errors = problems.Any(p => p.Severity == ProblemSeverity.Error);
        return new ReadResult(errors ? [] : observations, problems.OrderBy(p => p.Location.Sheet, StringComparer.Ordinal).ThenBy(p => p.Location.Row).ToList());
    }

    private void ReadSheet(string sheet, WorksheetPart part, SortedDictionary<int, SortedDictionary<int, S.Cell>> cells, int headerRow, Dictionary<InputColumn, int> columns, Period month, List<Observation> observations)
    {
        var merges = (part.Worksheet?.Elements<S.MergeCells>().SelectMany(m => m.Elements<S.MergeCell>()) ?? [])
            .Select(m => m.Reference?.Value ?? string.Empty).Where(r => r.Contains(':', StringComparison.Ordinal)).ToList();
        var numberColumns = columns.Where(c => InputWorkbookLayout.IsNumber(c.Key)).Select(c => c.Value).ToHashSet();
        var prev = month.PlusMonths(-1);
        var ytd = Period.YearToDate(month.Year, month.LastMonth);
        string sheetIndicator = cells.Where(r => r.Key > headerRow).Select(r => Text(r.Value, columns, InputColumn.Indicator)).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
        var lastDimension = string.Empty;
        var mergedRows = new HashSet<int>();
        foreach (var m in merges)
        {
            var parts = m.Split(':');
            int c0 = InputWorkbookLayout.ColumnOf(parts[0]), c1 = InputWorkbookLayout.ColumnOf(parts[1]);
            int r0 = InputWorkbookLayout.RowOf(parts[0]), r1 = InputWorkbookLayout.RowOf(parts[1]);

            // A range written corner last ("B9:B5") is the same cells.
            (c0, c1) = (Math.Min(c0, c1), Math.Max(c0, c1));
            (r0, r1) = (Math.Min(r0, r1), Math.Max(r0, r1));
            if (r0 <= headerRow || !numberColumns.Any(c => c >= c0 && c <= c1))
            {
                continue;
            }

            // The rows the sheet has within the range (a range may reach row 1,048,576; the rows present are few).
            var within = cells.Where(x => x.Key >= r0 && x.Key <= r1).ToList();
            var dataRow = within.Any(x => x.Value is var row && (Text(row, columns, InputColumn.Indicator).Length > 0 || numberColumns.Any(c => c != c0 && row.ContainsKey(c) && Kind(row[c]) != CellKind.Empty) || (c0 > 0 && row.ContainsKey(c0) && Kind(row[c0]) != CellKind.Empty)));
            if (dataRow)
            {
                Error(new SourceLocation(file, r0, m, sheet), L($"các ô {m} được gộp (merge) lên cột số; Excel chỉ giữ số của ô đầu tiên, các ô kia không còn số.", $"the cells {m} are merged over number columns; Excel keeps only the first cell's value, the others hold none."), L("bỏ gộp ô (Merge & Center → Unmerge) và ghi số vào từng ô.", "unmerge them (Merge & Center → Unmerge) and type each figure in its own cell."));
                foreach (var (r, _) in within)
                {
                    mergedRows.Add(r);
                }
            }
        }

        foreach (var (r, row) in cells.Where(x => x.Key > headerRow))
        {
            if (mergedRows.Contains(r) || row.Values.All(c => Kind(c) == CellKind.Empty))
            {
                continue;
            }

            var indicator = Text(row, columns, InputColumn.Indicator);
            var label = Text(row, columns, InputColumn.Label);
            var breakdown = Text(row, columns, InputColumn.Breakdown);
            var dimension = Text(row, columns, InputColumn.Dimension);
            var hasNumbers = numberColumns.Any(c => row.TryGetValue(c, out var cell) && Kind(cell) != CellKind.Empty);
            if (indicator.Length == 0)
            {
                if (!hasNumbers)
                {
                    continue; // a heading ("Chia theo thị trường") or a remark line
                }

                if (label.Length == 0 || sheetIndicator.Length == 0)
                {
                    Error(Loc(sheet, r, columns, InputColumn.Label), L("dòng có số nhưng không có tên chỉ tiêu và không có mã (cột ẩn) nên không biết là số nào.", "the row has figures but no label and no code (hidden column), so what they are is not known."), L("ghi tên thành phần ở cột \"Chỉ tiêu\", hoặc chép lại dòng từ mẫu.", "write the member's name under \"Chỉ tiêu\", or copy the row back from the template."));
                    continue;
                }

                indicator = sheetIndicator;
                breakdown = label;
                dimension = lastDimension.Length > 0 ? lastDimension : "breakdown";
                Warning(Loc(sheet, r, columns, InputColumn.Label), L($"dòng mới '{label}' (không có mã ở cột ẩn) được đọc là thành phần của {indicator} ({dimension}).", $"the new row '{label}' (no code in the hidden columns) is read as a part of {indicator} ({dimension})."), L("nếu đúng thì không cần làm gì; nếu là dòng đã có, chép lại các cột ẩn từ mẫu.", "nothing to do if that is right; if it is an existing row, copy its hidden columns back from the template."));
            }
            else if (dimension.Length > 0)
            {
                lastDimension = dimension;
            }

            if (breakdown.Length > 0 && dimension.Length == 0)
            {
                dimension = "breakdown";
            }

            var errorsBefore = problems.Count(p => p.Severity == ProblemSeverity.Error);
            var unitText = Text(row, columns, InputColumn.Unit);
            var unitKey = Text(row, columns, InputColumn.UnitKey);
            if (unitKey.Length > 0 && unitText.Length > 0 && !Unit.Parse(unitKey).Equals(Unit.Parse(unitText)))
            {
                Error(Loc(sheet, r, columns, InputColumn.Unit), L($"đơn vị tính đã bị đổi từ '{unitKey}' thành '{unitText}'; số các tháng trước của dòng này theo '{unitKey}'.", $"the unit was changed from '{unitKey}' to '{unitText}'; the earlier months of this row are in '{unitKey}'."), L($"ghi lại '{unitKey}' và quy đổi các số (1 tỷ = 1.000 triệu).", $"put back '{unitKey}' and convert the figures (1 tỷ = 1.000 triệu)."));
            }

            var unitSymbol = unitText.Length > 0 ? unitText : unitKey;
            Unit? unit = unitSymbol.Length > 0 ? Unit.Parse(unitSymbol) : null;
            var previous = Number(sheet, r, row, columns, InputColumn.Previous);
            var value = Number(sheet, r, row, columns, InputColumn.Month);
            var cumulative = Number(sheet, r, row, columns, InputColumn.Cumulative);
            var mom = Rate(sheet, r, row, columns, InputColumn.MonthOnMonth);
            var yoy = Rate(sheet, r, row, columns, InputColumn.YearOnYear);
            var cumYoy = Rate(sheet, r, row, columns, InputColumn.CumulativeYearOnYear);
            var share = Rate(sheet, r, row, columns, InputColumn.Share);
            var prevStatus = Status(sheet, r, row, columns, InputColumn.PreviousStatus);
            var monthStatus = Status(sheet, r, row, columns, InputColumn.MonthStatus);
            var cumStatus = Status(sheet, r, row, columns, InputColumn.CumulativeStatus);
            if (problems.Count(p => p.Severity == ProblemSeverity.Error) > errorsBefore)
            {
                continue;
            }

            if (unit is null && (!double.IsNaN(previous.Value) || !double.IsNaN(value.Value) || !double.IsNaN(cumulative.Value)))
            {
                Warning(Loc(sheet, r, columns, InputColumn.Unit), L("dòng có giá trị nhưng không có đơn vị tính; vẫn được đọc, và câu văn ghi số không có đơn vị.", "the row has values but no unit; they are read, and the text shows them without one."), L("ghi đơn vị tính, ví dụ tỷ đồng hoặc triệu USD.", "write its unit, e.g. tỷ đồng or triệu USD."));
            }

            var note = Text(row, columns, InputColumn.Note);
            var source = Text(row, columns, InputColumn.Source);
            var parent = Text(row, columns, InputColumn.Parent);
            Observation Make(Period period, (double Value, int Decimals) v, ObservationStatus status, InputColumn at) => new()
            {
                Indicator = indicator,
                Breakdown = breakdown,
                Dimension = dimension,
                Parent = parent,
                Period = period,
                Value = v.Value,
                ValueDecimals = double.IsNaN(v.Value) ? -1 : v.Decimals,
                Unit = double.IsNaN(v.Value) ? null : unit,
                Status = status,
                Release = month,
                Remark = note,
                Citation = source,
                Source = Loc(sheet, r, columns, at),
            };

            if (!double.IsNaN(previous.Value))
            {
                observations.Add(Make(prev, previous, prevStatus, InputColumn.Previous) with { Remark = string.Empty });
            }

            if (!double.IsNaN(value.Value) || mom.IsStated || yoy.IsStated)
            {
                observations.Add(Make(month, value, monthStatus, InputColumn.Month) with { MonthOnMonth = mom, YearOnYear = yoy });
            }

            if (!double.IsNaN(cumulative.Value) || cumYoy.IsStated || share.IsStated)
            {
                observations.Add(Make(ytd, cumulative, cumStatus, InputColumn.Cumulative) with { YearOnYear = cumYoy, Share = share });
            }
        }
    }

    private void CheckAcrossRows(List<Observation> observations)
    {
        var seen = new Dictionary<(SeriesKey, Period), Observation>();
        var duplicates = new List<Observation>();
        foreach (var o in observations)
        {
            if (!seen.TryAdd((o.Key, o.Period), o))
            {
                var first = seen[(o.Key, o.Period)];
                if (InputFolder.SameFigures(first, o))
                {
                    Warning(o.Source!, L($"dòng này lặp lại dòng {first.Source!.Row} (sheet '{first.Source.Sheet}', {o.Key}, {o.Period}); chỉ đọc một lần.", $"this row repeats row {first.Source!.Row} (sheet '{first.Source.Sheet}', {o.Key}, {o.Period}); it is read once."), L("xóa dòng lặp.", "delete the repeated row."));
                    duplicates.Add(o);
                }
                else
                {
                    Error(o.Source!, L($"{o.Key} kỳ {o.Period} được ghi hai lần với số khác nhau (ở đây và ở dòng {first.Source!.Row}, sheet '{first.Source.Sheet}').", $"{o.Key} for {o.Period} is given twice with different figures (here and on row {first.Source!.Row}, sheet '{first.Source.Sheet}')."), L("giữ một dòng đúng, xóa dòng kia.", "keep the right row and delete the other."));
                }
            }
        }

        foreach (var d in duplicates)
        {
            observations.Remove(d);
        }

        var units = new Dictionary<SeriesKey, Observation>();
        foreach (var o in observations.Where(o => o.Unit is not null))
        {
            if (!units.TryAdd(o.Key, o) && !units[o.Key].Unit!.Equals(o.Unit))
            {
                var first = units[o.Key];
                Error(o.Source! with { Column = "B (Đơn vị tính)" }, L($"{o.Key} có đơn vị '{o.Unit}' ở đây nhưng '{first.Unit}' ở dòng {first.Source!.Row}.", $"{o.Key} is in '{o.Unit}' here but in '{first.Unit}' on row {first.Source!.Row}."), L("mỗi chỉ tiêu một đơn vị tính: quy đổi các số.", "use one unit for a series; convert the figures."));
            }
        }

        foreach (var o in observations)
        {
            var indicator = options.Catalog.Resolve(o.Indicator, o.Unit);
            if (o.HasValue && o.Value < 0 && indicator.Kind == IndicatorKind.Flow && indicator.IsNonNegative)
            {
                Error(o.Source!, L($"{o.Key} có giá trị âm ({o.Value.ToString(CultureInfo.InvariantCulture)}), điều mà {indicator.NameVi} không thể có.", $"{o.Key} has a negative value ({o.Value.ToString(CultureInfo.InvariantCulture)}), which {indicator.NameEn} cannot have."), L("mức giảm ghi ở cột tốc độ (số âm); giá trị luôn dương.", "a fall belongs in the rate columns as a negative rate; the value itself is positive."));
            }

            if (o.Unit is not null && indicator.Unit is not null && !indicator.Unit.Equals(o.Unit) && o.Dimension != "product")
            {
                Warning(o.Source! with { Column = "B (Đơn vị tính)" }, L($"{o.Indicator} thường tính bằng '{indicator.Unit}', dòng này ghi '{o.Unit}'.", $"{o.Indicator} is normally in '{indicator.Unit}', and this row says '{o.Unit}'."), L($"kiểm tra đơn vị: báo cáo dùng {indicator.Unit}.", $"check the unit: {indicator.Unit} is what the reports use."));
            }
        }
    }

    private (double Value, int Decimals) Number(string sheet, int r, SortedDictionary<int, S.Cell> row, Dictionary<InputColumn, int> columns, InputColumn column)
    {
        var (v, d, _) = Cell(sheet, r, row, columns, column, isRate: false);
        return (v, d);
    }

    private StatedRate Rate(string sheet, int r, SortedDictionary<int, S.Cell> row, Dictionary<InputColumn, int> columns, InputColumn column)
    {
        var (v, d, bound) = Cell(sheet, r, row, columns, column, isRate: true);
        return double.IsNaN(v) ? StatedRate.None : new StatedRate(v, d, bound);
    }

    private (double Value, int Decimals, RateBound Bound) Cell(string sheet, int r, SortedDictionary<int, S.Cell> row, Dictionary<InputColumn, int> columns, InputColumn column, bool isRate)
    {
        if (!columns.TryGetValue(column, out var c) || !row.TryGetValue(c, out var cell))
        {
            return (double.NaN, -1, RateBound.Exact);
        }

        var at = Loc(sheet, r, columns, column, cell.CellReference?.Value);
        switch (Kind(cell))
        {
            case CellKind.Empty:
                return (double.NaN, -1, RateBound.Exact);
            case CellKind.FormulaWithoutValue:
                Error(at, L($"ô có công thức ={cell.CellFormula?.Text} nhưng không có kết quả đã tính (tệp được lưu bởi một chương trình không tính công thức).", $"the cell holds the formula ={cell.CellFormula?.Text} without a computed value (the file was saved by a program that does not calculate)."), L("mở tệp bằng Excel hoặc LibreOffice và lưu lại để công thức được tính, hoặc ghi số thay cho công thức.", "open and save the file in Excel or LibreOffice so the formula is calculated, or type the number instead."));
                return (double.NaN, -1, RateBound.Exact);
            case CellKind.Other:
                Error(at, L($"ô không chứa số (kiểu '{cell.DataType?.InnerText}', giá trị '{cell.CellValue?.Text}').", $"the cell holds no number (type '{cell.DataType?.InnerText}', value '{cell.CellValue?.Text}')."), L("ghi số, hoặc để trống.", "type the number, or leave it empty."));
                return (double.NaN, -1, RateBound.Exact);
            case CellKind.Text:
                var text = CellText(cell);
                var p = NumberText.Parse(text, culture, isRate);
                if (!p.IsOk)
                {
                    Error(at, L($"ô chứa chữ '{text}', không phải một số theo định dạng {culture.Name} của bảng tính ({p.Error})", $"the cell holds the text '{text}', which is not a number in the workbook's {culture.Name} format ({p.Error})"), L($"ghi số vào ô (Excel căn phải số), ví dụ {(isRate ? "12,6" : "5778")}; để trống nếu chưa có số.", $"type the number itself (Excel aligns numbers right), e.g. {(isRate ? "12,6" : "5778")}; leave it empty when not known."));
                    return (double.NaN, -1, RateBound.Exact);
                }

                return (p.Value, p.Decimals, p.Bound);
            default:
                if (!double.TryParse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var raw))
                {
                    // A number cell whose stored value is not a number: only a damaged file holds one.
                    Error(at, L($"ô số chứa '{cell.CellValue.Text}', không phải một số (tệp bị hỏng?)", $"the number cell holds '{cell.CellValue.Text}', which is not a number (a damaged file?)"), L("ghi lại số vào ô và lưu lại bằng Excel.", "type the number again and save the file from Excel."));
                    return (double.NaN, -1, RateBound.Exact);
                }

                var style = styles.TryGetValue(Internal.SheetCells.StyleOf(cell), out var st) ? st : (Decimals: -1, Percent: false, Date: false);
                if (style.Date)
                {
                    Error(at, L($"ô chứa một ngày tháng ({DateTime.FromOADate(raw).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}), không phải một số; Excel đã đổi số gõ vào thành ngày.", $"the cell holds a date ({DateTime.FromOADate(raw).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}), not a number; Excel turned what was typed into a date."), L("định dạng ô là Number (số) và ghi lại số.", "format the cell as Number and type the figure again."));
                    return (double.NaN, -1, RateBound.Exact);
                }

                var value = style.Percent ? Math.Round(raw * 100, 10) : raw;
                var shown = Shortest(value);
                var decimals = style.Percent ? shown : Math.Max(style.Decimals, shown); // a percent format's decimals are Excel's default, not what was typed
                return (value, decimals, RateBound.Exact);
        }
    }

    private ObservationStatus Status(string sheet, int r, SortedDictionary<int, S.Cell> row, Dictionary<InputColumn, int> columns, InputColumn column)
    {
        var text = Text(row, columns, column);
        if (InterchangeFormat.TryParseStatus(text, out var status))
        {
            return status;
        }

        Error(Loc(sheet, r, columns, column), L($"'{text}' không phải là trạng thái số liệu.", $"'{text}' is not a status."), L("ghi ước tính, sơ bộ, chính thức, hoặc để trống.", "write estimate (ước tính), preliminary (sơ bộ), official (chính thức), or leave it empty."));
        return ObservationStatus.Unspecified;
    }

    private static int Shortest(double v)
    {
        var s = v.ToString("R", CultureInfo.InvariantCulture);
        if (s.Contains('E', StringComparison.Ordinal))
        {
            return -1;
        }

        var dot = s.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : s.Length - dot - 1;
    }

    private (int Row, Dictionary<InputColumn, int> Columns)? FindHeader(SortedDictionary<int, SortedDictionary<int, S.Cell>> cells)
    {
        foreach (var (r, row) in cells.Take(30))
        {
            var found = new Dictionary<InputColumn, int>();
            foreach (var (c, cell) in row)
            {
                var text = Normalize(CellText(cell));
                foreach (var (column, header) in InputWorkbookLayout.Columns)
                {
                    if (text == Normalize(header))
                    {
                        found.TryAdd(column, c);
                    }
                }
            }

            if (found.ContainsKey(InputColumn.Month) && found.ContainsKey(InputColumn.Label))
            {
                return (r, found);
            }
        }

        return null;
    }

    private static string Normalize(string s) => string.Join(' ', s.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);

    private Period? ReadLabelled(SortedDictionary<int, SortedDictionary<int, S.Cell>> cells, string label, string sheet, out int row, int before = int.MaxValue)
    {
        row = 0;
        foreach (var (r, cs) in cells.Where(x => x.Key < before))
        {
            var labelCell = cs.FirstOrDefault(x => Normalize(CellText(x.Value)).StartsWith(Normalize(label), StringComparison.Ordinal));
            if (labelCell.Value is null)
            {
                continue;
            }

            row = r;
            var next = cs.Where(x => x.Key > labelCell.Key && Kind(x.Value) != CellKind.Empty).Select(x => x.Value).FirstOrDefault();
            if (next is null)
            {
                Error(new SourceLocation(file, r, null, sheet), L("ô \"Kỳ báo cáo\" không có tháng bên cạnh.", "the \"Kỳ báo cáo\" cell has no month beside it."), L("ghi tháng vào ô bên phải, ví dụ 2023-10.", "write the month in the cell to its right, e.g. 2023-10."));
                return null;
            }

            if (Kind(next) == CellKind.Number && styles.GetValueOrDefault(Internal.SheetCells.StyleOf(next)).Date)
            {
                var d = DateTime.FromOADate(double.Parse(next.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
                return Period.Month(d.Year, d.Month);
            }

            var text = CellText(next);
            if (InputWorkbookLayout.TryParseMonth(text, out var m))
            {
                return m;
            }

            Error(new SourceLocation(file, r, InputWorkbookLayout.Letters(InputWorkbookLayout.ColumnOf(next.CellReference?.Value)), sheet), L($"'{text}' không phải là một tháng.", $"'{text}' is not a month."), L("ghi tháng dạng 2023-10 hoặc 10/2023.", "write the month as 2023-10 or 10/2023."));
            return null;
        }

        return null;
    }

    private string? LabelledText(SortedDictionary<int, SortedDictionary<int, S.Cell>> cells, string label)
    {
        foreach (var cs in cells.Values)
        {
            var labelCell = cs.FirstOrDefault(x => Normalize(CellText(x.Value)).StartsWith(Normalize(label), StringComparison.Ordinal));
            if (labelCell.Value is not null)
            {
                return cs.Where(x => x.Key > labelCell.Key).Select(x => CellText(x.Value).Trim()).FirstOrDefault(t => t.Length > 0);
            }
        }

        return null;
    }

    private string Text(SortedDictionary<int, S.Cell> row, Dictionary<InputColumn, int> columns, InputColumn column)
        => columns.TryGetValue(column, out var c) && row.TryGetValue(c, out var cell) ? CellText(cell).Trim() : string.Empty;

    private static CellKind Kind(S.Cell cell)
    {
        var t = Internal.SheetCells.TypeOf(cell);
        var hasValue = !string.IsNullOrEmpty(cell.CellValue?.Text);
        if (cell.CellFormula is not null && !hasValue)
        {
            return CellKind.FormulaWithoutValue;
        }

        if (t == S.CellValues.InlineString)
        {
            return string.IsNullOrWhiteSpace(cell.InlineString?.InnerText) ? CellKind.Empty : CellKind.Text;
        }

        if (!hasValue)
        {
            return CellKind.Empty;
        }

        if (t == S.CellValues.SharedString || t == S.CellValues.String)
        {
            return CellKind.Text;
        }

        return t is null || t == S.CellValues.Number ? CellKind.Number : CellKind.Other;
    }

    private string CellText(S.Cell cell)
    {
        var t = Internal.SheetCells.TypeOf(cell);
        if (t == S.CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var v = cell.CellValue?.Text ?? string.Empty;
        if (t == S.CellValues.SharedString)
        {
            return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        return v;
    }

    private static List<string> SharedStrings(WorkbookPart wb)
        => wb.SharedStringTablePart?.SharedStringTable?.Elements<S.SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];

    private static Dictionary<uint, (int Decimals, bool Percent, bool Date)> Styles(WorkbookPart wb)
    {
        var result = new Dictionary<uint, (int Decimals, bool Percent, bool Date)>();
        var stylesheet = wb.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var codes = stylesheet.NumberingFormats?.Elements<S.NumberingFormat>().Where(f => f.NumberFormatId is not null).GroupBy(f => f.NumberFormatId!.Value).ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        var i = 0u;
        foreach (var cf in stylesheet.CellFormats.Elements<S.CellFormat>())
        {
            var id = cf.NumberFormatId?.Value ?? 0;
            var code = codes.GetValueOrDefault(id) ?? id switch
            {
                1 or 3 => "0",
                2 or 4 => "0.00",
                9 => "0%",
                10 => "0.00%",
                >= 14 and <= 22 => "d/m/yyyy",
                _ => string.Empty,
            };
            var dot = code.IndexOf('.', StringComparison.Ordinal);
            var decimals = code.Length == 0 || code.Equals("General", StringComparison.OrdinalIgnoreCase) ? -1 : dot < 0 ? 0 : code.Skip(dot + 1).TakeWhile(ch => ch == '0').Count();
            var stripped = new string(code.Where(ch => ch is not '"').ToArray());
            var date = !stripped.Contains('0', StringComparison.Ordinal) && (stripped.Contains('y', StringComparison.OrdinalIgnoreCase) || stripped.Contains('d', StringComparison.OrdinalIgnoreCase));
            result[i++] = (decimals, code.Contains('%', StringComparison.Ordinal), date);
        }

        return result;
    }

    // Streamed by the one cell reader (bounded at SheetCells.MaxRows), not loaded as a document: a sheet of a million
    // rows would otherwise be held whole in memory, several gigabytes, before its first row was looked at.
    private static SortedDictionary<int, SortedDictionary<int, S.Cell>> Cells(WorksheetPart part)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, S.Cell>>();
        SheetCells.Read(part, (r, c, cell) =>
        {
            if (!rows.TryGetValue(r, out var cells))
            {
                rows[r] = cells = [];
            }

            cells[c - 1] = cell;
        });
        return rows;
    }

    private SourceLocation Loc(string sheet, int row, Dictionary<InputColumn, int> columns, InputColumn column, string? reference = null)
    {
        var c = columns.TryGetValue(column, out var i) ? i : InputWorkbookLayout.Position(column);
        var letters = InputWorkbookLayout.Letters(reference is null ? c : InputWorkbookLayout.ColumnOf(reference));
        return new SourceLocation(file, row, $"{letters} ({InputWorkbookLayout.Header(column)})", sheet);
    }

    private string L(string viText, string enText) => vi ? viText : enText;

    private void Error(SourceLocation at, string message, string fix) => problems.Add(new InputProblem(ProblemSeverity.Error, at, message, fix));

    private void Warning(SourceLocation at, string message, string fix) => problems.Add(new InputProblem(ProblemSeverity.Warning, at, message, fix));
}
