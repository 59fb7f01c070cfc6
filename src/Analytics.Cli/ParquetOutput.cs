using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace Analytics.Cli;

/// <summary>
/// A command's CSV table written as Parquet instead, when its <c>--output</c> ends in <c>.parquet</c>: the table is
/// collected as the command writes it, then stored with one typed column per CSV column. A column whose every cell is a
/// number in the invariant culture (or empty) becomes a nullable double; every other column stays text, and so does a
/// column with a number written with a leading zero (a code such as 001) or any id, period or text column.
/// </summary>
internal sealed class ParquetOutput(string path) : StringWriter(CultureInfo.InvariantCulture)
{
    /// <summary>Returns whether an output name asks for Parquet.</summary>
    /// <param name="output">The output file, or null for standard output.</param>
    /// <returns><see langword="true"/> when it ends in .parquet.</returns>
    internal static bool IsParquet(string? output) => output is not null && output.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes CSV text (a header line, then rows; RFC 4180 quoting) to a Parquet file.</summary>
    /// <param name="csv">The table.</param>
    /// <param name="path">The file to create (overwritten).</param>
    internal static void WriteTable(string csv, string path) => WriteTableAsync(csv, path).GetAwaiter().GetResult();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            WriteTable(ToString(), path);
        }

        base.Dispose(disposing);
    }

    private static async Task WriteTableAsync(string csv, string path)
    {
        var rows = Parse(csv);
        if (rows.Count == 0)
        {
            throw new UsageException($"{path}: the command wrote no table to store as Parquet; give a .csv or .txt name instead.");
        }

        var header = rows[0];
        var body = rows.Skip(1).ToList();
        var fields = new List<DataField>();
        var writes = new List<Func<ParquetRowGroupWriter, DataField, Task>>();
        for (var c = 0; c < header.Count; c++)
        {
            var cells = body.Select(r => c < r.Count ? r[c] : string.Empty).ToArray();
            if (header[c] is not ("series_id" or "period" or "through" or "indicator" or "breakdown") && cells.All(IsNumber))
            {
                fields.Add(new DataField<double?>(header[c]));
                var numbers = cells.Select(s => s.Length == 0 ? (double?)null : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
                writes.Add(async (g, f) => await g.WriteAsync<double>(f, numbers).ConfigureAwait(false));
            }
            else
            {
                fields.Add(new DataField<string>(header[c], true));
                writes.Add(async (g, f) => await g.WriteAsync(f, cells).ConfigureAwait(false));
            }
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields.Cast<Field>()), stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Count; c++)
        {
            await writes[c](group, fields[c]).ConfigureAwait(false);
        }
    }

    private static bool IsNumber(string s)
        => s.Length == 0
           || (double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
               && !(s.TrimStart('-').Length > 1 && s.TrimStart('-')[0] == '0' && char.IsAsciiDigit(s.TrimStart('-')[1])));

    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(ch);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
