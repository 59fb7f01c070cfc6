using System.Text;

namespace Analytics.Io;

/// <summary>
/// The CSV rules every text reader of the library follows (RFC 4180, made safe for hand-edited files): a BOM, CRLF or
/// LF, ',' or ';' delimiters; a line whose first non-blank character is <c>#</c> is a comment, dropped before quotes
/// are looked at (a quote in a comment opens nothing); a quote is special only at the start of a field (<c>Ti vi 55"</c>
/// is text), where it opens a quoted field that may hold the delimiter, doubled quotes and line breaks.
/// </summary>
internal static class CsvRecords
{
    /// <summary>One record: the line it starts on, its fields, and the line it ends on (later when a quoted field holds a line break).</summary>
    internal readonly record struct Record(int Line, string[] Fields, int LastLine)
    {
        /// <summary>Gets a value indicating whether a quoted field of this record holds a line break.</summary>
        public bool SpansLines => LastLine > Line;
    }

    internal static char DetectDelimiter(string headerLine)
        => headerLine.Contains(',', StringComparison.Ordinal) || !headerLine.Contains(';', StringComparison.Ordinal) ? ',' : ';';

    /// <summary>The first line that is neither blank nor a comment, without its BOM, or an empty string.</summary>
    internal static string FirstDataLine(string text)
        => text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Length > 0 && !IsComment(l)) ?? string.Empty;

    /// <summary>Whether a line is a comment: its first non-blank character is <c>#</c>.</summary>
    internal static bool IsComment(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart();
        return t.Length > 0 && t[0] == '#';
    }

    /// <summary>Splits text into records, comments and blank lines dropped; an unterminated quote is reported with the line it opens on.</summary>
    internal static List<Record> Parse(string text, char delimiter, out int unterminatedQuoteLine)
    {
        unterminatedQuoteLine = 0;
        var records = new List<Record>();
        var fields = new List<string>();
        var sb = new StringBuilder();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        while (i < text.Length)
        {
            // At the start of a line: a blank line or a comment is skipped whole, quotes and all.
            var eol = text.IndexOf('\n', i);
            var lineEnd = eol < 0 ? text.Length : eol;
            var content = text.AsSpan(i, lineEnd - i).TrimEnd('\r');
            if (content.Trim().IsEmpty || IsComment(content))
            {
                i = eol < 0 ? text.Length : eol + 1;
                line++;
                continue;
            }

            var recordLine = line;
            fields.Clear();
            sb.Clear();
            var atFieldStart = true;
            var inQuotes = false;
            var quoteLine = 0;
            var ended = false;
            for (; i < text.Length && !ended; i++)
            {
                var c = text[i];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            sb.Append('"');
                            i++;
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            line++;
                        }

                        sb.Append(c);
                    }

                    continue;
                }

                if (c == delimiter)
                {
                    fields.Add(sb.ToString());
                    sb.Clear();
                    atFieldStart = true;
                }
                else if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] == '\n')))
                {
                    if (c == '\r' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    ended = true;
                }
                else if (c == '"' && atFieldStart)
                {
                    inQuotes = true;
                    quoteLine = line;
                    atFieldStart = false;
                    sb.Clear(); // blanks before the opening quote are not part of the field
                }
                else
                {
                    if (c is not ' ' and not '\t')
                    {
                        atFieldStart = false;
                    }

                    sb.Append(c);
                }
            }

            if (inQuotes)
            {
                unterminatedQuoteLine = quoteLine;
                return records;
            }

            fields.Add(sb.ToString());
            records.Add(new Record(recordLine, [.. fields], line));
            line++;
        }

        return records;
    }

    internal static string Quote(string field, char delimiter = ',')
        => field.AsSpan().IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 || field.TrimStart().StartsWith('#')
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
