using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Observations;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Io;

/// <summary>
/// Plan files: one row per target, as CSV or as an Excel workbook (.xlsx, the first sheet or the one named
/// <c>plan</c>), in the columns <c>indicator,breakdown,year,target_value,target_growth_pct,unit</c> or the short form
/// <c>series_id,year,target_value</c> (or <c>target_growth_pct</c>). Each row gives exactly one of a target value and a
/// target growth; numbers follow the file's culture (under vi-VN <c>1.234,5</c> is 1234.5; numbers stored as numbers
/// in a workbook need none). A bound (<c>&gt;5</c>), both or neither target, a second target for the same series and
/// year, a value that is not positive or a growth of −100% or less is refused, located, with its fix.
/// </summary>
public static class PlanFormat
{
    /// <summary>The columns of the full form, as <see cref="Write"/> writes them.</summary>
    public static readonly IReadOnlyList<string> Columns = ["indicator", "breakdown", "year", "target_value", "target_growth_pct", "unit"];

    private static readonly string[] Known = [.. Columns, "series_id"];

    private const string HeaderFix = "start with the header indicator,breakdown,year,target_value,target_growth_pct,unit (or series_id,year,target_value) and add one row per target.";

    /// <summary>Reads a plan file: an .xlsx workbook by its extension, CSV otherwise.</summary>
    /// <param name="path">The file.</param>
    /// <param name="culture">The culture of numbers written as text; the invariant culture when null.</param>
    /// <returns>The targets in file order (empty when the file has errors) and every problem found; a missing file is an error in the result, not an exception.</returns>
    public static ReadResult<IReadOnlyList<PlanTarget>> Read(string path, CultureInfo? culture = null)
    {
        Preconditions.CheckNotNull(path);
        culture ??= CultureInfo.InvariantCulture;
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return ReadWorkbook(path, culture);
        }

        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (DecoderFallbackException)
        {
            return Failed(path, "the file is not UTF-8 (Windows-1258 or TCVN3?).", "save it as CSV UTF-8 (in Excel: Save As > CSV UTF-8).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"the plan file cannot be read: {e.Message}", "check the path given to --plan.");
        }

        return ReadText(text, path, culture);
    }

    /// <summary>Reads plan text in CSV.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="fileName">The name to quote in messages.</param>
    /// <param name="culture">The culture of its numbers; the invariant culture when null.</param>
    /// <returns>The targets in file order (empty when the text has errors) and every problem found.</returns>
    public static ReadResult<IReadOnlyList<PlanTarget>> ReadText(string text, string fileName, CultureInfo? culture = null)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(fileName);
        var delimiter = CsvRecords.DetectDelimiter(CsvRecords.FirstDataLine(text));
        var records = CsvRecords.Parse(text, delimiter, out var badQuote);
        if (badQuote > 0)
        {
            return Failed(fileName, "a quoted cell opened on this line is never closed.", "close the quote (\"...\"), or double a quote inside a quoted cell (\"\").", badQuote);
        }

