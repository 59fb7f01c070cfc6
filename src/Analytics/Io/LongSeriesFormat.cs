using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Io;

/// <summary>
/// The long series format: one row per series and month, <c>series_id,period,value</c> (period <c>yyyy-MM</c>) or
/// <c>series_id,year,month,value</c>, columns in any order. The CSV rules are those of every reader of the library
/// (quoted or not, ',' or ';', <c>#</c> comments, a BOM, CRLF), and numbers follow the file's culture exactly as the
/// interchange reader reads them (<see cref="NumberText"/>: under vi-VN <c>1.234,5</c> is 1234.5). One read gives a
/// <see cref="Panel"/>, which <c>growth</c> computes on; <see cref="ToNamedSeries"/> gives the same series as the
/// forecasting commands take them. Built for national panels of millions of rows: two passes over the bytes, no
/// string per row, every problem still located by row and column.
/// </summary>
public static class LongSeriesFormat
{
    /// <summary>The most problems listed one by one; beyond it a last problem gives the count.</summary>
    public const int MaxProblemsListed = 100;

    private const string HeaderFix = "write the header series_id,period,value (period yyyy-MM, e.g. 2023-09) or series_id,year,month,value.";
    private const string NotUtf8 = "the file is not UTF-8 (Windows-1258 or TCVN3?).";
    private const string NotUtf8Fix = TextFile.NotUtf8Fix;

    private static readonly UTF8Encoding Strict = new(false, true);

    private static readonly string[] Known = ["series_id", "period", "year", "month", "value"];

    private static readonly double[] Pow10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>Gets the empty panel a read with errors returns.</summary>
    private static Panel EmptyPanel { get; } = new(Period.Month(2000, 1), 0, [], []);

    /// <summary>Returns whether a header line is the long series layout: series_id, value and period (or year and month), and no indicator.</summary>
    /// <param name="header">The first line of a file that is neither blank nor a comment.</param>
    /// <returns><see langword="true"/> for the long layout.</returns>
    public static bool IsLongSeriesHeader(string header)
    {
        var text = (header ?? string.Empty).TrimStart('\uFEFF');
        var records = CsvRecords.Parse(text, CsvRecords.DetectDelimiter(text), out var bad);
        if (bad > 0 || records.Count == 0)
        {
            return false;
        }

        var columns = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return columns.Contains("series_id") && columns.Contains("value") && !columns.Contains("indicator")
            && (columns.Contains("period") || (columns.Contains("year") && columns.Contains("month")));
    }

    /// <summary>Returns whether a file is in the long series layout (its first line that is neither blank nor a comment says so).</summary>
    /// <param name="path">The file; a file that cannot be read is not.</param>
    /// <returns><see langword="true"/> for the long layout.</returns>
    public static bool IsLongSeriesFile(string path)
    {
        Preconditions.CheckNotNull(path);
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            for (var i = 0; i < 1000 && reader.ReadLine() is { } line; i++)
            {
                if (line.Trim().Length > 0 && !CsvRecords.IsComment(line))
                {
                    return IsLongSeriesHeader(line);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }

    /// <summary>Reads a long series file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="culture">The culture of its numbers; the invariant culture when null.</param>
    /// <param name="encoding">Its encoding: UTF-8 (the default) is read streaming; a Windows-1258 file is decoded whole first (up to 256 MiB).</param>
    /// <returns>The panel (empty when the file has errors) and every problem found; a missing file is an error in the result, not an exception.</returns>
    public static ReadResult<Panel> Read(string path, CultureInfo? culture = null, TextEncoding encoding = TextEncoding.Utf8)
    {
        Preconditions.CheckNotNull(path);
        if (encoding != TextEncoding.Utf8)
        {
            if (TextFile.Read(path, encoding, out var problem) is not { } text)
            {
                return new ReadResult<Panel>(EmptyPanel, [problem!]);
            }

            var read = ReadText(text, path, culture);
            return problem is null ? read : read with { Problems = [problem, .. read.Problems] };
        }

        try
        {
            using (File.OpenRead(path))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReadResult<Panel>(EmptyPanel, [new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), $"the file cannot be read: {e.Message}", "check the path and that the file is not open elsewhere.")]);
        }

        return new Reader(path, culture ?? CultureInfo.InvariantCulture).Read(
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
    }

    /// <summary>Reads long series text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="fileName">The name to quote in messages.</param>
    /// <param name="culture">The culture of its numbers; the invariant culture when null.</param>
    /// <returns>The panel (empty when the text has errors) and every problem found.</returns>
    public static ReadResult<Panel> ReadText(string text, string fileName, CultureInfo? culture = null)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(fileName);
        var bytes = Encoding.UTF8.GetBytes(text);
        return new Reader(fileName, culture ?? CultureInfo.InvariantCulture).Read(() => new MemoryStream(bytes, writable: false));
    }

