namespace Analytics.Io;

/// <summary>
/// The CSV rules of <see cref="CsvRecords"/> over UTF-8 bytes, for files of millions of rows: records come out as
/// spans of one reusable buffer, no string per row. A line whose first non-blank byte is <c>#</c> is a comment and is
/// skipped before quotes are looked at; a quote opens a quoted field only at a field's start; a quoted field may hold a
/// line break, and its record then runs over several lines.
/// </summary>
internal sealed class Utf8Records : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private int _line;
    private bool _eof;
    private bool _first = true;

    internal Utf8Records(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>
    /// The next record that is neither blank nor a comment, without its line ending; the line it starts on, the line it
    /// ends on, and whether a quoted field is still open at the end of the file.
    /// </summary>
    internal bool Next(byte delimiter, out ReadOnlySpan<byte> record, out int line, out int lastLine, out bool unterminated)
        => Next(delimiter, out record, out line, out lastLine, out unterminated, out _);

    /// <summary>As <see cref="Next(byte, out ReadOnlySpan{byte}, out int, out int, out bool)"/>, also saying whether the record holds a quote.</summary>
    internal bool Next(byte delimiter, out ReadOnlySpan<byte> record, out int line, out int lastLine, out bool unterminated, out bool quoted)
    {
        // The common line, whole in the buffer: no quote, not blank, not a comment.
        if (!_first)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var stop = span.IndexOfAny((byte)'\n', (byte)'"');
            if (stop > 0 && span[stop] == (byte)'\n' && span[0] > (byte)' ' && span[0] != (byte)'#')
            {
                var r = span[..stop];
                if (r[^1] == (byte)'\r')
                {
                    r = r[..^1];
                }

                _start += stop + 1;
                line = lastLine = ++_line;
                record = r;
                unterminated = quoted = false;
                return true;
            }
        }

        while (true)
        {
            var pos = 0;
            var lines = 0;
            var inQuote = false;
            var skip = false;
            quoted = false;
            while (true)
            {
                var span = _buffer.AsSpan(_start + pos, _end - _start - pos);

                // One scan finds the line's end or its first quote; a line without a quote is the common case.
                var stop = span.IndexOfAny((byte)'\n', (byte)'"');
                if (stop < 0 && !_eof)
                {
                    Fill();
                    continue;
                }

                var nl = stop;
                if (stop >= 0 && span[stop] == (byte)'"')
                {
                    nl = span[stop..].IndexOf((byte)'\n');
                    if (nl < 0 && !_eof)
                    {
                        Fill();
                        continue;
                    }

                    nl = nl < 0 ? -1 : stop + nl;
                }

                if (nl < 0 && span.IsEmpty)
                {
                    if (pos == 0)
                    {
                        record = default;
                        line = lastLine = _line;
                        unterminated = false;
                        return false;
                    }

                    break;
                }

                var length = nl < 0 ? span.Length : nl;
                var text = span[..length];
                if (_first)
                {
                    _first = false;
                    if (text.StartsWith("\uFEFF"u8))
                    {
                        _start += 3;
                        continue;
                    }
                }

                lines++;
                if (pos == 0 && (text.IsEmpty || text[0] <= (byte)' ' || text[0] == (byte)'#') && IsBlankOrComment(text))
                {
                    pos = length + (nl < 0 ? 0 : 1);
                    skip = true;
                    break;
                }

                if (inQuote || (stop >= 0 && stop < length))
                {
                    quoted = true;
                    inQuote = OpenAtEnd(text, delimiter, inQuote);
                }

                pos += length + (nl < 0 ? 0 : 1);
                if (!inQuote || nl < 0)
                {
                    break;
                }
            }

            var recordStart = _start;
            _start += pos;
            line = _line + 1;
            _line += lines;
            lastLine = _line;
            if (skip)
            {
                continue;
            }

            var r = _buffer.AsSpan(recordStart, pos);
            if (!r.IsEmpty && r[^1] == (byte)'\n')
            {
                r = r[..^1];
            }

            if (!r.IsEmpty && r[^1] == (byte)'\r')
            {
                r = r[..^1];
            }

            record = r;
            unterminated = inQuote;
            return true;
        }
    }

    /// <summary>
    /// Splits a record into fields, unquoting where a quote opens a field; fields are trimmed of blanks. Returns the
    /// number of fields (which may exceed <paramref name="fields"/>' length: only that many ranges are kept). The
    /// ranges index <paramref name="record"/> itself, or <paramref name="scratch"/> when <paramref name="unquoted"/> is set.
    /// </summary>
    internal static int Split(ReadOnlySpan<byte> record, byte delimiter, Span<Range> fields, ref byte[] scratch, out bool unquoted)
        => Split(record, delimiter, fields, ref scratch, record.IndexOf((byte)'"') >= 0, out unquoted);

    /// <summary>As <see cref="Split(ReadOnlySpan{byte}, byte, Span{Range}, ref byte[], out bool)"/>, told whether the record holds a quote.</summary>
    internal static int Split(ReadOnlySpan<byte> record, byte delimiter, Span<Range> fields, ref byte[] scratch, bool quoted, out bool unquoted)
    {
        var count = 0;
        if (!quoted)
        {
            unquoted = false;
            var at = 0;
            while (true)
            {
                var d = record[at..].IndexOf(delimiter);
                var end = d < 0 ? record.Length : at + d;
                if (count < fields.Length)
                {
                    fields[count] = Trim(record, at, end);
                }

                count++;
                if (d < 0)
                {
                    return count;
                }

                at = end + 1;
            }
        }

        unquoted = true;
        if (scratch.Length < record.Length)
        {
            scratch = new byte[Math.Max(record.Length, scratch.Length * 2)];
        }

        var w = 0;
        var fieldStart = 0;
        var atFieldStart = true;
        var inQuote = false;
        var quotedEnd = -1; // in scratch: the end of the quoted part, so that blanks inside quotes survive the trim
        for (var i = 0; i < record.Length; i++)
        {
            var b = record[i];
            if (inQuote)
            {
                if (b == (byte)'"')
                {
                    if (i + 1 < record.Length && record[i + 1] == (byte)'"')
                    {
                        scratch[w++] = b;
                        i++;
                    }
                    else
                    {
                        inQuote = false;
                        quotedEnd = w;
                    }
                }
                else
                {
                    scratch[w++] = b;
                }

                continue;
            }

            if (b == delimiter)
            {
                if (count < fields.Length)
                {
                    fields[count] = TrimEnd(scratch, fieldStart, w, quotedEnd);
                }

                count++;
                fieldStart = w;
                atFieldStart = true;
                quotedEnd = -1;
            }
            else if (atFieldStart && b == (byte)'"')
            {
                inQuote = true;
                atFieldStart = false;
                w = fieldStart; // blanks before the opening quote are not part of the field
            }
            else
            {
                if (b is not (byte)' ' and not (byte)'\t')
                {
                    atFieldStart = false;
                }

                scratch[w++] = b;
            }
        }

        if (count < fields.Length)
        {
            fields[count] = TrimEnd(scratch, fieldStart, w, quotedEnd);
        }

        return count + 1;
    }

    public void Dispose() => _stream.Dispose();

    private static Range Trim(ReadOnlySpan<byte> s, int start, int end)
    {
        if (start == end || (s[start] > (byte)' ' && s[end - 1] > (byte)' '))
        {
            return new Range(start, end);
        }

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

    private static Range TrimEnd(byte[] s, int start, int end, int quotedEnd)
    {
        if (quotedEnd >= 0)
        {
            // A quoted field keeps what the quotes hold; only blanks after the closing quote go.
            while (end > quotedEnd && s[end - 1] is (byte)' ' or (byte)'\t')
            {
                end--;
            }

            return new Range(start, end);
        }

        return Trim(s, start, end);
    }

    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r')
            {
                continue;
            }

            return b == (byte)'#';
        }

        return true;
    }

    /// <summary>Whether a quoted field is open at the end of a line, given whether one was open at its start.</summary>
    private static bool OpenAtEnd(ReadOnlySpan<byte> line, byte delimiter, bool inQuote)
    {
        var atFieldStart = !inQuote;
        for (var i = 0; i < line.Length; i++)
        {
            var b = line[i];
            if (inQuote)
            {
                if (b == (byte)'"')
                {
                    if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                    {
                        i++;
                    }
                    else
                    {
                        inQuote = false;
                    }
                }
            }
            else if (b == delimiter)
            {
                atFieldStart = true;
            }
            else if (atFieldStart && b == (byte)'"')
            {
                inQuote = true;
                atFieldStart = false;
            }
            else if (b is not (byte)' ' and not (byte)'\t')
            {
                atFieldStart = false;
            }
        }

        return inQuote;
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
}