        var rows = records.Select(r => new Row(r.Line, r.Fields.Select(f => new Cell(f, false)).ToArray())).ToList();
        return new Reader(fileName, null, culture ?? CultureInfo.InvariantCulture, strictWidth: true).Read(rows);
    }

    /// <summary>Writes targets in the full form, the mirror of <see cref="Read"/>: numbers in the invariant culture, cells quoted where needed.</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(IEnumerable<PlanTarget> targets, TextWriter writer)
    {
        Preconditions.CheckNotNull(targets);
        Preconditions.CheckNotNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        var inv = CultureInfo.InvariantCulture;
        foreach (var t in targets)
        {
            string[] cells =
            [
                t.Indicator, t.Breakdown, t.Year.ToString(inv),
                double.IsNaN(t.TargetValue) ? string.Empty : t.TargetValue.ToString("R", inv),
                double.IsNaN(t.TargetGrowthPercent) ? string.Empty : t.TargetGrowthPercent.ToString("R", inv),
                t.Unit,
            ];
            writer.Write(string.Join(',', cells.Select(c => CsvRecords.Quote(c))));
            writer.Write('\n');
        }
    }

    private static ReadResult<IReadOnlyList<PlanTarget>> ReadWorkbook(string path, CultureInfo culture)
    {
        string sheetName;
        var rows = new SortedDictionary<int, SortedDictionary<int, Cell>>();
        try
        {
            using var doc = WorkbookPackage.Open(path);
            var wb = doc.WorkbookPart ?? throw new InvalidDataException("the file has no workbook part");
            var sheets = wb.Workbook?.Descendants<S.Sheet>().ToList() ?? [];
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, "plan", StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault()
                ?? throw new InvalidDataException("the workbook has no sheet");
            sheetName = sheet.Name?.Value ?? "?";
            if (sheet.Id?.Value is not { } id || !wb.TryGetPartById(id, out var sheetPart) || sheetPart is not WorksheetPart part)
            {
                throw new InvalidDataException($"the sheet '{sheetName}' is not a worksheet");
            }

            var shared = SheetCells.SharedStrings(wb);
            SheetCells.Read(part, (r, c, cell) =>
            {
                var text = SheetCells.Text(cell, shared);
                var cellValue = text is null ? new Cell(cell.CellValue?.Text ?? string.Empty, true) : new Cell(text, false);
                if (!rows.TryGetValue(r, out var cells))
                {
                    rows[r] = cells = [];
                }

                cells[c] = cellValue;
            });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            return Failed(path, $"the plan file cannot be opened as an Excel workbook ({e.Message}).", "save it from Excel as .xlsx without a password, or save the sheet as CSV UTF-8.");
        }

        var list = rows
            .Where(kv => kv.Value.Values.Any(c => c.Text.Trim().Length > 0) && !kv.Value.GetValueOrDefault(1, Cell.Blank).Text.TrimStart().StartsWith('#'))
            .Select(kv => new Row(kv.Key, [.. Enumerable.Range(1, kv.Value.Keys.Max()).Select(i => kv.Value.GetValueOrDefault(i, Cell.Blank))]))
            .ToList();
        return new Reader(path, sheetName, culture, strictWidth: false).Read(list);
    }

    private static ReadResult<IReadOnlyList<PlanTarget>> Failed(string file, string message, string fix, int row = 0)
        => new([], [new InputProblem(ProblemSeverity.Error, new SourceLocation(file, row), message, fix)]);

    /// <summary>A cell as read: its text, and whether a workbook stored it as a number (written invariantly).</summary>
    private sealed record Cell(string Text, bool IsNumber)
    {
        public static Cell Blank { get; } = new(string.Empty, false);
    }

    private sealed record Row(int Line, Cell[] Cells);

    private sealed class Reader(string file, string? sheet, CultureInfo culture, bool strictWidth)
    {
        private readonly List<InputProblem> problems = [];

        internal ReadResult<IReadOnlyList<PlanTarget>> Read(List<Row> rows)
        {
            if (rows.Count == 0)
            {
                Error(0, null, "the plan file is empty.", HeaderFix);
                return Result([]);
            }

            var header = rows[0];
            var columns = header.Cells.Select(c => c.Text.Trim().ToLowerInvariant()).ToArray();
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i].Length == 0 && !strictWidth)
                {
                    continue;
                }

                if (!Known.Contains(columns[i]))
                {
                    Warning(header.Line, columns[i], $"the column '{header.Cells[i].Text}' is not part of a plan file and is ignored.", $"remove it, or rename it to one of {string.Join(", ", Known)}.");
                }
                else if (Array.IndexOf(columns, columns[i]) != i)
                {
                    Error(header.Line, columns[i], $"the column '{columns[i]}' appears twice.", "keep one column of each name.");
                }
            }

            int Col(string name) => Array.IndexOf(columns, name);
            int iId = Col("series_id"), iIndicator = Col("indicator"), iBreakdown = Col("breakdown"), iYear = Col("year"),
                iValue = Col("target_value"), iGrowth = Col("target_growth_pct"), iUnit = Col("unit");
            if (iId >= 0 && iIndicator >= 0)
            {
                Error(header.Line, "series_id", "the header has both series_id and indicator: which one names a series is not clear.", "keep indicator and breakdown, or series_id alone.");
            }

            var missing = new[]
            {
                iId < 0 && iIndicator < 0 ? "indicator (or series_id)" : null,
                iYear < 0 ? "year" : null,
                iValue < 0 && iGrowth < 0 ? "target_value or target_growth_pct" : null,
            }.OfType<string>().ToList();
            if (missing.Count > 0)
            {
                Error(header.Line, null, $"the header lacks {string.Join(", ", missing)}.", HeaderFix);
            }

            if (problems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                return Result([]);
            }

            if (rows.Count == 1)
            {
                Error(header.Line, null, "the plan file has a header but no targets.", "add one row per target under the header.");
                return Result([]);
            }

            var targets = new List<PlanTarget>();
            var seen = new Dictionary<(string, int), int>();
            foreach (var row in rows.Skip(1))
            {
                if (strictWidth && row.Cells.Length != columns.Length)
                {
                    Error(row.Line, null, $"the row has {row.Cells.Length} cells where the header has {columns.Length}.", "give every row as many cells as the header; quote a cell that contains the delimiter (\"1,5\").");
                    continue;
                }

                Cell At(int i) => i >= 0 && i < row.Cells.Length ? row.Cells[i] : Cell.Blank;
                var before = problems.Count(p => p.Severity == ProblemSeverity.Error);
                string indicator, breakdown;
                if (iId >= 0)
                {
                    var id = At(iId).Text.Trim().Normalize(NormalizationForm.FormC);
                    var slash = id.IndexOf('/', StringComparison.Ordinal);
                    (indicator, breakdown) = slash < 0 ? (id, string.Empty) : (id[..slash], id[(slash + 1)..]);
                }
                else
                {
                    indicator = At(iIndicator).Text.Trim().Normalize(NormalizationForm.FormC);
                    breakdown = At(iBreakdown).Text.Trim().Normalize(NormalizationForm.FormC);
                }

                if (indicator.Length == 0)
                {
                    Error(row.Line, iId >= 0 ? "series_id" : "indicator", "the series the target is for is not named.", iId >= 0 ? "write the series' id, e.g. EXPORT." : "write the indicator's code, e.g. EXPORT.");
                }

                var yearText = At(iYear).Text.Trim();
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < Periods.Period.MinYear or > Periods.Period.MaxYear)
                {
                    Error(row.Line, "year", $"'{yearText}' is not a year.", "write the plan's year with four digits, e.g. 2024.");
                }

                var value = Number(row.Line, "target_value", At(iValue), isRate: false);
                var growth = Number(row.Line, "target_growth_pct", At(iGrowth), isRate: true);
                if (problems.Count(p => p.Severity == ProblemSeverity.Error) == before)
                {
                    if (!double.IsNaN(value) && !double.IsNaN(growth))
                    {
                        Error(row.Line, "target_growth_pct", $"the row gives both a target value ({At(iValue).Text.Trim()}) and a target growth ({At(iGrowth).Text.Trim()}).", "give one of them: a plan is a value for the year or a growth over last year, and the two need not agree.");
                    }
                    else if (double.IsNaN(value) && double.IsNaN(growth))
                    {
                        Error(row.Line, iValue >= 0 ? "target_value" : "target_growth_pct", "the row gives no target.", "write the target in target_value (the year's value) or in target_growth_pct (growth over last year, in percent).");
                    }
                    else if (!double.IsNaN(value) && !(value > 0))
                    {
                        Error(row.Line, "target_value", $"the target value {At(iValue).Text.Trim()} is not positive.", "a plan's target for the year is a positive value in the series' unit.");
                    }
                    else if (!double.IsNaN(growth) && !(growth > -100))
                    {
                        Error(row.Line, "target_growth_pct", $"a growth of {At(iGrowth).Text.Trim()}% would leave nothing of last year's total.", "write the growth in percent, more than -100 (e.g. 8 for +8%).");
                    }
                }

                if (problems.Count(p => p.Severity == ProblemSeverity.Error) > before)
                {
                    continue;
                }

                var target = new PlanTarget(indicator, breakdown, year, value, growth, At(iUnit).Text.Trim(), new SourceLocation(file, row.Line, null, sheet));
                if (seen.TryGetValue((target.SeriesId, year), out var first))
                {
                    Error(row.Line, null, $"{target.SeriesId} has a second target for {year} (the first is on row {first}).", "keep one target per series and year.");
                    continue;
                }

                seen[(target.SeriesId, year)] = row.Line;
                targets.Add(target);
            }

            return Result(targets);
        }

        private double Number(int line, string column, Cell cell, bool isRate)
        {
            var text = cell.Text.Trim();
            if (text.Length > 0 && text[0] is '>' or '<' or '≥' or '≤')
            {
                Error(line, column, $"'{text}' is a bound; a plan states its target.", $"write the target itself (e.g. {text.TrimStart('>', '<', '≥', '≤', '=', ' ')}).");
                return double.NaN;
            }

            var parsed = NumberText.Parse(text, cell.IsNumber ? CultureInfo.InvariantCulture : culture, isRate);
            if (!parsed.IsOk)
            {
                Error(line, column, parsed.Error!, parsed.Fix!);
                return double.NaN;
            }

            if (double.IsInfinity(parsed.Value))
            {
                Error(line, column, $"'{text}' is too large to be a target.", "check the number of digits.");
                return double.NaN;
            }

            return parsed.Value;
        }

        private ReadResult<IReadOnlyList<PlanTarget>> Result(List<PlanTarget> targets)
            => new(problems.Any(p => p.Severity == ProblemSeverity.Error) ? [] : targets, problems.OrderBy(p => p.Location.Row).ToList());

        private void Error(int line, string? column, string message, string fix)
            => problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(file, line, column, sheet), message, fix));

        private void Warning(int line, string? column, string message, string fix)
            => problems.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(file, line, column, sheet), message, fix));
    }

    /// <summary>Whether a CSV file is a plan (its header, the first line that is neither blank nor a comment, names a target).</summary>
    /// <param name="path">The file; one that cannot be read is not a plan.</param>
    /// <returns>True for a plan file.</returns>
    internal static bool IsPlanFile(string path)
    {
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            for (var i = 0; i < 1000 && reader.ReadLine() is { } line; i++)
            {
                if (line.Trim().Length > 0 && !CsvRecords.IsComment(line))
                {
                    var header = line.ToLowerInvariant();
                    return header.Contains("target_value", StringComparison.Ordinal) || header.Contains("target_growth_pct", StringComparison.Ordinal);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }
}