    /// <summary>
    /// The series of a panel as the forecasting commands take them: each named by its series id, from its first to its
    /// last month with a value (a month in between without one stays missing); a series without any value is left out
    /// (the reader has warned about it).
    /// </summary>
    /// <param name="panel">The panel, from <see cref="Read"/>.</param>
    /// <returns>The series in the panel's order.</returns>
    public static IReadOnlyList<NamedSeries> ToNamedSeries(Panel panel)
    {
        Preconditions.CheckNotNull(panel);
        var result = new List<NamedSeries>(panel.SeriesCount);
        for (var s = 0; s < panel.SeriesCount; s++)
        {
            var row = panel.Row(s);
            var first = 0;
            while (first < row.Length && double.IsNaN(row[first]))
            {
                first++;
            }

            if (first == row.Length)
            {
                continue;
            }

            var last = row.Length - 1;
            while (double.IsNaN(row[last]))
            {
                last--;
            }

            var id = panel.Keys[s].IsTotal ? panel.Keys[s].Indicator : $"{panel.Keys[s].Indicator}/{panel.Keys[s].Breakdown}";
            result.Add(new NamedSeries(id, new MonthlySeries(panel.Start.PlusMonths(first), row[first..(last + 1)])));
        }

        return result;
    }

    /// <summary>
    /// Writes a panel in the long series format, the mirror of <see cref="Read"/>: <c>series_id,period,value</c> (or
    /// <c>series_id,year,month,value</c>), every series and month of the panel, a missing value as an empty cell, ids
    /// quoted where needed, numbers in the invariant culture in the shortest form that reads back the same.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="yearMonth">Whether to write year and month in two columns instead of the period.</param>
    public static void Write(Panel panel, TextWriter writer, bool yearMonth = false)
    {
        Preconditions.CheckNotNull(panel);
        Preconditions.CheckNotNull(writer);
        writer.Write(yearMonth ? "series_id,year,month,value\n" : "series_id,period,value\n");
        var inv = CultureInfo.InvariantCulture;
        var periods = Enumerable.Range(0, panel.MonthCount)
            .Select(t => panel.Start.PlusMonths(t))
            .Select(p => yearMonth ? string.Create(inv, $"{p.Year},{p.LastMonth}") : p.ToString())
            .ToArray();
        var sb = new StringBuilder();
        for (var s = 0; s < panel.SeriesCount; s++)
        {
            var key = panel.Keys[s];
            var id = CsvRecords.Quote(key.IsTotal ? key.Indicator : $"{key.Indicator}/{key.Breakdown}");
            var row = panel.Row(s);
            for (var t = 0; t < row.Length; t++)
            {
                sb.Clear();
                sb.Append(id).Append(',').Append(periods[t]).Append(',');
                if (!double.IsNaN(row[t]))
                {
                    sb.Append(PlainText(row[t]));
                }

                sb.Append('\n');
                writer.Write(sb);
            }
        }
    }

