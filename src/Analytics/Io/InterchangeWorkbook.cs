using System.Globalization;
using System.Text;
using Analytics.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Analytics.Observations;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Io;

/// <summary>
/// The interchange format as an Excel workbook (.xlsx): one sheet, the same columns as the CSV, numbers stored as
/// numbers. Reading takes the first sheet (or the one named <c>data</c>) and applies every check of the CSV reader, so
/// problems are located by sheet, row and column.
/// </summary>
public static partial class InterchangeWorkbook
{
    private static readonly string[] Columns = [.. InterchangeFormat.RequiredColumns, "release", "dimension", "parent", "share_pct", "note", "source"];

    /// <summary>Writes observations to a workbook with one sheet named <c>data</c>.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="path">The .xlsx file to create (overwritten).</param>
    public static void Write(IEnumerable<Observation> observations, string path)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(path);
        // Relationships named and entries stamped by PackageWriter: the same observations make the same bytes.
        using (PackageWriter.CreateWorkbook(path, out var wb))
        {
            WriteParts(observations, wb);
        }

        PackageWriter.StampEntries(path);
    }

    private static void WriteParts(IEnumerable<Observation> observations, WorkbookPart wb)
    {
        wb.Workbook = new S.Workbook();
        var part = wb.AddNewPart<WorksheetPart>("rId1");
        wb.AddNewPart<WorkbookStylesPart>("rId2").Stylesheet = Stylesheet();
        var data = new S.SheetData();
        var rowIndex = 1u;
        data.Append(Row(rowIndex++, Columns.Select(c => (object)c)));
        foreach (var o in observations)
        {
            data.Append(Row(rowIndex++, [
                o.Indicator, o.Breakdown, o.Period.ToString(), Number(o.Value, o.ValueDecimals), o.Unit?.Symbol ?? string.Empty,
                Rate(o.MonthOnMonth), Rate(o.YearOnYear), InterchangeFormat.StatusText(o.Status), o.Release?.ToString() ?? string.Empty,
                o.Dimension, o.Parent, Rate(o.Share), o.Remark, o.Citation]));
        }

        part.Worksheet = new S.Worksheet(data);
        wb.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = wb.GetIdOfPart(part), SheetId = 1, Name = "data" }));
        wb.Workbook.Save();
    }

    /// <summary>Reads a workbook written in the interchange format.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">The catalogue, and the culture of numbers typed as text (number cells carry no culture).</param>
    /// <returns>The observations and every problem found, located by sheet, row and column; a file that is not a readable workbook is an error, not an exception.</returns>
    public static ReadResult Read(string path, InterchangeOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        Sheet read;
        try
        {
            read = ReadSheet(path);
        }

        // A damaged package or part: the SDK throws XmlException for malformed XML and InvalidOperationException for a
        // part the package names but does not hold (the same list GsoWorkbook catches).
        catch (Exception e) when (IsDamage(e))
        {
            return new ReadResult([], [new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), $"the file cannot be opened as an Excel workbook ({WorkbookPackage.Reason(e)}).", "save it from Excel as .xlsx without a password, or export the sheet as CSV.")]);
        }

        var (sheetName, text, stored, notes, formulas) = read;

        // Number cells are read as stored; text cells (a number typed as text, "12,6") in the culture the user names.
        var result = new InterchangeReader(path, options ?? new InterchangeOptions()) { StoredNumbers = stored }.Read(text);

        // A formula saved without its result (by a program that does not calculate) reads as an empty cell: said, so
        // that a sentence with a hole is not the first sign of it.
        var header = CsvRecords.Parse(CsvRecords.FirstDataLine(text), ',', out _).FirstOrDefault().Fields ?? [];
        foreach (var (r, c, f) in formulas)
        {
            var column = c <= header.Length ? header[c - 1].Trim().ToLowerInvariant() : SheetCells.ColumnName(c);
            notes.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(path, r, column), $"the cell {SheetCells.ColumnName(c)}{r} holds the formula ={f} without a computed value; it is read as empty.", "open and save the file in Excel or LibreOffice so that the formula is calculated, or type the number instead."));
        }

        return result with
        {
            Problems = notes.Concat(result.Problems).Select(p => p with { Location = p.Location with { Sheet = p.Location.Sheet ?? sheetName } }).OrderBy(p => p.Location.Row).ToList(),
            Observations = result.Observations.Select(o => o with { Source = o.Source! with { Sheet = sheetName } }).ToList(),
        };
    }

    /// <summary>The exceptions a damaged workbook throws (the same list GsoWorkbook catches).</summary>
    private static bool IsDamage(Exception e) => e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or UnauthorizedAccessException
        or System.Xml.XmlException or InvalidOperationException;

    /// <summary>The sheet read (the one named data, else the first visible one) as CSV text, one line per sheet row.</summary>
    /// <param name="Name">The sheet's name.</param>
    /// <param name="Text">Its cells as CSV text, a line per row (a row starting with '#' a comment).</param>
    /// <param name="Stored">The cells (line, 0-based field) that hold numbers, which need no culture.</param>
    /// <param name="Notes">The hidden sheets passed over.</param>
    /// <param name="Formulas">The formulas saved without a value.</param>
    private sealed record Sheet(string Name, string Text, HashSet<(int Line, int Field)> Stored, List<InputProblem> Notes, List<(int Row, int Col, string Formula)> Formulas);

    /// <summary>
    /// The text cells of the workbook's number columns, with their rows: the numbers typed as text whose culture
    /// <c>--culture auto</c> must tell (number cells need none). Null when the file cannot be opened as a workbook
    /// (reading it says why).
    /// </summary>
    /// <param name="path">The .xlsx file.</param>
    /// <returns>The sheet's CSV text and the cells that hold numbers.</returns>
    internal static (string Text, IReadOnlySet<(int Line, int Field)> Stored)? CellsForCulture(string path)
    {
        try
        {
            var sheet = ReadSheet(path);
            return (sheet.Text, sheet.Stored);
        }
        catch (Exception e) when (IsDamage(e))
        {
            return null;
        }
    }

    private static Sheet ReadSheet(string path)
    {
        string sheetName;
        var csv = new StringBuilder();
        var stored = new HashSet<(int Line, int Field)>();
        var notes = new List<InputProblem>();
        var formulas = new List<(int Row, int Col, string Formula)>();
        using var doc = WorkbookPackage.Open(path);
        var wb = doc.WorkbookPart ?? throw new InvalidDataException("the file has no workbook part");
        // The sheet named data, else the first visible worksheet: a hidden sheet (often a stale copy) and a chart
        // sheet are passed over, and a hidden one is named.
        var sheets = wb.Workbook.Descendants<S.Sheet>()
            .Select(s => (Sheet: s, Part: s.Id?.Value is { } id && wb.TryGetPartById(id, out var p) ? p as WorksheetPart : null, Hidden: s.State is { } st && st.HasValue && st.Value != S.SheetStateValues.Visible))
            .ToList();
        var candidates = sheets.Where(s => s.Part is not null).ToList();
        var (sheet, part, hidden) = candidates.FirstOrDefault(s => string.Equals(s.Sheet.Name?.Value, "data", StringComparison.OrdinalIgnoreCase));
        if (sheet is null)
        {
            (sheet, part, hidden) = candidates.FirstOrDefault(s => !s.Hidden);
        }

        if (sheet is null || part is null)
        {
            throw new InvalidDataException(sheets.Count == 0 ? "the workbook has no sheet" : "the workbook has no visible worksheet (only chart sheets or hidden sheets)");
        }

        sheetName = sheet.Name?.Value ?? "?";
        foreach (var other in sheets.Where(s => s.Hidden && s.Sheet != sheet))
        {
            notes.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(path, 0, null, other.Sheet.Name?.Value), $"the hidden sheet '{other.Sheet.Name?.Value}' was not read; only the sheet '{sheetName}' was.", "delete the hidden sheet if it is an old copy, or unhide it and name it data if it is the one to read."));
        }

        var shared = SheetCells.SharedStrings(wb);
        var decimals = StyleDecimals(wb);
        var rows = new SortedDictionary<int, SortedDictionary<int, (string Text, bool Stored)>>();
        SheetCells.Read(part, (r, c, cell) =>
        {
            if (!rows.TryGetValue(r, out var cells))
            {
                rows[r] = cells = [];
            }

            cells[c] = (CellText(cell, shared, decimals, out var stored), stored);
            if (cell.CellFormula is { } f && cell.CellValue is null)
            {
                formulas.Add((r, c, f.Text));
            }
        });

        // Keep sheet rows and CSV lines aligned, so that a problem's row is the row the user sees in Excel.
        var expected = 1;
        foreach (var (r, cells) in rows)
        {
            for (; expected < r; expected++)
            {
                csv.Append('\n');
            }

            // A row whose first cell starts with '#' is a comment, as a line of a CSV file is.
            if (cells.TryGetValue(1, out var first) && first.Text.TrimStart().StartsWith('#'))
            {
                csv.Append('#');
            }
            else
            {
                var width = cells.Keys.Max();
                csv.Append(string.Join(',', Enumerable.Range(1, width).Select(i => InterchangeFormat.Quote(cells.GetValueOrDefault(i).Text ?? string.Empty))));
                stored.UnionWith(cells.Where(c => c.Value.Stored).Select(c => (r, c.Key - 1)));
            }

            csv.Append('\n');
            expected++;
        }

        return new Sheet(sheetName, csv.ToString(), stored, notes, formulas);
    }

    // A number keeps the decimals it was written with as its cell format (0.0 for 12,6), so that reading it back
    // restores them; the audit's rounding tolerances depend on them.
    private static object Number(double v, int decimals) => double.IsNaN(v) ? Empty : (v, decimals);

    private static object Rate(StatedRate r) => !r.IsStated ? Empty : r.Bound == RateBound.Exact ? (r.Percent, r.Decimals) : r.ToString();

    private static readonly object Empty = string.Empty;

    private static S.Stylesheet Stylesheet()
    {
        var formats = new S.NumberingFormats();
        var cellFormats = new S.CellFormats(new S.CellFormat());
        for (var d = 0; d <= 6; d++)
        {
            formats.Append(new S.NumberingFormat { NumberFormatId = (uint)(164 + d), FormatCode = d == 0 ? "0" : "0." + new string('0', d) });
            cellFormats.Append(new S.CellFormat { NumberFormatId = (uint)(164 + d), ApplyNumberFormat = true });
        }

        return new S.Stylesheet(
            formats,
            new S.Fonts(new S.Font()) { Count = 1 },
            new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }), new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 })) { Count = 2 },
            new S.Borders(new S.Border()) { Count = 1 },
            cellFormats);
    }

    /// <summary>
    /// The decimals each cell style shows, from its number format ("0.00" → 2), or -1 for general formats, and whether
    /// the format is a percentage (built-in 9 and 10, or any code with '%' outside quotes): Excel stores −6,1% as −0.061.
    /// </summary>
    private static Dictionary<uint, (int Decimals, bool Percent)> StyleDecimals(WorkbookPart wb)
    {
        var result = new Dictionary<uint, (int Decimals, bool Percent)>();
        var stylesheet = wb.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        // A format id that is not a number (a damaged styles part) is passed over: its cells read as General.
        var codes = new Dictionary<uint, string>();
        foreach (var f in stylesheet.NumberingFormats?.Elements<S.NumberingFormat>() ?? [])
        {
            if (f.NumberFormatId is { HasValue: true } fid)
            {
                codes[fid.Value] = f.FormatCode?.Value ?? string.Empty;
            }
        }

        var i = 0u;
        foreach (var cf in stylesheet.CellFormats.Elements<S.CellFormat>())
        {
            var id = cf.NumberFormatId is { HasValue: true } nid ? nid.Value : 0;
            var code = codes.GetValueOrDefault(id) ?? (id is 2 or 4 ? "0.00" : id is 1 or 3 ? "0" : id == 9 ? "0%" : id == 10 ? "0.00%" : string.Empty);
            code = code.Split(';')[0];
            var bare = Quoted().Replace(code, string.Empty);
            var dot = bare.IndexOf('.', StringComparison.Ordinal);
            result[i++] = (bare.Length == 0 ? -1 : dot < 0 ? 0 : bare.Skip(dot + 1).TakeWhile(ch => ch == '0').Count(), bare.Contains('%', StringComparison.Ordinal));
        }

        return result;
    }

    private static S.Row Row(uint index, IEnumerable<object> values)
    {
        var row = new S.Row { RowIndex = index };
        var c = 0;
        foreach (var v in values)
        {
            var reference = SheetCells.ColumnName(++c) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(v switch
            {
                ValueTuple<double, int> n => new S.Cell { CellReference = reference, CellValue = new S.CellValue(n.Item1), StyleIndex = n.Item2 is >= 0 and <= 6 ? (uint)(n.Item2 + 1) : 0U },
                string s when s.Length > 0 => new S.Cell { CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(s) { Space = SpaceProcessingModeValues.Preserve }) },
                _ => new S.Cell { CellReference = reference },
            });
        }

        return row;
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"[^\"]*\"|\\\\.")]
    private static partial System.Text.RegularExpressions.Regex Quoted();

    private static string CellText(S.Cell cell, IReadOnlyList<string> shared, Dictionary<uint, (int Decimals, bool Percent)> decimals, out bool stored)
    {
        stored = false;

        // TRUE is not 1 and #N/A is not a number: both kept as the text Excel shows, which a number column refuses.
        var type = SheetCells.TypeOf(cell);
        if (type == S.CellValues.Boolean)
        {
            return cell.CellValue?.Text is "1" or "true" ? "TRUE" : "FALSE";
        }

        if (SheetCells.Text(cell, shared) is { } text)
        {
            return text;
        }

        // Numbers are stored invariantly; the cell's format says how many decimals were written (12.0 stays 12.0).
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return raw;
        }

        stored = true;
        var (places, percent) = cell.StyleIndex is not null ? decimals.GetValueOrDefault(Internal.SheetCells.StyleOf(cell), (-1, false)) : (-1, false);
        if (percent)
        {
            // A percentage cell: the rate in percent, with the decimals the format shows, and its '%' so that a value
            // column refuses it as a percentage.
            d *= 100;
        }

        var number = places >= 0 ? d.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
        return percent ? number + "%" : number;
    }
}
