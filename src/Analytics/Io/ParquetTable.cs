using System.Globalization;
using Analytics.Observations;
using Parquet;
using Parquet.Schema;

namespace Analytics.Io;

/// <summary>
/// The Parquet side of the Parquet readers and writers: a file's flat columns read as invariant text cells (so that the
/// CSV readers' checks apply unchanged), where each row came from (row group, row), and typed columns written.
/// </summary>
internal static class ParquetTable
{
    /// <summary>
    /// The rows written per row group: a reader holds a row group's columns at once (this tool two, the one read and the
    /// next being decoded), so groups of 32,768 rows (DuckDB writes 122,880) keep what is held small and let engines read
    /// groups in parallel.
    /// </summary>
    internal const int RowGroupSize = 1 << 15;

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>Returns whether a path names a Parquet file by its extension.</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="true"/> when it ends in .parquet.</returns>
    internal static bool IsParquetPath(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads every flat column of a Parquet file as text: strings as they are, numbers in the invariant culture in the
    /// shortest form that reads back the same, a null as an empty cell.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="columns">The columns read, by lower-case name, each with one cell per row.</param>
    /// <param name="rowGroups">The first row (0-based, over the whole file) of each row group.</param>
    /// <returns>The problem that makes the file unreadable, or null.</returns>
    internal static InputProblem? ReadText(string path, out Dictionary<string, string[]> columns, out int[] rowGroups)
    {
        var (problem, read, groups) = ReadTextAsync(path).GetAwaiter().GetResult();
        columns = read;
        rowGroups = groups;
        return problem;
    }

    /// <summary>Reads <paramref name="path"/>'s columns as text (the work of <see cref="ReadText"/>).</summary>
    private static async Task<(InputProblem? Problem, Dictionary<string, string[]> Columns, int[] RowGroups)> ReadTextAsync(string path)
    {
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return (Error(path, null, "the file does not exist.", "check the path (a folder of months is read by giving the folder)."), columns, []);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var head = new byte[4];
            if (stream.Length < 12 || stream.Read(head, 0, 4) < 4 || !head.AsSpan().SequenceEqual(Magic))
            {
                return (Error(path, null, "the file is not a Parquet file (it does not start with PAR1).", "write it with a Parquet writer (DuckDB COPY ... TO 'x.parquet', pandas to_parquet, this tool's --output x.parquet), or give a .csv or .xlsx name if it is one."), columns, []);
            }

            stream.Position = 0;
            await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
            var fields = reader.Schema.GetDataFields().Where(f => !f.IsArray && f.MaxRepetitionLevel == 0 && !f.Path.ToString().Contains('.', StringComparison.Ordinal)).ToList();
            var parts = fields.ToDictionary(f => f.Name.Trim().ToLowerInvariant(), _ => new List<string>(), StringComparer.Ordinal);
            var starts = new List<int>();
            var total = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                starts.Add(total);
                var n = checked((int)group.RowCount);
                foreach (var f in fields)
                {
                    if (await CellsAsync(group, f, n).ConfigureAwait(false) is not { } cells)
                    {
                        return (Error(path, f.Name, $"the column '{f.Name}' holds {f.ClrType.Name} values, which this tool does not read.", "store numbers as double (or integer, or decimal) and everything else as text (UTF-8 string)."), columns, []);
                    }

                    parts[f.Name.Trim().ToLowerInvariant()].AddRange(cells);
                }

                total += n;
            }

            return (null, parts.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), [.. starts]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ParquetException or NotSupportedException or OverflowException or Parquet.Meta.Proto.ThriftProtocolException)
        {
            return (Error(path, null, $"the file cannot be read as Parquet ({e.Message}).", "check the path and that the file is complete (not still being written); write it again if it is damaged."), columns, []);
        }
    }

    /// <summary>Moves a problem found on the CSV text made of a Parquet file to the file's own row and row group.</summary>
    /// <param name="problem">The problem, whose row is the CSV line (1 the header, 2 the first row).</param>
    /// <param name="path">The Parquet file.</param>
    /// <param name="rowGroups">The first row of each row group (<see cref="ReadText"/>).</param>
    /// <returns>The problem located by row (1-based over the file), with the row group and its row in the message.</returns>
    internal static InputProblem Relocate(InputProblem problem, string path, int[] rowGroups)
    {
        var row = problem.Location.Row - 1;
        if (row <= 0)
        {
            return problem with { Location = problem.Location with { File = path, Row = 0 } };
        }

        var g = Array.FindLastIndex(rowGroups, s => s < row);
        var where = g < 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (row group {g}, its row {row - rowGroups[g]})");
        return problem with { Location = problem.Location with { File = path, Row = row }, Message = problem.Message + where };
    }

    /// <summary>Writes one row group per <see cref="RowGroupSize"/> rows of typed columns.</summary>
    /// <param name="path">The file to create (overwritten).</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">Each column: its field and a function writing rows [from, from + count) of it.</param>
    internal static void Write(string path, int rows, IReadOnlyList<(DataField Field, Func<ParquetRowGroupWriter, int, int, Task> Write)> columns)
        => WriteAsync(path, rows, columns).GetAwaiter().GetResult();

    private static async Task WriteAsync(string path, int rows, IReadOnlyList<(DataField Field, Func<ParquetRowGroupWriter, int, int, Task> Write)> columns)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream).ConfigureAwait(false);
        for (var from = 0; from < rows || (rows == 0 && from == 0); from += RowGroupSize)
        {
            var count = Math.Min(RowGroupSize, rows - from);
            using var group = writer.CreateRowGroup();
            foreach (var (_, write) in columns)
            {
                await write(group, from, count).ConfigureAwait(false);
            }

            if (rows == 0)
            {
                break;
            }
        }
    }

    /// <summary>A text column.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="cell">The text of a row (null for none).</param>
    /// <returns>The column.</returns>
    internal static (DataField, Func<ParquetRowGroupWriter, int, int, Task>) Text(string name, Func<int, string?> cell) => Text(new DataField<string>(name, true), cell);

    /// <summary>A text column of a field made before (a file written row group by row group keeps one schema).</summary>
    /// <param name="field">The field.</param>
    /// <param name="cell">The text of a row (null for none).</param>
    /// <returns>The column.</returns>
    internal static (DataField, Func<ParquetRowGroupWriter, int, int, Task>) Text(DataField field, Func<int, string?> cell)
        => (field, async (g, from, count) => await g.WriteAsync(field, Enumerable.Range(from, count).Select(cell).ToArray()).ConfigureAwait(false));

    /// <summary>A nullable number column.</summary>
    /// <typeparam name="T">double or int.</typeparam>
    /// <param name="name">Its name.</param>
    /// <param name="cell">The number of a row (null for none).</param>
    /// <returns>The column.</returns>
    internal static (DataField, Func<ParquetRowGroupWriter, int, int, Task>) Number<T>(string name, Func<int, T?> cell)
        where T : struct
        => Number(new DataField<T?>(name), cell);

    /// <summary>A nullable number column of a field made before.</summary>
    /// <typeparam name="T">double or int.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="cell">The number of a row (null for none).</param>
    /// <returns>The column.</returns>
    internal static (DataField, Func<ParquetRowGroupWriter, int, int, Task>) Number<T>(DataField field, Func<int, T?> cell)
        where T : struct
        => (field, async (g, from, count) => await g.WriteAsync<T>(field, Enumerable.Range(from, count).Select(cell).ToArray()).ConfigureAwait(false));

    /// <summary>A Parquet file written row group by row group, as the rows come (a growth table written part by part).</summary>
    internal sealed class Appender : IDisposable
    {
        private readonly FileStream stream;
        private readonly ParquetWriter writer;

        private Appender(FileStream stream, ParquetWriter writer) => (this.stream, this.writer) = (stream, writer);

        /// <summary>Creates the file (overwritten) with its schema.</summary>
        /// <param name="path">The file.</param>
        /// <param name="fields">The columns' fields, in order; each row group writes them.</param>
        /// <returns>The appender.</returns>
        internal static Appender Create(string path, IEnumerable<DataField> fields)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }

            var stream = File.Create(path);
            try
            {
                return new Appender(stream, ParquetWriter.CreateAsync(new ParquetSchema(fields.Select(f => (Field)f)), stream).GetAwaiter().GetResult());
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        /// <summary>Writes rows as row groups of at most <see cref="RowGroupSize"/> rows.</summary>
        /// <param name="rows">The number of rows.</param>
        /// <param name="columns">Each column (of the fields given at creation, in order) and a function writing rows [from, from + count) of it.</param>
        internal void Append(int rows, IReadOnlyList<(DataField Field, Func<ParquetRowGroupWriter, int, int, Task> Write)> columns)
        {
            for (var from = 0; from < rows; from += RowGroupSize)
            {
                var count = Math.Min(RowGroupSize, rows - from);
                using var group = writer.CreateRowGroup();
                foreach (var (_, write) in columns)
                {
                    write(group, from, count).GetAwaiter().GetResult();
                }
            }
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            stream.Dispose();
        }
    }

    private static async Task<string[]?> CellsAsync(ParquetRowGroupReader group, DataField f, int n)
    {
        var t = f.ClrType;
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>))
        {
            var s = new string?[n];
            await group.ReadAsync(f, s.AsMemory()).ConfigureAwait(false);
            return [.. s.Select(x => x ?? string.Empty)];
        }

        return t == typeof(double) ? await NumbersAsync<double>(group, f, n, d => LongSeriesFormat.PlainText(d))
            : t == typeof(float) ? await NumbersAsync<float>(group, f, n, d => LongSeriesFormat.PlainText(d))
            : t == typeof(int) ? await NumbersAsync<int>(group, f, n, d => d.ToString(CultureInfo.InvariantCulture))
            : t == typeof(long) ? await NumbersAsync<long>(group, f, n, d => d.ToString(CultureInfo.InvariantCulture))
            : t == typeof(short) ? await NumbersAsync<short>(group, f, n, d => d.ToString(CultureInfo.InvariantCulture))
            : t == typeof(decimal) ? await NumbersAsync<decimal>(group, f, n, d => d.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    private static async Task<string[]> NumbersAsync<T>(ParquetRowGroupReader group, DataField f, int n, Func<T, string> text)
        where T : struct
    {
        if (f.IsNullable)
        {
            var v = new T?[n];
            await group.ReadAsync<T>(f, v.AsMemory()).ConfigureAwait(false);
            return [.. v.Select(x => x is { } y ? Finite(text(y)) : string.Empty)];
        }

        var w = new T[n];
        await group.ReadAsync<T>(f, w.AsMemory()).ConfigureAwait(false);
        return [.. w.Select(x => Finite(text(x)))];
    }

    // NaN is how a missing figure travels in arrays; in a cell it is an empty cell, as in the CSV.
    private static string Finite(string text) => text is "NaN" ? string.Empty : text;

    private static InputProblem Error(string path, string? column, string message, string fix)
        => new(ProblemSeverity.Error, new SourceLocation(path, 0, column), message, fix);
}
