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
        string? vi = null, dot = null, enGroup = null;
        foreach (var r in records.Skip(1))
        {
            foreach (var i in numeric.Where(i => i < r.Fields.Length))
            {
                var s = r.Fields[i].Trim().TrimStart('>', '<', '+', '-', '\u2212').TrimEnd('%').Trim();
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
                        vi ??= $"'{s}' on line {r.Line}";
                    }
                    else
                    {
                        enGroup ??= $"'{s}' on line {r.Line}";
                    }
                }
                else if (hasComma && !Grouped(s, ','))
                {
                    vi ??= $"'{s}' on line {r.Line}";
                }
                else if (hasDot && !Grouped(s, '.'))
                {
                    dot ??= $"'{s}' on line {r.Line}";
                }

                // "1,234" or "72.007" alone decide nothing: thousands in one culture, three decimals in the other.
            }
        }

        // Excel writes ';' between cells only where ',' is the decimal separator: evidence of vi-VN, unless a number says otherwise.
        if (delimiter == ';')
        {
            return dot is not null || enGroup is not null
                ? (null, $"the file separates its columns with ';', as a comma-decimal (Vietnamese) export does, but {dot ?? enGroup} is not written that way")
                : (CultureInfo.GetCultureInfo("vi-VN"), vi is not null ? $"{vi} is written the Vietnamese way" : "the file separates its columns with ';', as Excel does where ',' is the decimal separator");
        }

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
            : (null, "no number in the file settles it (whole numbers, or numbers like 72.007 that read either way)");
    }

    private static bool Grouped(string s, char separator)
        => (separator == '.' ? DotGroups() : CommaGroups()).IsMatch(s);

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex DotGroups();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial Regex CommaGroups();
}
