using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;

namespace Analytics.Io;

/// <summary>
/// Large panels as long CSV files, read straight into a <see cref="Panel"/> and written back with their growth: the
/// columns <c>series_id,period,value</c> (period <c>yyyy-MM</c>) or <c>series_id,year,month,value</c>, numbers in the
/// invariant culture. Built for national panels of millions of rows; every problem is still located by row and column.
/// </summary>
public static class PanelCsv
{
    /// <summary>Returns whether a header line is the long panel layout.</summary>
    /// <param name="header">The first line of a file.</param>
    /// <returns><see langword="true"/> for <c>series_id,period,value</c> or <c>series_id,year,month,value</c>.</returns>
    public static bool IsPanelHeader(string header)
    {
        var columns = (header ?? string.Empty).Trim().TrimStart('\uFEFF').ToLowerInvariant().Split(',').Select(c => c.Trim()).ToArray();
        return columns.SequenceEqual(["series_id", "period", "value"]) || columns.SequenceEqual(["series_id", "year", "month", "value"]);
    }

    /// <summary>Reads a long panel file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The panel (null when the file has errors) and the problems found (at most 100 are listed).</returns>
    public static (Panel? Panel, IReadOnlyList<InputProblem> Problems) Read(string path)
    {
        Preconditions.CheckNotNull(path);
        var problems = new List<InputProblem>();
        void Error(int line, string? column, string message, string fix)
        {
            if (problems.Count < 100)
            {
                problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, line, column), message, fix));
            }
        }

        // Two passes over the bytes, no string per row: the first finds the series and the months the file spans, the
        // second writes each value straight into its cell of the final array. Memory is the panel itself (8 bytes a
        // cell) and a bit per cell to catch duplicates, not a list per column of the file.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var keys = new List<SeriesKey>();
        bool yearMonth;
        var firstMonth = int.MaxValue;
        var lastMonth = int.MinValue;
        long rows = 0;
        using (var scan = new RowScanner(path))
        {
            var header = scan.Header();
            if (!IsPanelHeader(header))
            {
                Error(1, null, $"the header '{header}' is not a panel layout.", "write series_id,period,value (period yyyy-MM) or series_id,year,month,value.");
                return (null, problems);
            }

            yearMonth = header.Split(',').Length == 4;
            Span<char> chars = stackalloc char[256];
            Span<byte> last = stackalloc byte[256];
            var lastLength = -1;
            while (scan.Next(out var row, out var line))
            {
                // The values are read (and checked) in the second pass; this one needs the series and the months.
                if (!ParseRow(row, yearMonth, parseValue: false, out var id, out var monthIndex, out _, out var error))
                {
                    Error(line, error.Column, error.Message(Encoding.UTF8.GetString(row)), error.Fix);
                    continue;
                }

                if (id.Length > 256)
                {
                    Error(line, "series_id", "the series id is longer than 256 characters.", "shorten the series id.");
                    continue;
                }

                // Files are usually sorted by series: a row of the same series as the last needs no lookup.
                if (id.Length != lastLength || !id.SequenceEqual(last[..lastLength]))
                {
                    var n = Encoding.UTF8.GetChars(id, chars);
                    if (!lookup.ContainsKey(chars[..n]))
                    {
                        var name = new string(chars[..n]);
                        ids[name] = keys.Count;
                        keys.Add(new SeriesKey(name, string.Empty));
                    }

                    id.CopyTo(last);
                    lastLength = id.Length;
                }

                firstMonth = Math.Min(firstMonth, monthIndex);
                lastMonth = Math.Max(lastMonth, monthIndex);
                rows++;
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        if (rows == 0)
        {
            Error(1, null, "the file has a header but no rows.", "add one row per series and month.");
            return (null, problems);
        }

        var months = lastMonth - firstMonth + 1;
        if ((long)keys.Count * months > Array.MaxLength)
        {
            Error(0, null, $"{keys.Count} series × {months} months is too large for one panel.", "split the file by series or by period.");
            return (null, problems);
        }

        var data = new double[keys.Count * months];
        Array.Fill(data, double.NaN);
        var seen = new System.Collections.BitArray(data.Length);
        using (var scan = new RowScanner(path))
        {
            scan.Header();
            Span<char> chars = stackalloc char[256];
            Span<byte> last = stackalloc byte[256];
            var lastLength = -1;
            var lastIndex = 0;
            while (scan.Next(out var row, out var line))
            {
                if (!ParseRow(row, yearMonth, parseValue: true, out var id, out var monthIndex, out var v, out var error))
                {
                    Error(line, error.Column, error.Message(Encoding.UTF8.GetString(row)), error.Fix);
                    continue;
                }

                if (id.Length != lastLength || !id.SequenceEqual(last[..lastLength]))
                {
                    var n = Encoding.UTF8.GetChars(id, chars);
                    lastIndex = lookup[chars[..n]];
                    id.CopyTo(last);
                    lastLength = id.Length;
                }

                var cell = (lastIndex * months) + (monthIndex - firstMonth);
                if (seen[cell])
                {
                    Error(line, null, $"{keys[cell / months].Indicator} has two rows for {Period.FromMonthIndex(monthIndex)}.", "keep one row per series and month.");
                    continue;
                }

                seen[cell] = true;
                data[cell] = v;
            }
        }

        return problems.Count > 0 ? (null, problems) : (new Panel(Period.FromMonthIndex(firstMonth), months, keys, data), problems);
    }

    private readonly record struct RowError(string? Column, Func<string, string> Message, string Fix);

    private static bool ParseRow(ReadOnlySpan<byte> s, bool yearMonth, bool parseValue, out ReadOnlySpan<byte> id, out int monthIndex, out double value, out RowError error)
    {
        id = default;
        monthIndex = 0;
        value = double.NaN;
        error = default;
        var c1 = s.IndexOf((byte)',');
        var rest = c1 < 0 ? ReadOnlySpan<byte>.Empty : s[(c1 + 1)..];
        var c2 = rest.IndexOf((byte)',');
        if (c1 < 0 || c2 < 0)
        {
            error = new RowError(null, t => $"the row '{t}' has too few cells.", "give every row series_id, period and value.");
            return false;
        }

        id = s[..c1];
        ReadOnlySpan<byte> valueText;
        if (yearMonth)
        {
            var rest2 = rest[(c2 + 1)..];
            var c3 = rest2.IndexOf((byte)',');
            if (c3 < 0 || !Utf8Parser.TryParse(rest[..c2], out int y, out var used1) || used1 != c2 || !Utf8Parser.TryParse(rest2[..c3], out int m, out var used2) || used2 != c3
                || m is < 1 or > 12 || y is < Period.MinYear or > Period.MaxYear)
            {
                error = new RowError("year", t => $"'{t}' does not start with a series, a year and a month 1–12.", "write e.g. A01,2023,9,123.4.");
                return false;
            }

            monthIndex = (y * 12) + m - 1;
            valueText = rest2[(c3 + 1)..];
        }
        else
        {
            var p = rest[..c2];
            if (p.Length != 7 || p[4] != (byte)'-' || !Utf8Parser.TryParse(p[..4], out int y, out var u1) || u1 != 4 || !Utf8Parser.TryParse(p[5..], out int m, out var u2) || u2 != 2 || m is < 1 or > 12 || y is < Period.MinYear or > Period.MaxYear)
            {
                var text = Encoding.UTF8.GetString(p);
                error = new RowError("period", _ => $"'{text}' is not a month.", "write the month as yyyy-MM, e.g. 2023-09.");
                return false;
            }

            monthIndex = (y * 12) + m - 1;
            valueText = rest[(c2 + 1)..];
        }

        if (valueText.IsEmpty || !parseValue)
        {
            return true;
        }

        if (!Utf8Parser.TryParse(valueText, out value, out var used, 'G') || used != valueText.Length || !double.IsFinite(value))
        {
            var text = Encoding.UTF8.GetString(valueText);
            error = new RowError("value", _ => $"'{text}' is not a number.", "write digits with '.' for decimals, or leave the cell empty when unknown.");
            value = double.NaN;
            return false;
        }

        return true;
    }

    /// <summary>Reads a file's rows as UTF-8 byte spans through one reusable buffer; lines end with \n or \r\n.</summary>
    private sealed class RowScanner : IDisposable
    {
        private readonly FileStream _stream;
        private byte[] _buffer = new byte[1 << 20];
        private int _start;
        private int _end;
        private int _line;
        private bool _eof;

        public RowScanner(string path)
        {
            _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }

        public string Header()
        {
            if (!Next(out var row, out _))
            {
                return string.Empty;
            }

            if (row.StartsWith("\uFEFF"u8))
            {
                row = row[3..];
            }

            return Encoding.UTF8.GetString(row);
        }

        /// <summary>The next non-empty row (without its line ending) and its 1-based line number.</summary>
        public bool Next(out ReadOnlySpan<byte> row, out int line)
        {
            while (true)
            {
                var span = _buffer.AsSpan(_start, _end - _start);
                var nl = span.IndexOf((byte)'\n');
                if (nl < 0 && !_eof)
                {
                    Fill();
                    continue;
                }

                if (nl < 0 && span.IsEmpty)
                {
                    row = default;
                    line = _line;
                    return false;
                }

                var length = nl < 0 ? span.Length : nl;
                row = span[..length];
                _start += nl < 0 ? length : length + 1;
                _line++;
                line = _line;
                if (!row.IsEmpty && row[^1] == (byte)'\r')
                {
                    row = row[..^1];
                }

                if (!row.IsEmpty)
                {
                    return true;
                }
            }
        }

        private void Fill()
        {
            var remaining = _end - _start;
            if (remaining == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
            _start = 0;
            _end = remaining;
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _eof = n == 0;
            _end += n;
        }

        public void Dispose() => _stream.Dispose();
    }
}