    /// <summary>
    /// A number in the invariant culture, in the shortest digits that read back the same, never in exponent form (which
    /// the readers refuse): 1E+20 is written 100000000000000000000.
    /// </summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The text.</returns>
    internal static string PlainText(double value)
    {
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return r;
        }

        var exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = r[..e];
        var negative = mantissa.StartsWith('-');
        mantissa = mantissa.TrimStart('-');
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent; // where the decimal point falls in digits
        var text = point <= 0
            ? "0." + new string('0', -point) + digits
            : point >= digits.Length
                ? digits + new string('0', point - digits.Length)
                : digits[..point] + "." + digits[point..];
        return negative ? "-" + text : text;
    }

    /// <summary>One read of one file: the header, then two passes over the rows.</summary>
    private sealed class Reader(string file, CultureInfo culture)
    {
        private readonly List<InputProblem> problems = [];
        private readonly byte decimalByte = DecimalByte(culture);
        private int unlisted;
        private int unlistedErrors;
        private bool notUtf8;

        private int columnCount;
        private int iId = -1;
        private int iPeriod = -1;
        private int iYear = -1;
        private int iMonth = -1;
        private int iValue = -1;
        private byte delimiter = (byte)',';

        private bool canonical;

        // Under the invariant default: the first value like 2.032 (one to three digits, '.', three digits) and whether
        // any other value has a '.'-decimal, which says the file's '.' is a decimal point.
        private readonly bool invariant = culture.Equals(CultureInfo.InvariantCulture);
        private (int Line, string Text)? firstDotGrouped;
        private bool dotDecimals;

        private bool HasErrors => unlistedErrors > 0 || problems.Any(p => p.Severity == ProblemSeverity.Error);

        internal ReadResult<Panel> Read(Func<Stream> open)
        {
            // Two passes over the bytes, no string per row: the first finds the series and the months the file spans,
            // the second writes each value straight into its cell of the final array. Memory is the panel itself (8
            // bytes a cell) and a bit per cell to catch duplicates, not a list per column of the file.
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var keys = new List<SeriesKey>();
            var firstMonth = int.MaxValue;
            var lastMonth = int.MinValue;
            long rows = 0;
            var scratch = new byte[256];
            Span<Range> fields = stackalloc Range[8];
            var cache = new IdCache();
            using (var scan = new Utf8Records(open()))
            {
                if (!Header(scan))
                {
                    return Result(null);
                }

                while (!notUtf8 && scan.Next(delimiter, out var record, out var line, out var lastLine, out var unterminated, out var quoted))
                {
                    if (unterminated)
                    {
                        Error(line, null, "a quoted cell opened on this line is never closed.", "close the quote (\"...\"), or double a quote inside a quoted cell (\"\").");
                        break;
                    }

                    if (lastLine > line)
                    {
                        Warning(line, null, $"a quoted cell holds a line break: this row runs from line {line} to line {lastLine}.", "check that the quote is closed where you meant; remove the line break from the cell if it is not part of the text.");
                    }

                    // The common row (no quote, no blank to trim, columns in the usual order) is read by Fast; any
                    // other row, and any row Fast cannot read, by the general path, which says what is wrong.
                    ReadOnlySpan<byte> id;
                    int monthIndex;
                    if (!canonical || quoted || !Fast(record, out id, out monthIndex, out var tail) || tail.IndexOf(delimiter) >= 0)
                    {
                        var n = quoted ? Utf8Records.Split(record, delimiter, fields, ref scratch, quoted, out var unquoted) : Unquoted(record, fields, out unquoted);
                        ReadOnlySpan<byte> source = unquoted ? scratch : record;
                        if (n != columnCount)
                        {
                            Error(line, null, $"the row has {n} cells where the header has {columnCount}.", $"give every row {columnCount} cells; quote a cell that contains the delimiter (\"1,5\").");
                            continue;
                        }

                        if (!Month(source, fields, line, report: true, out monthIndex))
                        {
                            continue;
                        }

                        id = source[fields[iId]];
                        if (id.IsEmpty)
                        {
                            Error(line, "series_id", "the series id is empty.", "write the series' id in series_id.");
                            continue;
                        }
                    }

                    if (cache.Find(id) < 0)
                    {
                        if (Decode(id, line) is not { } name)
                        {
                            continue;
                        }

                        if (!ids.TryGetValue(name, out var index))
                        {
                            index = keys.Count;
                            ids[name] = index;
                            keys.Add(new SeriesKey(name, string.Empty));
                        }

                        cache.Set(id, index);
                    }

                    firstMonth = Math.Min(firstMonth, monthIndex);
                    lastMonth = Math.Max(lastMonth, monthIndex);
                    rows++;
                }
            }

            if (!HasErrors && rows == 0)
            {
                Error(1, null, "the file has a header but no rows.", "add one row per series and month under the header.");
                return Result(null);
            }

            var months = HasErrors ? 0 : lastMonth - firstMonth + 1;
            var cells = (long)keys.Count * months;
            if (cells > Array.MaxLength || (cells > 4_000_000 && cells > 64 * rows))
            {
                Error(0, null, $"the file's {rows} rows of {keys.Count} series span {months} months ({Period.FromMonthIndex(firstMonth)} to {Period.FromMonthIndex(lastMonth)}): a panel over that span needs {cells} cells, far more than the rows fill.", "check the years (a year typed 1023 for 2023 stretches the span), or split the file by series or by period.");
            }

            // The second pass reads the values; after errors in the first it only checks them, so that every bad cell is listed.
            var store = !HasErrors;
            var data = store ? GC.AllocateUninitializedArray<double>((int)cells) : [];
            var seen = store ? new System.Collections.BitArray((int)cells) : null;
            if (store)
            {
                Array.Fill(data, double.NaN);
            }

            cache = new IdCache();
            using (var scan = new Utf8Records(open()))
            {
                scan.Next(delimiter, out _, out _, out _, out _);
                while (!notUtf8 && scan.Next(delimiter, out var record, out var line, out _, out var unterminated, out var quoted) && !unterminated)
                {
                    ReadOnlySpan<byte> id;
                    ReadOnlySpan<byte> valueText;
                    int monthIndex;
                    if (!store || !canonical || quoted || !Fast(record, out id, out monthIndex, out valueText) || (delimiter == decimalByte && valueText.IndexOf(delimiter) >= 0))
                    {
                        var n = quoted ? Utf8Records.Split(record, delimiter, fields, ref scratch, quoted, out var unquoted) : Unquoted(record, fields, out unquoted);
                        ReadOnlySpan<byte> source = unquoted ? scratch : record;
                        if (n != columnCount || !Month(source, fields, line, report: false, out monthIndex))
                        {
                            continue;
                        }

                        id = source[fields[iId]];
                        valueText = source[fields[iValue]];
                    }

                    var v = Value(valueText, line, out var ok);
                    if (!store || !ok)
                    {
                        continue;
                    }

                    var index = cache.Find(id);
                    if (index < 0)
                    {
                        index = ids[Decode(id, line)!];
                        cache.Set(id, index);
                    }

                    var cell = (index * months) + (monthIndex - firstMonth);
                    if (seen![cell])
                    {
                        Error(line, null, $"{keys[index].Indicator} has two rows for {Period.FromMonthIndex(monthIndex)}.", "keep one row per series and month (a revision replaces the row).");
                        continue;
                    }

                    seen[cell] = true;
                    data[cell] = v;
                }
            }

            if (firstDotGrouped is { } grouped && !dotDecimals)
            {
                Error(grouped.Line, "value", $"'{grouped.Text}' reads as {grouped.Text} with '.' for decimals but as {grouped.Text.Replace(".", string.Empty, StringComparison.Ordinal)} with '.' for thousands, as a Vietnamese Excel export writes it, and nothing else in the file says which.", "if the file writes thousands with '.' (72.007; 12,6), read it with --culture vi-VN; if the '.' is a decimal point, read it with --culture en-US, or write the value in another unit.");
            }

            if (HasErrors)
            {
                return Result(null);
            }

            var panel = new Panel(Period.FromMonthIndex(firstMonth), months, keys, data);
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                if (AllNaN(panel.Row(s)))
                {
                    Warning(0, "value", $"{keys[s].Indicator} has rows but no value; it is read as missing throughout and is not forecast.", "fill in its values, or delete its rows.", "series with rows but no value");
                }
            }

            return Result(panel);
        }

        /// <summary>
        /// The usual row, read without splitting it into fields: id, period (or year, month), value, with nothing to
        /// trim; false for anything else, which the general path then reads and judges.
        /// </summary>
        private bool Fast(ReadOnlySpan<byte> record, out ReadOnlySpan<byte> id, out int monthIndex, out ReadOnlySpan<byte> tail)
        {
            monthIndex = 0;
            tail = default;
            var c1 = record.IndexOf(delimiter);
            id = c1 > 0 ? record[..c1] : default;
            if (c1 <= 0 || id[0] <= (byte)' ' || id[^1] <= (byte)' ')
            {
                return false;
            }

            var rest = record[(c1 + 1)..];
            var c2 = rest.IndexOf(delimiter);
            if (c2 < 0)
            {
                return false;
            }

            if (iPeriod == 1)
            {
                var p = rest[..c2];
                if (p.Length != 7 || p[4] != (byte)'-' || !Digits(p[..4], out var y) || !Digits(p[5..], out var m) || m is < 1 or > 12 || y < Period.MinYear)
                {
                    return false;
                }

                monthIndex = (y * 12) + m - 1;
                tail = rest[(c2 + 1)..];
                return true;
            }

            var yt = rest[..c2];
            var rest2 = rest[(c2 + 1)..];
            var c3 = rest2.IndexOf(delimiter);
            if (c3 < 0 || yt.Length != 4 || !Digits(yt, out var year) || year < Period.MinYear || !Digits(rest2[..c3], out var month) || c3 > 2 || month is < 1 or > 12)
            {
                return false;
            }

            monthIndex = (year * 12) + month - 1;
            tail = rest2[(c3 + 1)..];
            return true;
        }

        /// <summary>A record without a quote, split with one search per delimiter (the common case, millions of times).</summary>
        private int Unquoted(ReadOnlySpan<byte> record, Span<Range> fields, out bool unquoted)
        {
            unquoted = false;
            var at = 0;
            var count = 0;
            while (count < columnCount)
            {
                var d = record[at..].IndexOf(delimiter);
                var end = d < 0 ? record.Length : at + d;
                fields[count++] = Trim(record, at, end);
                if (d < 0)
                {
                    return count;
                }

                at = end + 1;
            }

            // More delimiters than the header has: count the cells for the message.
            return count + 1 + record[at..].Count(delimiter);
        }

        private static Range Trim(ReadOnlySpan<byte> s, int start, int end)
        {
            while (start < end && s[start] is (byte)' ' or (byte)'\t')
            {
                start++;
            }

            while (end > start && s[end - 1] is (byte)' ' or (byte)'\t')
            {
                end--;
            }

            return new Range(start, end);
        }

        private static bool AllNaN(ReadOnlySpan<double> row)
        {
            foreach (var v in row)
            {
                if (!double.IsNaN(v))
                {
                    return false;
                }
            }

            return true;
        }

        private static byte DecimalByte(CultureInfo culture)
        {
            if (culture.Equals(CultureInfo.InvariantCulture))
            {
                return (byte)'.';
            }

            var d = culture.NumberFormat.NumberDecimalSeparator;
            return d is "." or "," ? (byte)d[0] : (byte)0;
        }

        private bool Header(Utf8Records scan)
        {
            // The delimiter is the header's: ';' only when the header has no ','.
            if (!scan.Next((byte)',', out var record, out var line, out _, out _))
            {
                Error(0, null, "the file is empty.", HeaderFix);
                return false;
            }

            delimiter = record.IndexOf((byte)',') < 0 && record.IndexOf((byte)';') >= 0 ? (byte)';' : (byte)',';
            string headerText;
            try
            {
                headerText = Strict.GetString(record);
            }
            catch (DecoderFallbackException)
            {
                Error(line, null, NotUtf8, NotUtf8Fix);
                return false;
            }

            var parsed = CsvRecords.Parse(headerText, (char)delimiter, out _);
            var columns = parsed.Count == 0 ? [] : parsed[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
            columnCount = columns.Length;
            for (var i = 0; i < columns.Length; i++)
            {
                var c = columns[i];
                if (!Known.Contains(c))
                {
                    Warning(line, c, $"the column '{c}' is not part of the long series format and is ignored.", $"remove it, or rename it to one of {string.Join(", ", Known)}.");
                    continue;
                }

                if (Array.IndexOf(columns, c) != i)
                {
                    Error(line, c, $"the column '{c}' appears twice.", "keep one column of each name.");
                }
            }

            iId = Array.IndexOf(columns, "series_id");
            iPeriod = Array.IndexOf(columns, "period");
            iYear = Array.IndexOf(columns, "year");
            iMonth = Array.IndexOf(columns, "month");
            iValue = Array.IndexOf(columns, "value");
            if (iId < 0 || iValue < 0 || (iPeriod < 0 && (iYear < 0 || iMonth < 0)))
            {
                Error(line, null, $"the header '{headerText}' is not the long series layout: it lacks {string.Join(", ", new[] { iId < 0 ? "series_id" : null, iPeriod < 0 && (iYear < 0 || iMonth < 0) ? "period (or year and month)" : null, iValue < 0 ? "value" : null }.OfType<string>())}.", HeaderFix);
            }
            else if (iPeriod >= 0 && (iYear >= 0 || iMonth >= 0))
            {
                Error(line, "period", "the header has both period and year/month: which one dates a row is not clear.", "keep period (yyyy-MM), or year and month, not both.");
            }
            canonical = iId == 0 && ((iPeriod == 1 && iValue == 2 && columnCount == 3) || (iYear == 1 && iMonth == 2 && iValue == 3 && columnCount == 4));
            if (columnCount > 8)
            {
                Error(line, null, $"the header has {columnCount} columns; the long series format has 3 or 4.", HeaderFix);
            }

            return !HasErrors;
        }

        private bool Month(ReadOnlySpan<byte> source, ReadOnlySpan<Range> fields, int line, bool report, out int monthIndex)
        {
            monthIndex = 0;
            if (iPeriod >= 0)
            {
                var p = source[fields[iPeriod]];
                if (p.Length == 7 && p[4] == (byte)'-' && Digits(p[..4], out var y) && Digits(p[5..], out var m)
                    && m is >= 1 and <= 12 && y is >= Period.MinYear and <= Period.MaxYear)
                {
                    monthIndex = (y * 12) + m - 1;
                    return true;
                }

                if (report)
                {
                    var text = Encoding.UTF8.GetString(p);
                    Error(line, "period", Period.TryParse(text, out var other, out var error)
                        ? $"'{text}' is a {other.Kind.ToString().ToLowerInvariant()}, not a month; the long series format holds months."
                        : error + ".", "write the month as yyyy-MM, e.g. 2023-09.");
                }

                return false;
            }

            var yt = source[fields[iYear]];
            var mt = source[fields[iMonth]];
            if (!Digits(yt, out var year) || yt.Length != 4 || year is < Period.MinYear or > Period.MaxYear)
            {
                if (report)
                {
                    Error(line, "year", $"'{Encoding.UTF8.GetString(yt)}' is not a year.", $"write the year with four digits, {Period.MinYear}–{Period.MaxYear}, e.g. 2023.");
                }

                return false;
            }

            if (!Digits(mt, out var month) || mt.Length > 2 || month is < 1 or > 12)
            {
                if (report)
                {
                    Error(line, "month", $"'{Encoding.UTF8.GetString(mt)}' is not a month 1–12.", "write the month as a number from 1 to 12, e.g. 9.");
                }

                return false;
            }

            monthIndex = (year * 12) + month - 1;
            return true;
        }

        private static bool Digits(ReadOnlySpan<byte> s, out int value)
        {
            value = 0;
            if (s.IsEmpty || s.Length > 9)
            {
                return false;
            }

            foreach (var b in s)
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }

                value = (value * 10) + (b - '0');
            }

            return true;
        }

        /// <summary>
        /// A value cell under the file's culture. Plain numbers (digits, a sign, one decimal separator) are read here
        /// without a string; anything else goes to <see cref="NumberText.Parse(string?, CultureInfo, bool)"/>, so the rules and the messages are the
        /// interchange reader's.
        /// </summary>
        private double Value(ReadOnlySpan<byte> s, int line, out bool ok)
        {
            ok = true;
            if (s.IsEmpty)
            {
                return double.NaN;
            }

            if (decimalByte != 0 && Plain(s, decimalByte, out var v))
            {
                if (invariant && s.IndexOf((byte)'.') is var dot and >= 0)
                {
                    // 2.032: a decimal, or a Vietnamese thousands group? A decimal only when the file shows '.'-decimals
                    // elsewhere (as the interchange reader decides; see DotGroupsUndecided).
                    var digits = s[0] is (byte)'-' or (byte)'+' ? dot - 1 : dot;
                    if (digits <= 3 && s.Length - dot - 1 == 3)
                    {
                        firstDotGrouped ??= (line, Encoding.ASCII.GetString(s));
                    }
                    else
                    {
                        dotDecimals = true;
                    }
                }

                return v;
            }

            string text;
            try
            {
                text = Strict.GetString(s);
            }
            catch (DecoderFallbackException)
            {
                Error(line, "value", NotUtf8, NotUtf8Fix);
                ok = false;
                return double.NaN;
            }

            var parsed = NumberText.Parse(text, culture, isRate: false);
            if (!parsed.IsOk)
            {
                Error(line, "value", parsed.Error!, parsed.Fix!);
                ok = false;
            }
            else if (double.IsInfinity(parsed.Value))
            {
                Error(line, "value", $"'{text}' is too large to be a figure.", "check the number of digits; write the value in a larger unit if it is right.");
                ok = false;
                return double.NaN;
            }

            return parsed.Value;
        }

        private static bool Plain(ReadOnlySpan<byte> s, byte dec, out double value)
        {
            // Digits, a sign, one decimal separator with digits on both sides: anything else is NumberText's to judge.
            value = 0;
            var negative = false;
            var i = 0;
            if (s[0] is (byte)'-' or (byte)'+')
            {
                negative = s[0] == (byte)'-';
                i = 1;
            }

            ulong mantissa = 0;
            var exact = true;
            var intDigits = 0;
            for (; i < s.Length && s[i] - (uint)'0' <= 9; i++, intDigits++)
            {
                mantissa = (mantissa * 10) + (uint)(s[i] - '0');
                exact &= mantissa <= (1UL << 53);
            }

            if (intDigits == 0)
            {
                return false;
            }

            var decimalAt = -1;
            var fracDigits = 0;
            if (i < s.Length)
            {
                if (s[i] != dec)
                {
                    return false;
                }

                decimalAt = i++;
                for (; i < s.Length && s[i] - (uint)'0' <= 9; i++, fracDigits++)
                {
                    mantissa = (mantissa * 10) + (uint)(s[i] - '0');
                    exact &= mantissa <= (1UL << 53);
                }

                if (fracDigits == 0 || i != s.Length)
                {
                    return false;
                }
            }

            // Up to 2^53 with at most 22 decimals, m / 10^k is exact arithmetic rounded once: the same double as parsing
            // the text. Longer numbers go through the framework's parser.
            if (exact && fracDigits <= 22 && intDigits + fracDigits <= 19)
            {
                value = fracDigits == 0 ? mantissa : mantissa / Pow10[fracDigits];
            }
            else
            {
                var digits = s[(negative || s[0] == (byte)'+' ? 1 : 0)..];
                if (digits.Length > 64)
                {
                    return false;
                }

                Span<byte> copy = stackalloc byte[64];
                digits.CopyTo(copy);
                if (decimalAt >= 0)
                {
                    copy[decimalAt - (s.Length - digits.Length)] = (byte)'.';
                }

                if (!double.TryParse(copy[..digits.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
                {
                    return false;
                }
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        private string? Decode(ReadOnlySpan<byte> id, int line)
        {
            string name;
            try
            {
                name = Strict.GetString(id);
            }
            catch (DecoderFallbackException)
            {
                Error(line, "series_id", NotUtf8, NotUtf8Fix);
                notUtf8 = true;
                return null;
            }

            // NFC and NFD spellings of the same name (as some Mac and Excel copies write it) are one series.
            if (System.Text.Ascii.IsValid(id))
            {
                return name;
            }

            try
            {
                return name.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // Normalize refuses non-characters such as U+FFFE: valid UTF-8, but not text.
                Error(line, "series_id", "the name holds a character that is not text (such as U+FFFE).", "retype the name, or save the file again as CSV UTF-8.");
                return null;
            }
        }

        private ReadResult<Panel> Result(Panel? panel)
        {
            var list = problems.OrderBy(p => p.Location.Row).ToList();
            if (unlisted > 0)
            {
                list.Add(new InputProblem(unlistedErrors > 0 ? ProblemSeverity.Error : ProblemSeverity.Warning, new SourceLocation(file, 0), $"{unlisted} more problem(s) like those above are not listed ({unlistedErrors} of them errors).", "fix the problems above and read the file again to see the rest."));
            }

            return new ReadResult<Panel>(panel is not null && !HasErrors ? panel : EmptyPanel, list);
        }

        private void Error(int line, string? column, string message, string fix) => Add(ProblemSeverity.Error, line, column, message, fix);

        private void Warning(int line, string? column, string message, string fix, string? kind = null) => Add(ProblemSeverity.Warning, line, column, message, fix, kind);

        private void Add(ProblemSeverity severity, int line, string? column, string message, string fix, string? kind = null)
        {
            if (problems.Count < MaxProblemsListed)
            {
                problems.Add(new InputProblem(severity, new SourceLocation(file, line, column), message, fix) { Kind = kind });
            }
            else
            {
                unlisted++;
                unlistedErrors += severity == ProblemSeverity.Error ? 1 : 0;
            }
        }
    }

    /// <summary>The last series id seen, as bytes: files are usually sorted by series, and a row of the same series needs no lookup.</summary>
    private sealed class IdCache
    {
        private byte[] last = new byte[256];
        private int length = -1;
        private int index = -1;

        internal int Find(ReadOnlySpan<byte> id) => length == id.Length && id.SequenceEqual(last.AsSpan(0, length)) ? index : -1;

        internal void Set(ReadOnlySpan<byte> id, int value)
        {
            if (id.Length > last.Length)
            {
                last = new byte[id.Length];
            }

            id.CopyTo(last);
            length = id.Length;
            index = value;
        }
    }
}
