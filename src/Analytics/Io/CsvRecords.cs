using System.Text;

namespace Analytics.Io;

/// <summary>A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, a BOM, ',' or ';' delimiters.</summary>
internal static class CsvRecords
{
    internal readonly record struct Record(int Line, string[] Fields);

    internal static char DetectDelimiter(string headerLine)
        => headerLine.Contains(',', StringComparison.Ordinal) || !headerLine.Contains(';', StringComparison.Ordinal) ? ',' : ';';

    /// <summary>Splits text into records; an unterminated quote is reported with the line it starts on.</summary>
    internal static List<Record> Parse(string text, char delimiter, out int unterminatedQuoteLine)
    {
        unterminatedQuoteLine = 0;
        var records = new List<Record>();
        var fields = new List<string>();
        var sb = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoteLine = 0;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var any = false;
        for (; i < text.Length; i++)
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

            if (c == '"')
            {
                inQuotes = true;
                quoteLine = line;
                any = true;
            }
            else if (c == delimiter)
            {
                fields.Add(sb.ToString());
                sb.Clear();
                any = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (any || sb.Length > 0)
                {
                    fields.Add(sb.ToString());
                    records.Add(new Record(recordLine, [.. fields]));
                }

                fields.Clear();
                sb.Clear();
                any = false;
                line++;
                recordLine = line;
            }
            else
            {
                sb.Append(c);
            }
        }

        if (inQuotes)
        {
            unterminatedQuoteLine = quoteLine;
            return records;
        }

        if (any || sb.Length > 0)
        {
            fields.Add(sb.ToString());
            records.Add(new Record(recordLine, [.. fields]));
        }

        return records;
    }

    internal static string Quote(string field, char delimiter = ',')
        => field.AsSpan().IndexOfAny([delimiter, '"', '\n', '\r']) >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
