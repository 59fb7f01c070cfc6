using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Internal;

namespace Analytics.Io;

/// <summary>
/// Tells which culture an interchange file's numbers are written in, only when the file itself settles it: "12,6" can
/// only be Vietnamese, "12.6" only invariant (or English), while "72.007" or "1,234" could be either and decide
/// nothing. A ';' between columns is Vietnamese too (Excel writes it only where ',' is the decimal separator). A file
/// with no deciding number, or with evidence of both kinds, is ambiguous and the user must say.
/// </summary>
public static partial class CultureDetection
{
    private static readonly string[] NumberColumns = ["value", "mom_pct", "yoy_pct", "share_pct"];

    /// <summary>Detects the culture of a file's number columns.</summary>
    /// <param name="text">The CSV text.</param>
    /// <returns>The culture (vi-VN, en-US or invariant), or null with the reason when the file does not settle it.</returns>
    public static (CultureInfo? Culture, string Reason) Detect(string text)
    {
        Preconditions.CheckNotNull(text);
        var lines = text.TrimStart('\uFEFF').Split('\n').Where(l => !l.TrimStart().StartsWith('#') && l.Trim().Length > 0).ToList();
        if (lines.Count < 2)
        {
            return (null, "the file has no rows to judge by");
        }

        var delimiter = CsvRecords.DetectDelimiter(lines[0]);
        var records = CsvRecords.Parse(string.Join('\n', lines), delimiter, out _);
        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var numeric = NumberColumns.Select(c => header.IndexOf(c)).Where(i => i >= 0).ToList();
        var (vi, dot, enGroup) = Classify(records.Skip(1).SelectMany(r => numeric.Where(i => i < r.Fields.Length).Select(i => (r.Fields[i], $"on line {r.Line}"))));

        // Excel writes ';' between cells only where ',' is the decimal separator: evidence of vi-VN, unless a number says otherwise.
        if (delimiter == ';')
        {
            return dot is not null || enGroup is not null
                ? (null, $"the file separates its columns with ';', as a comma-decimal (Vietnamese) export does, but {dot ?? enGroup} is not written that way")
                : (CultureInfo.GetCultureInfo("vi-VN"), vi is not null ? $"{vi} is written the Vietnamese way" : "the file separates its columns with ';', as Excel does where ',' is the decimal separator");
        }

        return Decide(vi, dot, enGroup, "no number in the file settles it (whole numbers, or numbers like 72.007 that read either way)");
    }

    /// <summary>
    /// Detects the culture of the numbers typed as text in an interchange workbook's number columns (value, mom_pct,
    /// yoy_pct, share_pct) of the sheet it reads: number cells need no culture and are passed over, so that a workbook
    /// whose number cells are all numbers reads the same under any culture, and is given the invariant culture.
    /// </summary>
    /// <param name="path">The .xlsx file.</param>
    /// <returns>The culture, or null with the reason when its text cells do not settle it.</returns>
    public static (CultureInfo? Culture, string Reason) DetectWorkbook(string path)
    {
        Preconditions.CheckNotNull(path);
        if (InterchangeWorkbook.CellsForCulture(path) is not { } sheet)
        {
            // Not a readable workbook: reading it says why, with the file named; no culture is needed to say so.
            return (CultureInfo.InvariantCulture, "the workbook cannot be opened, so no number needs a culture");
        }

        var records = CsvRecords.Parse(sheet.Text, ',', out _);
        if (records.Count < 2)
        {
            return (CultureInfo.InvariantCulture, "the sheet has no rows of figures");
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var numeric = NumberColumns.Select(c => header.IndexOf(c)).Where(i => i >= 0).ToList();
        var typed = records.Skip(1)
            .SelectMany(r => numeric.Where(i => i < r.Fields.Length && !sheet.Stored.Contains((r.Line, i)) && r.Fields[i].Trim().Length > 0)
                .Select(i => (r.Fields[i], $"in cell {SheetCells.ColumnName(i + 1)}{r.Line}")))
            .ToList();
        if (typed.Count == 0)
        {
            return (CultureInfo.InvariantCulture, "every figure of the sheet is a number cell, which needs no culture");
        }

        var (vi, dot, enGroup) = Classify(typed);
        return Decide(vi, dot, enGroup, $"its {typed.Count} number(s) typed as text (e.g. '{typed[0].Item1.Trim()}' {typed[0].Item2}) do not settle it: whole numbers, or numbers like 72.007 that read either way");
    }

    /// <summary>The first cell of each kind: a Vietnamese number ("12,6", "1.234,5"), a '.'-decimal one ("12.6"), an English grouped one ("1,234.5").</summary>
    private static (string? Vi, string? Dot, string? EnGroup) Classify(IEnumerable<(string Cell, string Where)> cells)
    {
        string? vi = null, dot = null, enGroup = null;
        foreach (var (cell, where) in cells)
        {
            var s = cell.Trim().TrimStart('>', '<', '+', '-', '\u2212').TrimEnd('%').Trim();
            if (s.Length == 0)
            {
                continue;
            }

            var hasDot = s.Contains('.', StringComparison.Ordinal);
            var hasComma = s.Contains(',', StringComparison.Ordinal);
            if (hasDot && hasComma)
            {
                if (s.LastIndexOf(',') > s.LastIndexOf('.'))
                {
                    vi ??= $"'{s}' {where}";
                }
                else
                {
                    enGroup ??= $"'{s}' {where}";
                }
            }
            else if (hasComma && !Grouped(s, ','))
            {
                vi ??= $"'{s}' {where}";
            }
            else if (hasDot && !Grouped(s, '.'))
            {
                dot ??= $"'{s}' {where}";
            }

            // "1,234" or "72.007" alone decide nothing: thousands in one culture, three decimals in the other.
        }

        return (vi, dot, enGroup);
    }

    private static (CultureInfo? Culture, string Reason) Decide(string? vi, string? dot, string? enGroup, string none)
    {
        if (vi is not null && (dot is not null || enGroup is not null))
        {
            return (null, $"the numbers mix conventions: {vi} is Vietnamese, {dot ?? enGroup} is not");
        }

        if (vi is not null)
        {
            return (CultureInfo.GetCultureInfo("vi-VN"), $"{vi} is written the Vietnamese way");
        }

        if (enGroup is not null)
        {
            return (CultureInfo.GetCultureInfo("en-US"), $"{enGroup} is written the English way");
        }

        return dot is not null
            ? (CultureInfo.InvariantCulture, $"{dot} uses '.' for decimals")
            : (null, none);
    }

    private static bool Grouped(string s, char separator)
        => (separator == '.' ? DotGroups() : CommaGroups()).IsMatch(s);

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex DotGroups();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial Regex CommaGroups();
}
