using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Io;

/// <summary>
/// Reads an interchange CSV file straight into <see cref="ObservationColumns"/>: the bytes are read once, each series'
/// key interned once, each cell parsed into its column, no object per row. This is the form of the large monthly files
/// (a ministry's archive, a panel of thousands of series) that <see cref="InterchangeFormat.Read"/> would hold as one
/// object per figure.
/// </summary>
/// <remarks>
/// The file's every check is the format's: the few warnings a regular monthly file raises (a row without a unit, a row
/// without a figure, a month missing in a series, a value a thousand times off its series) are reported exactly as
/// <see cref="InterchangeFormat.Read"/> reports them. A file holding anything the columns do not carry — a quarter or a
/// cumulative period, a revision (two releases of one figure), a share, a note or a source, a unit converted or
/// mismatched, a negative flow, an unknown column, or any error — is not read here: <see cref="TryRead"/> returns null,
/// and <see cref="InterchangeFormat.Read"/> reads it and reports every problem it has.
/// </remarks>
public static class InterchangeColumns
{
    /// <summary>Reads a file into columns when it holds only what the columns carry.</summary>
    /// <param name="path">The interchange CSV file.</param>
    /// <param name="options">The culture and catalogue; defaults when null.</param>
    /// <returns>The columns with the file's warnings (never an error), or null when the file must be read by <see cref="InterchangeFormat.Read"/> (as it must when <see cref="InterchangeOptions.Encoding"/> is not UTF-8).</returns>
    public static ReadResult<ObservationColumns>? TryRead(string path, InterchangeOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        if (options is not null && options.Encoding != TextEncoding.Utf8)
        {
            // Bytes in another encoding are decoded (and their letters checked) by the store's reader.
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var reader = new Reader(path, options ?? new InterchangeOptions());
            reader.ReserveLines(stream);
            return reader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads an interchange Parquet file into columns when it holds only what the columns carry, reading the typed
    /// columns themselves (no text per cell): the figures, and the problems located by row and row group, are those
    /// <see cref="InterchangeParquet.Read"/> gives.
    /// </summary>
    /// <param name="path">The .parquet file, as <see cref="InterchangeParquet.Write"/> or another tool writes it (text columns as UTF-8 strings, numbers as doubles).</param>
    /// <param name="options">The catalogue; numbers in Parquet carry no culture.</param>
    /// <returns>The columns with the file's warnings, or null when the file must be read by <see cref="InterchangeParquet.Read"/>.</returns>
    public static ReadResult<ObservationColumns>? TryReadParquet(string path, InterchangeOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        try
        {
            var o = (options ?? new InterchangeOptions()) with { Culture = CultureInfo.InvariantCulture };
            return new Reader(path, o).ReadParquet(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or OverflowException
                                    or Parquet.ParquetException or Parquet.Meta.Proto.ThriftProtocolException or InvalidCastException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The rows a part of <see cref="TryReadInParts"/> holds before it ends at the next series, by default: small enough
    /// that a part's arrays are ordinary (not large-object) allocations, which the collector reclaims as soon as the part
    /// is written.
    /// </summary>
    public const int DefaultPartRows = 4096;

    /// <summary>
    /// Reads a file as <see cref="TryRead"/> does, but hands the figures on in parts of whole series (about
    /// <paramref name="partRows"/> rows each, in the file's order) as they are read, so that a large file is never held
    /// whole: what is held at once is a part, whatever the file's size.
    /// </summary>
    /// <remarks>
    /// The file's series must come one after another (each series' rows together, as every file the tool writes has
    /// them); a series whose rows resume after another series' is not read in parts. The checks across the file (a
    /// number like 72.007 with no '.'-decimal anywhere in the file, a breakdown whose unit differs from its total's) can
    /// only be settled at its end: a null result, even after parts were handed on, means the file must be read by
    /// <see cref="TryRead"/> or <see cref="InterchangeFormat.Read"/>, and whatever was made of the parts discarded.
    /// </remarks>
    /// <param name="path">The interchange CSV file.</param>
    /// <param name="part">Called with each part, in order, on the reading thread.</param>
    /// <param name="options">The culture and catalogue; defaults when null.</param>
    /// <param name="partRows">The rows after which a part ends at the next new series.</param>
    /// <returns>The number of rows read with the file's warnings, or null when the file must be read whole.</returns>
    public static ReadResult<long>? TryReadInParts(string path, Action<ObservationColumns> part, InterchangeOptions? options = null, int partRows = DefaultPartRows)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(part);
        Preconditions.CheckArgument(partRows > 0, nameof(partRows), "Give a positive number of rows per part.");
        if (options is not null && options.Encoding != TextEncoding.Utf8)
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var reader = new Reader(path, options ?? new InterchangeOptions());
            reader.InParts(part, partRows);
            return reader.Read(stream) is { } done ? new ReadResult<long>(reader.RowsRead, done.Problems) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a Parquet file as <see cref="TryReadParquet"/> does, handing the figures on in parts of whole series as
    /// <see cref="TryReadInParts"/> does for a CSV file; what is held at once is a part and the row group being read.
    /// </summary>
    /// <param name="path">The .parquet file.</param>
    /// <param name="part">Called with each part, in order, on the reading thread.</param>
    /// <param name="options">The catalogue; numbers in Parquet carry no culture.</param>
    /// <param name="partRows">The rows after which a part ends at the next new series.</param>
    /// <returns>The number of rows read with the file's warnings, or null when the file must be read whole.</returns>
    public static ReadResult<long>? TryReadParquetInParts(string path, Action<ObservationColumns> part, InterchangeOptions? options = null, int partRows = DefaultPartRows)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(part);
        Preconditions.CheckArgument(partRows > 0, nameof(partRows), "Give a positive number of rows per part.");
        try
        {
            var o = (options ?? new InterchangeOptions()) with { Culture = CultureInfo.InvariantCulture };
            var reader = new Reader(path, o);
            reader.InParts(part, partRows);
            return reader.ReadParquet(path) is { } done ? new ReadResult<long>(reader.RowsRead, done.Problems) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or OverflowException
                                    or Parquet.ParquetException or Parquet.Meta.Proto.ThriftProtocolException or InvalidCastException or ArgumentException)
        {
            return null;
        }
    }

    private sealed class Reader(string file, InterchangeOptions options)
    {
        private static readonly string[] Known = [.. InterchangeFormat.RequiredColumns, .. InterchangeFormat.OptionalColumns];
        private readonly List<InputProblem> problems = [];
        private readonly CultureInfo culture = options.Culture;
        private readonly bool invariant = options.Culture.Equals(CultureInfo.InvariantCulture);
        private readonly byte dec = options.Culture.Equals(CultureInfo.InvariantCulture) ? (byte)'.' : (byte)options.Culture.NumberFormat.NumberDecimalSeparator[0];

        private int cIndicator;
        private int cBreakdown;
        private int cPeriod;
        private int cValue;
        private int cUnit;
        private int cMom;
        private int cYoy;
        private int cStatus;
        private int cRelease = -1;
        private int cDimension = -1;
        private int[] mustBeEmpty = [];

        private readonly Dictionary<(string, string), int> seriesIds = [];
        private readonly Dictionary<string, string> codes = new(StringComparer.OrdinalIgnoreCase);
        private bool dotGrouped;
        private bool dotDecimal;
        private bool storeDecides;
        private readonly List<SeriesKey> keys = [];
        private readonly List<string> dims = [];
        private readonly List<Unit?> units = [];
        private int n;
        private int cap;
        private int[] series = [];
        private int[] months = [];
        private double[] values = [];
        private sbyte[] decimals = [];
        private bool[] unitGiven = [];
        private StatedRate[] mom = [];
        private StatedRate[] yoy = [];
        private ObservationStatus[] status = [];
        private int[] releases = [];
        private int[] lines = [];

        // Reading in parts: the receiver, the rows after which a part ends, the first series of the part being read (the
        // series before it were handed on), the rows read in all, the line shift of a Parquet file's rows, and the
        // breakdowns read before their total, whose units are compared with the total's when it comes.
        private Action<ObservationColumns>? onPart;
        private int partRows;
        private int partFirstSeries;
        private int rowShift;
        private readonly List<(string Indicator, Unit Unit)> pendingTotals = [];

        internal long RowsRead { get; private set; }

        internal void InParts(Action<ObservationColumns> receiver, int rows)
        {
            onPart = receiver;
            partRows = rows;
            Reserve(rows + (rows / 4));
        }

        // In parts: a row of series s (created: the index a new series would get). False when a series already handed
        // on resumes; a new series after a full part ends that part first.
        private bool NextSeries(int s, int created)
        {
            if (onPart is null)
            {
                return true;
            }

            if (s < partFirstSeries)
            {
                return false;
            }

            return s != created || n < partRows || FlushPart(s);
        }

        private bool FlushPart(int endSeries)
        {
            if (Build(partFirstSeries, endSeries) is not { } part)
            {
                return false;
            }

            if (rowShift != 0)
            {
                part.ShiftRows(rowShift);
            }

            onPart!(part);
            partFirstSeries = endSeries;
            n = 0;
            return true;
        }

        // A CSV file has at most one row per line after its header: its lines counted (a pass over the bytes, no text
        // made), the columns are sized once; the stream is put back at its start.
        internal void ReserveLines(Stream stream)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
            try
            {
                long count = 0;
                var last = (byte)'\n';
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    count += buffer.AsSpan(0, read).Count((byte)'\n');
                    last = buffer[read - 1];
                }

                // The header's line is not a row; a last line without its line break is.
                var rows = last == (byte)'\n' ? count - 1 : count;
                Reserve((int)Math.Clamp(rows, 1, Array.MaxLength));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
                stream.Position = 0;
            }
        }

        internal ReadResult<ObservationColumns>? Read(Stream stream)
        {
            using var records = new Utf8Records(stream);
            if (!records.Next((byte)',', out var headerBytes, out var headerLine, out _, out var unterminated) || unterminated || !Header(headerBytes))
            {
                return null;
            }

            var columnCount = CountFields(headerBytes);
            Span<Range> fields = stackalloc Range[16];
            var scratch = new byte[256];
            Span<byte> keyBuffer = stackalloc byte[512];

            byte[] lastKey = [];
            var lastSeries = -1;
            byte[] lastUnitBytes = [];
            Unit? lastUnit = null;

            while (records.Next((byte)',', out var record, out var line, out var lastLine, out unterminated, out var quoted))
            {
                if (unterminated || lastLine > line)
                {
                    return null;
                }

                var count = Utf8Records.Split(record, (byte)',', fields, ref scratch, quoted, out var unquoted);
                if (count != columnCount || count > fields.Length)
                {
                    return null;
                }

                ReadOnlySpan<byte> src = unquoted ? scratch : record;
                foreach (var c in mustBeEmpty)
                {
                    if (!src[fields[c]].IsEmpty)
                    {
                        return null;
                    }
                }

                // The series: the key's bytes compared with the row before's, a string only for a new series.
                var indicatorBytes = src[fields[cIndicator]];
                var breakdownBytes = src[fields[cBreakdown]];
                var dimensionBytes = cDimension >= 0 ? src[fields[cDimension]] : [];
                var keyLength = indicatorBytes.Length + breakdownBytes.Length + dimensionBytes.Length + 2;
                var key = keyLength <= keyBuffer.Length ? keyBuffer[..keyLength] : new byte[keyLength];
                indicatorBytes.CopyTo(key);
                key[indicatorBytes.Length] = 0;
                breakdownBytes.CopyTo(key[(indicatorBytes.Length + 1)..]);
                key[indicatorBytes.Length + 1 + breakdownBytes.Length] = 0;
                dimensionBytes.CopyTo(key[(indicatorBytes.Length + breakdownBytes.Length + 2)..]);
                int s;
                if (lastSeries >= 0 && key.SequenceEqual(lastKey))
                {
                    s = lastSeries;
                }
                else
                {
                    var indicator = Text(indicatorBytes);
                    var breakdown = Text(breakdownBytes);
                    var dimension = cDimension >= 0 ? Text(dimensionBytes) : string.Empty;
                    var created = keys.Count;
                    s = SeriesOf(indicator, breakdown, dimension);
                    if (s < 0 || !NextSeries(s, created))
                    {
                        return null;
                    }

                    lastKey = key.ToArray();
                    lastSeries = s;
                }

                if (!Month(src[fields[cPeriod]], out var month))
                {
                    return null;
                }

                var valueBytes = src[fields[cValue]];
                if (!Number(valueBytes, isRate: false, out var value, out var valueDecimals, out _))
                {
                    return null;
                }

                var unitBytes = src[fields[cUnit]];
                var hasUnit = !unitBytes.IsEmpty;
                if (hasUnit)
                {
                    if (lastUnit is null || !unitBytes.SequenceEqual(lastUnitBytes))
                    {
                        var text = Text(unitBytes);
                        if (text.Length == 0 || text.Contains('\uFFFD', StringComparison.Ordinal))
                        {
                            return null;
                        }

                        lastUnit = Unit.Parse(InterchangeReader.Nfc(text));
                        lastUnitBytes = unitBytes.ToArray();
                    }

                    if (!SetUnit(s, lastUnit))
                    {
                        return null;
                    }
                }
                else if (!double.IsNaN(value))
                {
                    Warning(line, "unit", $"the value {Text(valueBytes)} has no unit; it is read, and text shows it without one.", "write its unit, e.g. tỷ đồng or triệu USD.", "rows with a value but no unit");
                }

                if (!Rate(src[fields[cMom]], out var m) || !Rate(src[fields[cYoy]], out var y) || !Status(src[fields[cStatus]], out var st))
                {
                    return null;
                }

                var release = -1;
                if (cRelease >= 0 && !src[fields[cRelease]].IsEmpty)
                {
                    if (!Month(src[fields[cRelease]], out release) || release < month)
                    {
                        return null;
                    }
                }

                if (double.IsNaN(value) && !m.IsStated && !y.IsStated)
                {
                    Warning(line, null, "the row carries no figure (no value, no rate, no share); it is kept but says nothing.", "fill in the figure, or delete the row.", "rows that carry no figure");
                }

                Add(s, month, value, valueDecimals, hasUnit, m, y, st, release, line);
            }

            return Finish();
        }

        internal ReadResult<ObservationColumns>? ReadParquet(string path)
        {
            using var stream = File.OpenRead(path);
            var reader = Parquet.ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            try
            {
                return ReadParquet(path, reader);
            }
            finally
            {
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        private ReadResult<ObservationColumns>? ReadParquet(string path, Parquet.ParquetReader reader)
        {
            var all = reader.Schema.GetDataFields();
            var flat = all.Where(f => !f.IsArray && f.MaxRepetitionLevel == 0 && !f.Path.ToString().Contains('.', StringComparison.Ordinal)).ToList();
            if (flat.Count != all.Length)
            {
                return null;
            }

            var byName = new Dictionary<string, Parquet.Schema.DataField>(StringComparer.Ordinal);
            foreach (var f in flat)
            {
                if (!byName.TryAdd(f.Name.Trim().ToLowerInvariant(), f))
                {
                    return null;
                }
            }

            if (!byName.ContainsKey("indicator") || !byName.ContainsKey("period") || !byName.TryGetValue("value", out var valueField))
            {
                return null;
            }

            string[] texts = ["indicator", "breakdown", "period", "unit", "status", "release", "dimension", "parent", "note", "source", "value_bound", "mom_pct_bound", "yoy_pct_bound", "share_pct_bound"];
            string[] numbers = ["value", "mom_pct", "yoy_pct", "share_pct"];
            string[] counts = ["value_decimals", "mom_pct_decimals", "yoy_pct_decimals", "share_pct_decimals"];
            foreach (var (name, f) in byName)
            {
                var t = f.ClrType;
                if ((texts.Contains(name) && t != typeof(string) && t != typeof(ReadOnlyMemory<char>)) || (numbers.Contains(name) && t != typeof(double)) || (counts.Contains(name) && t != typeof(int)))
                {
                    return null;
                }
            }

            var exactStatistics = reader.Metadata?.CreatedBy?.StartsWith("Parquet.Net", StringComparison.Ordinal) == true;
            var rows = 0L;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                rows += reader.OpenRowGroupReader(g).RowCount;
            }

            Reserve(onPart is null ? checked((int)Math.Max(rows, 1)) : (int)Math.Min(Math.Max(rows, 1), partRows + (partRows / 4)));
            rowShift = -1;
            var groups = new List<int>();
            var total = 0;

            // Each row group is decoded on another thread while the one before is read row by row: Parquet.Net's
            // decoding is half the work, and the reader is used by one thread at a time (the decoding, in order).
            Task<GroupColumns?>? next = reader.RowGroupCount > 0 ? Task.Run(() => GroupColumns.Decode(reader, 0, byName, valueField, exactStatistics)) : null;
            try
            {
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    using var decoded = next!.GetAwaiter().GetResult();
                    next = g + 1 < reader.RowGroupCount ? Task.Run(() => GroupColumns.Decode(reader, g + 1, byName, valueField, exactStatistics)) : null;
                    if (decoded is null)
                    {
                        // The next group is waited for and returned below, once.
                        return null;
                    }

                    var count = decoded.Count;
                    groups.Add(total);
                    var (indicator, breakdown, period, unit, statusText, release, dimension) = (decoded.Indicator, decoded.Breakdown, decoded.Period, decoded.Unit, decoded.Status, decoded.Release, decoded.Dimension);
                    var (value, valueDecimals, valueBound) = (decoded.Value, decoded.ValueDecimals, decoded.ValueBound);
                    var (momValue, momDecimals, momBound, yoyValue, yoyDecimals, yoyBound) = (decoded.MomValue, decoded.MomDecimals, decoded.MomBound, decoded.YoyValue, decoded.YoyDecimals, decoded.YoyBound);

                    ReadOnlyMemory<char> lastIndicator = default, lastBreakdown = default, lastDimension = default;
                    var lastUnitText = string.Empty;
                    var lastSeries = -1;
                    Unit? lastUnit = null;
                    for (var i = 0; i < count; i++)
                    {
                        var line = total + i + 2;
                        var ind = indicator[i].Span;
                        var brk = breakdown is null ? [] : breakdown[i].Span;
                        var dim = dimension is null ? [] : dimension[i].Span;
                        int s;
                        if (lastSeries >= 0 && ind.SequenceEqual(lastIndicator.Span) && brk.SequenceEqual(lastBreakdown.Span) && dim.SequenceEqual(lastDimension.Span))
                        {
                            s = lastSeries;
                        }
                        else
                        {
                            // A line break would make the CSV the store reads of it span lines, a '#' a comment line.
                            if (ind.IndexOfAny('\n', '\r') >= 0 || brk.IndexOfAny('\n', '\r') >= 0 || dim.IndexOfAny('\n', '\r') >= 0 || ind.TrimStart().StartsWith('#'))
                            {
                                return null;
                            }

                            var created = keys.Count;
                            s = SeriesOf(ind.Trim().ToString(), brk.Trim().ToString(), dim.Trim().ToString());
                            if (s < 0 || !NextSeries(s, created))
                            {
                                return null;
                            }

                            (lastIndicator, lastBreakdown, lastDimension, lastSeries) = (indicator[i], breakdown?[i] ?? default, dimension?[i] ?? default, s);
                        }

                        if (!MonthText(period[i].Span, out var month))
                        {
                            return null;
                        }

                        if (!Cell(value[i], valueDecimals?[i] ?? -1, valueBound is null ? [] : valueBound[i].Span, isRate: false, out var v, out var d, out _, out var valueText))
                        {
                            return null;
                        }

                        var unitText = unit is null ? [] : unit[i].Span;
                        var hasUnit = !unitText.IsWhiteSpace();
                        if (hasUnit)
                        {
                            if (lastUnit is null || !unitText.SequenceEqual(lastUnitText))
                            {
                                if (unitText.IndexOfAny('\n', '\r') >= 0)
                                {
                                    return null;
                                }

                                lastUnitText = unitText.ToString();
                                lastUnit = Unit.Parse(lastUnitText.Trim());
                            }

                            if (!SetUnit(s, lastUnit))
                            {
                                return null;
                            }
                        }
                        else if (!double.IsNaN(v))
                        {
                            Warning(line, "unit", $"the value {valueText ?? LongSeriesFormat.PlainText(v)} has no unit; it is read, and text shows it without one.", "write its unit, e.g. tỷ đồng or triệu USD.", "rows with a value but no unit");
                        }

                        if (!Cell(momValue?[i] ?? double.NaN, momDecimals?[i] ?? -1, momBound is null ? [] : momBound[i].Span, isRate: true, out var mv, out var md, out var mb, out _)
                            || !Cell(yoyValue?[i] ?? double.NaN, yoyDecimals?[i] ?? -1, yoyBound is null ? [] : yoyBound[i].Span, isRate: true, out var yv, out var yd, out var yb, out _))
                        {
                            return null;
                        }

                        var m = double.IsNaN(mv) ? StatedRate.None : new StatedRate(mv, md, mb);
                        var y = double.IsNaN(yv) ? StatedRate.None : new StatedRate(yv, yd, yb);
                        if (!StatusText(statusText is null ? [] : statusText[i].Span, out var st))
                        {
                            return null;
                        }

                        var r = -1;
                        if (release is not null && !release[i].Span.IsWhiteSpace() && (!MonthText(release[i].Span, out r) || r < month))
                        {
                            return null;
                        }

                        if (double.IsNaN(v) && !m.IsStated && !y.IsStated)
                        {
                            Warning(line, null, "the row carries no figure (no value, no rate, no share); it is kept but says nothing.", "fill in the figure, or delete the row.", "rows that carry no figure");
                        }

                        Add(s, month, v, d, hasUnit, m, y, st, r, line);
                    }

                    total += count;
                }
            }
            finally
            {
                // A group still being decoded when the reading stopped early: waited for (the reader is disposed after this) and its arrays returned.
                if (next is not null)
                {
                    try
                    {
                        next.GetAwaiter().GetResult()?.Dispose();
                    }
                    catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or OverflowException or Parquet.ParquetException
                                                or Parquet.Meta.Proto.ThriftProtocolException or InvalidCastException or ArgumentException)
                    {
                        // The next group was not needed; its failure says nothing about the rows read.
                    }
                }
            }

            var starts = groups.ToArray();
            if (Finish() is not { } result)
            {
                return null;
            }

            // As InterchangeParquet.Read: rows counted from the file's first row, not from a header line (a part's rows
            // were moved as it was handed on).
            if (onPart is null)
            {
                result.Value.ShiftRows(-1);
            }

            return result with { Problems = [.. result.Problems.Select(p => ParquetTable.Relocate(p, path, starts))] };
        }

        // One row group's columns, decoded (GroupCells' arrays, returned when disposed), or null when the group holds
        // something the columns do not carry (a parent, note, source or share; no indicator or period column).
        private sealed class GroupColumns : IDisposable
        {
            private readonly Parquet.ParquetRowGroupReader group;
            private readonly GroupCells cells;

            private GroupColumns(Parquet.ParquetRowGroupReader group, GroupCells cells, int count)
            {
                this.group = group;
                this.cells = cells;
                Count = count;
            }

            public int Count { get; }

            public ReadOnlyMemory<char>[] Indicator { get; private set; } = [];

            public ReadOnlyMemory<char>[]? Breakdown { get; private set; }

            public ReadOnlyMemory<char>[] Period { get; private set; } = [];

            public ReadOnlyMemory<char>[]? Unit { get; private set; }

            public ReadOnlyMemory<char>[]? Status { get; private set; }

            public ReadOnlyMemory<char>[]? Release { get; private set; }

            public ReadOnlyMemory<char>[]? Dimension { get; private set; }

            public double[] Value { get; private set; } = [];

            public int[]? ValueDecimals { get; private set; }

            public ReadOnlyMemory<char>[]? ValueBound { get; private set; }

            public double[]? MomValue { get; private set; }

            public int[]? MomDecimals { get; private set; }

            public ReadOnlyMemory<char>[]? MomBound { get; private set; }

            public double[]? YoyValue { get; private set; }

            public int[]? YoyDecimals { get; private set; }

            public ReadOnlyMemory<char>[]? YoyBound { get; private set; }

            public static GroupColumns? Decode(Parquet.ParquetReader reader, int g, Dictionary<string, Parquet.Schema.DataField> byName, Parquet.Schema.DataField valueField, bool exactStatistics)
            {
                var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                var d = new GroupColumns(group, new GroupCells(group, count) { ExactStatistics = exactStatistics }, count);
                try
                {
                    // A column whose statistics say it is empty throughout (the release, breakdown or note column of a
                    // monthly file, its rates when none is stated) is not read; the others are read as the characters of
                    // their dictionary's entries (a monthly file's indicators, periods and units repeat), no string per cell.
                    ReadOnlyMemory<char>[]? Text(string name) => byName.TryGetValue(name, out var f) && !Empty(group, f, count) ? d.cells.Text(f) : null;
                    double[]? Double(string name) => byName.TryGetValue(name, out var f) && !Empty(group, f, count) ? d.cells.Doubles(f) : null;
                    int[]? Int(string name) => byName.TryGetValue(name, out var f) && !Empty(group, f, count) ? d.cells.Ints(f) : null;
                    if (Text("indicator") is not { } indicator || Text("period") is not { } period)
                    {
                        d.Dispose();
                        return null;
                    }

                    (d.Indicator, d.Period) = (indicator, period);
                    (d.Breakdown, d.Unit, d.Status, d.Release, d.Dimension) = (Text("breakdown"), Text("unit"), Text("status"), Text("release"), Text("dimension"));
                    (d.Value, d.ValueDecimals, d.ValueBound) = (d.cells.Doubles(valueField), Int("value_decimals"), Text("value_bound"));
                    (d.MomValue, d.MomDecimals, d.MomBound) = (Double("mom_pct"), Int("mom_pct_decimals"), Text("mom_pct_bound"));
                    (d.YoyValue, d.YoyDecimals, d.YoyBound) = (Double("yoy_pct"), Int("yoy_pct_decimals"), Text("yoy_pct_bound"));
                    foreach (var name in new[] { "parent", "note", "source", "share_pct_bound" })
                    {
                        if (Text(name) is { } more)
                        {
                            for (var i = 0; i < count; i++)
                            {
                                if (!more[i].Span.IsWhiteSpace())
                                {
                                    d.Dispose();
                                    return null;
                                }
                            }
                        }
                    }

                    if (Double("share_pct") is { } shares)
                    {
                        for (var i = 0; i < count; i++)
                        {
                            if (!double.IsNaN(shares[i]))
                            {
                                d.Dispose();
                                return null;
                            }
                        }
                    }

                    return d;
                }
                catch
                {
                    d.Dispose();
                    throw;
                }
            }

            public void Dispose()
            {
                cells.Dispose();
                group.Dispose();
            }
        }

        private static bool Empty(Parquet.ParquetRowGroupReader group, Parquet.Schema.DataField f, int count)
        {
            var stats = group.GetStatistics(f);
            if (stats is null)
            {
                return false;
            }

            static bool Blank(object? v) => v is null || (v is string s && s.Length == 0) || (v is byte[] b && b.Length == 0);
            return stats.NullCount == count || (stats.MinValue is not null && Blank(stats.MinValue) && stats.MaxValue is not null && Blank(stats.MaxValue));
        }

        // One row group's columns, read into arrays rented for the group and returned with it: text as the characters
        // Parquet.Net decodes (a dictionary-encoded column's cells share their entry's characters), numbers as plain
        // arrays with NaN (or -1 for a count) where the cell is null.
        private sealed class GroupCells(Parquet.ParquetRowGroupReader group, int count) : IDisposable
        {
            private readonly List<ReadOnlyMemory<char>[]> texts = [];
            private readonly List<double[]> doubles = [];
            private readonly List<int[]> ints = [];

            /// <summary>Gets or sets a value indicating whether the file's statistics are exact (written by Parquet.Net, which never truncates a minimum or maximum).</summary>
            public bool ExactStatistics { get; init; }

            public ReadOnlyMemory<char>[] Text(Parquet.Schema.DataField f)
            {
                var cells = ArrayPool<ReadOnlyMemory<char>>.Shared.Rent(Math.Max(count, 1));
                texts.Add(cells);

                // A column whose exact statistics say every cell is the same text (a monthly file's unit or status) is
                // that text, not decoded cell by cell.
                if (ExactStatistics && group.GetStatistics(f) is { NullCount: 0, MinValue: string min, MaxValue: string max } && string.Equals(min, max, StringComparison.Ordinal))
                {
                    Array.Fill(cells, min.AsMemory(), 0, count);
                    return cells;
                }
                if (!f.IsNullable)
                {
                    group.ReadRawAsync<ReadOnlyMemory<char>>(f, cells.AsMemory(0, count), null, null).AsTask().GetAwaiter().GetResult();
                    return cells;
                }

                var levels = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
                try
                {
                    group.ReadRawAsync<ReadOnlyMemory<char>>(f, cells.AsMemory(0, count), levels.AsMemory(0, count), null).AsTask().GetAwaiter().GetResult();
                    Spread(cells, levels, f.MaxDefinitionLevel, default);
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(levels);
                }

                return cells;
            }

            public double[] Doubles(Parquet.Schema.DataField f) => Numbers(f, doubles, double.NaN);

            public int[] Ints(Parquet.Schema.DataField f) => Numbers(f, ints, -1);

            private T[] Numbers<T>(Parquet.Schema.DataField f, List<T[]> rented, T missing)
                where T : struct
            {
                var cells = ArrayPool<T>.Shared.Rent(Math.Max(count, 1));
                rented.Add(cells);
                if (!f.IsNullable)
                {
                    group.ReadRawAsync<T>(f, cells.AsMemory(0, count), null, null).AsTask().GetAwaiter().GetResult();
                    return cells;
                }

                var levels = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
                try
                {
                    group.ReadRawAsync<T>(f, cells.AsMemory(0, count), levels.AsMemory(0, count), null).AsTask().GetAwaiter().GetResult();
                    Spread(cells, levels, f.MaxDefinitionLevel, missing);
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(levels);
                }

                return cells;
            }

            // The defined values, read packed at the front, moved to their rows (from the last, so none is overwritten
            // before it moves); the null rows get the missing value.
            private void Spread<T>(T[] cells, int[] levels, int defined, T missing)
            {
                var packed = 0;
                for (var i = 0; i < count; i++)
                {
                    if (levels[i] == defined)
                    {
                        packed++;
                    }
                }

                for (var i = count - 1; i >= 0; i--)
                {
                    cells[i] = levels[i] == defined ? cells[--packed] : missing;
                }
            }

            public void Dispose()
            {
                foreach (var t in texts)
                {
                    ArrayPool<ReadOnlyMemory<char>>.Shared.Return(t, clearArray: true);
                }

                foreach (var d in doubles)
                {
                    ArrayPool<double>.Shared.Return(d);
                }

                foreach (var i in ints)
                {
                    ArrayPool<int>.Shared.Return(i);
                }
            }
        }

        private static bool MonthText(ReadOnlySpan<char> text, out int monthIndex)
        {
            monthIndex = 0;
            var t = text.Trim();
            if (t.Length == 7 && t[4] == '-' && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[2]) && char.IsAsciiDigit(t[3])
                && char.IsAsciiDigit(t[5]) && char.IsAsciiDigit(t[6]))
            {
                var year = ((t[0] - '0') * 1000) + ((t[1] - '0') * 100) + ((t[2] - '0') * 10) + (t[3] - '0');
                var month = ((t[5] - '0') * 10) + (t[6] - '0');
                if (year is >= InterchangeFormat.FirstYear and <= InterchangeFormat.LastYear && month is >= 1 and <= 12)
                {
                    monthIndex = (year * 12) + month - 1;
                    return true;
                }
            }

            if (t.Length == 0 || t.IndexOfAny('\n', '\r') >= 0 || !Period.TryParse(t.ToString(), out var p, out _) || p.Kind != PeriodKind.Month
                || p.Year is < InterchangeFormat.FirstYear or > InterchangeFormat.LastYear)
            {
                return false;
            }

            monthIndex = p.MonthIndex;
            return true;
        }

        // The status as InterchangeFormat.TryParseStatus reads it, its common words without a string.
        private static bool StatusText(ReadOnlySpan<char> text, out ObservationStatus status)
        {
            var t = text.Trim();
            if (t.IsEmpty)
            {
                status = ObservationStatus.Unspecified;
                return true;
            }

            if (t.SequenceEqual("official"))
            {
                status = ObservationStatus.Official;
                return true;
            }

            if (t.SequenceEqual("estimate"))
            {
                status = ObservationStatus.Estimate;
                return true;
            }

            return InterchangeFormat.TryParseStatus(t.ToString(), out status);
        }

        // A number cell as InterchangeParquet.Read hands it to the CSV reader (its shortest text, or its text with the
        // decimals stored beside it, after its bound), read as that reader reads it. The common cell (no bound, the
        // stored decimals those of its shortest text) is the double itself.
        private static bool Cell(double v, int storedDecimals, ReadOnlySpan<char> boundText, bool isRate, out double value, out int decimals, out RateBound bound, out string? text)
        {
            bound = RateBound.Exact;
            text = null;
            if (double.IsNaN(v))
            {
                value = double.NaN;
                decimals = -1;
                text = string.Empty;
                return true;
            }

            var b = boundText.Trim();
            if (b.Length == 0 && double.IsFinite(v) && OwnDecimals(v) is var own and >= 0 && (storedDecimals is < 0 or > 15 || storedDecimals == own))
            {
                value = v;
                decimals = own;
                return true;
            }

            var cell = LongSeriesFormat.PlainText(v);
            if (storedDecimals is >= 0 and <= 15)
            {
                cell = InterchangeFormat.FormatValue(v, storedDecimals);
            }

            cell = b.ToString() + cell;
            var p = NumberText.Parse(cell, CultureInfo.InvariantCulture, isRate);
            value = p.Value;
            decimals = p.Decimals;
            bound = p.Bound;
            text = cell.Trim();
            return p.IsOk;
        }

        private static readonly double[] Powers = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

        // The decimals of the shortest text of v (its "R" form) when that text has no exponent, else -1. The first d for
        // which N = round(v·10ᵈ) gives back v as N / 10ᵈ (a correctly rounded division of two exact doubles) makes the
        // decimal N / 10ᵈ one that reads back as v; with at most 15 significant digits it is the only one, so the shortest
        // text's, with d decimals since d − 1 failed. Anything else (more digits, a huge or tiny v) asks "R" itself.
        private static int OwnDecimals(double v)
        {
            var a = Math.Abs(v);
            if (a < 1e15)
            {
                for (var d = 0; d < Powers.Length; d++)
                {
                    var scaled = Math.Round(a * Powers[d]);
                    if (scaled >= 1e15)
                    {
                        break;
                    }

                    if (scaled / Powers[d] == a)
                    {
                        return d;
                    }
                }
            }

            Span<char> buffer = stackalloc char[32];
            if (!v.TryFormat(buffer, out var n, "R", CultureInfo.InvariantCulture) || buffer[..n].IndexOfAny('E', 'e') >= 0)
            {
                return -1;
            }

            var dot = buffer[..n].IndexOf('.');
            return dot < 0 ? 0 : n - dot - 1;
        }

        private int SeriesOf(string indicator, string breakdown, string dimension)
        {
            if (indicator.Length == 0 || indicator.Contains('\uFFFD', StringComparison.Ordinal) || breakdown.Contains('\uFFFD', StringComparison.Ordinal) || dimension.Contains('\uFFFD', StringComparison.Ordinal))
            {
                // Bytes that are not UTF-8 (a Windows-1258 or TCVN3 file): the store's reader refuses the file, located.
                return -1;
            }

            // Keys as the store's reader makes them: NFC, and the indicator code in the catalogue's (or the file's first)
            // spelling whatever its letter case.
            indicator = Canonical(InterchangeReader.Nfc(indicator));
            breakdown = InterchangeReader.Nfc(breakdown);
            dimension = InterchangeReader.Nfc(dimension);

            if (breakdown.Length > 0 && dimension.Length == 0)
            {
                dimension = "breakdown";
            }

            if (!seriesIds.TryGetValue((indicator, breakdown), out var s))
            {
                s = keys.Count;
                seriesIds[(indicator, breakdown)] = s;
                keys.Add(new SeriesKey(indicator, breakdown));
                dims.Add(dimension);
                units.Add(null);
            }
            else if (dims[s] != dimension)
            {
                return -1;
            }

            return s;
        }

        private string Canonical(string code)
        {
            if (!codes.TryGetValue(code, out var known))
            {
                known = options.Catalog.TryGet(code, out var indicator) ? indicator.Code : code;
                codes[code] = known;
            }

            return known;
        }

        // False when the series already has another unit: converted or refused by the format, the store's reader says which.
        private bool SetUnit(int s, Unit unit)
        {
            units[s] ??= unit;
            return units[s]!.Equals(unit);
        }

        // The columns sized for this many rows at once (the file's row count, known before its rows are read), so that no
        // array is copied as it grows or trimmed at the end.
        private void Reserve(int rows)
        {
            cap = rows;
            Array.Resize(ref series, cap);
            Array.Resize(ref months, cap);
            Array.Resize(ref values, cap);
            Array.Resize(ref decimals, cap);
            Array.Resize(ref unitGiven, cap);
            Array.Resize(ref mom, cap);
            Array.Resize(ref yoy, cap);
            Array.Resize(ref status, cap);
            Array.Resize(ref releases, cap);
            Array.Resize(ref lines, cap);
        }

        private void Add(int s, int month, double value, int valueDecimals, bool hasUnit, StatedRate m, StatedRate y, ObservationStatus st, int release, int line)
        {
            if ((m.IsStated && m.Percent < -100) || (y.IsStated && y.Percent < -100))
            {
                storeDecides = true;
            }

            if (n == cap)
            {
                Reserve(Math.Max(cap * 2, 1 << 16));
            }

            series[n] = s;
            months[n] = month;
            values[n] = value;
            decimals[n] = (sbyte)Math.Clamp(valueDecimals, -1, 127);
            unitGiven[n] = hasUnit;
            mom[n] = m;
            yoy[n] = y;
            status[n] = st;
            releases[n] = release;
            lines[n] = line;
            n++;
            RowsRead++;
        }

        private ReadResult<ObservationColumns>? Finish()
        {
            // The store's reader decides what the columns cannot: a number like 72.007 under the invariant default with
            // no '.'-decimal elsewhere in the file (refused there as a Vietnamese thousands group), a stated fall of more
            // than 100%, a key that is not valid UTF-8.
            if (onPart is not null)
            {
                if ((n > 0 && !FlushPart(keys.Count)) || RowsRead == 0 || valueDecimalsOverflow || (dotGrouped && !dotDecimal) || storeDecides)
                {
                    return null;
                }

                // What the parts were: the last part stands for the file in the result, whose caller wants the problems.
                return new ReadResult<ObservationColumns>(Build(keys.Count, keys.Count, checks: false)!, problems.OrderBy(p => p.Location.Row).ToList());
            }

            if (n == 0 || valueDecimalsOverflow || (dotGrouped && !dotDecimal) || storeDecides)
            {
                return null;
            }

            return Build(0, keys.Count) is { } columns ? new ReadResult<ObservationColumns>(columns, problems.OrderBy(p => p.Location.Row).ToList()) : null;
        }

        // The columns of the rows read so far, which belong to the series [firstSeries, endSeries): sorted by series, then
        // month (a stable sort, so the file's order is kept when it is already that), and checked across rows. A part
        // gets arrays of its own, the buffers being reused for the next part; the whole file keeps the buffers.
        private ObservationColumns? Build(int firstSeries, int endSeries, bool checks = true)
        {
            var copy = onPart is not null;
            var sorted = true;
            for (var i = 1; i < n && sorted; i++)
            {
                sorted = series[i] > series[i - 1] || (series[i] == series[i - 1] && months[i] > months[i - 1]);
            }

            int[] rSeries, rMonths, rReleases, rLines;
            double[] rValues;
            sbyte[] rDecimals;
            bool[] rUnitGiven;
            StatedRate[] rMom, rYoy;
            ObservationStatus[] rStatus;
            if (!sorted)
            {
                var order = new int[n];
                for (var i = 0; i < n; i++)
                {
                    order[i] = i;
                }

                var sortKeys = new long[n];
                for (var i = 0; i < n; i++)
                {
                    sortKeys[i] = ((long)series[i] << 32) | (uint)months[i];
                }

                Array.Sort(sortKeys, order);
                (rSeries, rMonths, rValues, rDecimals, rUnitGiven) = (Permute(series, order), Permute(months, order), Permute(values, order), Permute(decimals, order), Permute(unitGiven, order));
                (rMom, rYoy, rStatus, rReleases, rLines) = (Permute(mom, order), Permute(yoy, order), Permute(status, order), Permute(releases, order), Permute(lines, order));
            }
            else if (copy)
            {
                (rSeries, rMonths, rValues, rDecimals, rUnitGiven) = (series[..n], months[..n], values[..n], decimals[..n], unitGiven[..n]);
                (rMom, rYoy, rStatus, rReleases, rLines) = (mom[..n], yoy[..n], status[..n], releases[..n], lines[..n]);
            }
            else
            {
                Array.Resize(ref series, n);
                Array.Resize(ref months, n);
                Array.Resize(ref values, n);
                Array.Resize(ref decimals, n);
                Array.Resize(ref unitGiven, n);
                Array.Resize(ref mom, n);
                Array.Resize(ref yoy, n);
                Array.Resize(ref status, n);
                Array.Resize(ref releases, n);
                Array.Resize(ref lines, n);
                (rSeries, rMonths, rValues, rDecimals, rUnitGiven) = (series, months, values, decimals, unitGiven);
                (rMom, rYoy, rStatus, rReleases, rLines) = (mom, yoy, status, releases, lines);
            }

            var count = endSeries - firstSeries;
            var starts = new int[count + 1];
            for (var i = 0; i < n; i++)
            {
                starts[rSeries[i] - firstSeries + 1]++;
            }

            for (var s = 0; s < count; s++)
            {
                starts[s + 1] += starts[s];
            }

            var columns = new ObservationColumns(
                file, [.. keys.GetRange(firstSeries, count)], [.. dims.GetRange(firstSeries, count)], [.. units.GetRange(firstSeries, count)], starts,
                rMonths, rValues, rDecimals, rUnitGiven, rMom, rYoy, rStatus, rReleases, rLines);
            return !checks || AcrossRows(columns) ? columns : null;
        }

        private bool valueDecimalsOverflow;

        // The checks across rows the store's reader makes, on the columns; false where that reader would change or refuse something.
        private bool AcrossRows(ObservationColumns c)
        {
            // The totals' units: of the whole file, or, in parts, of the parts so far; a breakdown read before its total
            // is compared with the total when it comes.
            if (onPart is null)
            {
                totals = [];
            }

            for (var t = 0; t < c.SeriesCount; t++)
            {
                if (c.Keys[t].IsTotal)
                {
                    totals[c.Keys[t].Indicator] = c.SeriesUnit(t);
                }
            }

            if (pendingTotals.Count > 0)
            {
                foreach (var (indicator, unit) in pendingTotals)
                {
                    if (totals.TryGetValue(indicator, out var total) && total is not null && !total.Equals(unit))
                    {
                        return false;
                    }
                }

                pendingTotals.RemoveAll(p => totals.TryGetValue(p.Indicator, out var total) && total is not null);
            }

            var months = c.MonthIndex;
            var releases = c.Releases;
            var values = c.Values;
            for (var s = 0; s < c.SeriesCount; s++)
            {
                var (a, b) = c.RowsOf(s);
                for (var i = a + 1; i < b; i++)
                {
                    // A revision (two releases of one month), a duplicate, or a release earlier than a previous month's: the store decides.
                    if (months[i] == months[i - 1] || c.EffectiveRelease(i) < c.EffectiveRelease(i - 1))
                    {
                        return false;
                    }
                }

                var key = c.Keys[s];
                var unit = c.SeriesUnit(s);
                if (unit is not null && Target(c, s, unit) is { } target && !target.Equals(unit) && unit.ConvertsTo(target))
                {
                    return false;
                }

                if (unit is not null && !key.IsTotal && Dimension.FromName(c.DimensionOf(s)).Relation == PartsRelation.Partition)
                {
                    if (Total(c, s) is { } total && !total.Equals(unit))
                    {
                        return false;
                    }

                    if (onPart is not null && Total(c, s) is null)
                    {
                        pendingTotals.Add((key.Indicator, unit));
                    }
                }

                Indicator? withUnit = null, withoutUnit = null;
                var given = c.UnitGivenArray;
                for (var i = a; i < b; i++)
                {
                    var rowUnit = given[i] ? unit : null;
                    var indicator = rowUnit is null ? withoutUnit ??= options.Catalog.Resolve(key.Indicator, null) : withUnit ??= options.Catalog.Resolve(key.Indicator, rowUnit);
                    if (!double.IsNaN(values[i]) && values[i] < 0 && indicator.Kind == IndicatorKind.Flow)
                    {
                        return false;
                    }

                    if (rowUnit is not null && indicator.Unit is not null && !indicator.Unit.ConvertsTo(rowUnit) && c.DimensionOf(s) != "product")
                    {
                        return false;
                    }
                }

                History(c, s);
            }

            return true;
        }

        private Unit? Target(ObservationColumns c, int s, Unit unit)
        {
            var key = c.Keys[s];
            var catalogued = options.Catalog.TryGet(key.Indicator, out var known) ? known.Unit : null;
            if (catalogued is not null && c.DimensionOf(s) != "product" && catalogued.ConvertsTo(unit))
            {
                return catalogued;
            }

            if (!key.IsTotal && Dimension.FromName(c.DimensionOf(s)).Relation == PartsRelation.Partition && Total(c, s) is { } total && total.ConvertsTo(unit))
            {
                return total;
            }

            return unit;
        }

        private Unit? Total(ObservationColumns c, int s) => totals.TryGetValue(c.Keys[s].Indicator, out var u) ? u : null;

        private Dictionary<string, Unit?> totals = [];

        private readonly List<(int Row, double Value, int Month)> positive = [];

        private readonly List<double> sortedValues = [];

        // HistoryCheck on one series' rows: the same findings, at the same rows.
        private void History(ObservationColumns c, int s)
        {
            var (a, b) = c.RowsOf(s);
            var months = c.MonthIndex;
            var key = c.Keys[s];
            var count = b - a;
            if (count >= 3 && months[b - 1] - months[a] + 1 > count)
            {
                var missing = new List<Period>();
                var missingCount = 0;
                for (var i = a + 1; i < b; i++)
                {
                    for (var m = months[i - 1] + 1; m < months[i]; m++)
                    {
                        if (missing.Count < 6)
                        {
                            missing.Add(Period.FromMonthIndex(m));
                        }

                        missingCount++;
                    }
                }

                var last = 0;
                for (var i = a; i < b; i++)
                {
                    last = Math.Max(last, c.SourceRows[i]);
                }

                Warning(last, "period", $"{key} has no figure for {string.Join(", ", missing)}{(missingCount > 6 ? $" and {missingCount - 6} more month(s)" : string.Empty)} between {Period.FromMonthIndex(months[a])} and {Period.FromMonthIndex(months[b - 1])}; growth against a missing month is left empty, not guessed.", "add the missing month's row if the figure exists.", "series with a missing month");
            }

            var values = c.Values;
            var positive = this.positive;
            positive.Clear();
            for (var i = a; i < b; i++)
            {
                if (!double.IsNaN(values[i]) && values[i] > 0)
                {
                    positive.Add((c.SourceRows[i], values[i], months[i]));
                }
            }

            if (positive.Count < 3)
            {
                return;
            }

            // The median, and the rows in file order (each row's line is its own), in buffers kept from series to series.
            sortedValues.Clear();
            foreach (var p in positive)
            {
                sortedValues.Add(p.Value);
            }

            sortedValues.Sort();
            var median = sortedValues[sortedValues.Count / 2];
            for (var i = 1; i < positive.Count; i++)
            {
                if (positive[i].Row < positive[i - 1].Row)
                {
                    positive.Sort((x, y) => x.Row.CompareTo(y.Row));
                    break;
                }
            }

            foreach (var (row, value, month) in positive)
            {
                var ratio = value / median;
                if (ratio is > 200 or < 1.0 / 200)
                {
                    Warning(row, "value", $"{value.ToString("R", CultureInfo.InvariantCulture)} for {key} in {Period.FromMonthIndex(month)} is about {(ratio > 1 ? ratio : 1 / ratio).ToString("N0", CultureInfo.InvariantCulture)} times {(ratio > 1 ? "larger" : "smaller")} than the series' usual {median.ToString("R", CultureInfo.InvariantCulture)}: a unit slip (tỷ for triệu) or a thousands separator read as a decimal point?", "check the figure and its unit; in a vi-VN file read with --culture vi-VN, 1.726 means 1726.", "figures far off their series' history");
                }
            }
        }

        private bool Header(ReadOnlySpan<byte> header)
        {
            if (header.IndexOfAny((byte)';', (byte)'\t') >= 0 && header.IndexOf((byte)',') < 0)
            {
                return false;
            }

            var names = Encoding.UTF8.GetString(header).Split(',').Select(f => f.Trim().Trim('"').Trim().ToLowerInvariant()).ToArray();
            if (names.Length > 16 || names.Distinct(StringComparer.Ordinal).Count() != names.Length || names.Any(c => !Known.Contains(c))
                || InterchangeFormat.RequiredColumns.Any(c => !names.Contains(c)))
            {
                return false;
            }

            int At(string name) => Array.IndexOf(names, name);
            cIndicator = At("indicator");
            cBreakdown = At("breakdown");
            cPeriod = At("period");
            cValue = At("value");
            cUnit = At("unit");
            cMom = At("mom_pct");
            cYoy = At("yoy_pct");
            cStatus = At("status");
            cRelease = At("release");
            cDimension = At("dimension");
            mustBeEmpty = new[] { At("parent"), At("share_pct"), At("source"), At("note") }.Where(i => i >= 0).ToArray();
            return true;
        }

        private static int CountFields(ReadOnlySpan<byte> header)
        {
            var scratch = new byte[256];
            Span<Range> f = stackalloc Range[16];
            return Utf8Records.Split(header, (byte)',', f, ref scratch, out _);
        }

        private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes).Trim();

        // A month, YYYY-MM, read from its bytes; any other period (or a malformed one) is the store's to read or refuse.
        private static bool Month(ReadOnlySpan<byte> s, out int monthIndex)
        {
            monthIndex = 0;
            if (s.Length == 7 && s[4] == (byte)'-' && Digits(s[..4], out var year) && Digits(s[5..], out var month)
                && year is >= InterchangeFormat.FirstYear and <= InterchangeFormat.LastYear && month is >= 1 and <= 12)
            {
                monthIndex = (year * 12) + month - 1;
                return true;
            }

            if (s.IsEmpty || s.Length > 64)
            {
                return false;
            }

            if (Period.TryParse(Encoding.UTF8.GetString(s), out var p, out _) && p.Kind == PeriodKind.Month
                && p.Year is >= InterchangeFormat.FirstYear and <= InterchangeFormat.LastYear)
            {
                monthIndex = p.MonthIndex;
                return true;
            }

            return false;
        }

        private static bool Digits(ReadOnlySpan<byte> s, out int value)
        {
            value = 0;
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

        // A number as NumberText reads it: the plain form ([sign]digits[decimal separator digits]) from the bytes, any
        // other through NumberText itself; false on anything it refuses.
        private bool Number(ReadOnlySpan<byte> s, bool isRate, out double value, out int decimals, out RateBound bound)
        {
            bound = RateBound.Exact;
            if (s.IsEmpty)
            {
                value = double.NaN;
                decimals = -1;
                return true;
            }

            var body = s[0] is (byte)'-' or (byte)'+' ? s[1..] : s;
            var at = body.IndexOf(dec);
            var intPart = at >= 0 ? body[..at] : body;
            var frac = at >= 0 ? body[(at + 1)..] : [];
            if (!intPart.IsEmpty && (at < 0 || !frac.IsEmpty) && AllDigits(intPart) && AllDigits(frac) && intPart.Length + frac.Length <= 64)
            {
                Span<byte> plain = stackalloc byte[intPart.Length + frac.Length + 1];
                intPart.CopyTo(plain);
                var length = intPart.Length;
                if (!frac.IsEmpty)
                {
                    plain[length++] = (byte)'.';
                    frac.CopyTo(plain[length..]);
                    length += frac.Length;
                }

                if (!Utf8Parser.TryParse(plain[..length], out double v, out var used) || used != length)
                {
                    v = double.Parse(Encoding.ASCII.GetString(plain[..length]), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                }

                value = s[0] == (byte)'-' ? -v : v;
                decimals = frac.Length;
                if (invariant && at >= 0)
                {
                    // 72.007: a decimal, or a Vietnamese thousands group? As the store's reader: a decimal only when the
                    // file shows '.'-decimals elsewhere (see Finish).
                    if (intPart.Length <= 3 && frac.Length == 3)
                    {
                        dotGrouped = true;
                    }
                    else
                    {
                        dotDecimal = true;
                    }
                }

                if (decimals > 127)
                {
                    valueDecimalsOverflow = true;
                }

                return true;
            }

            var p = NumberText.Parse(Encoding.UTF8.GetString(s), culture, isRate);
            value = p.Value;
            decimals = p.Decimals;
            bound = p.Bound;
            return p.IsOk;
        }

        private bool Rate(ReadOnlySpan<byte> s, out StatedRate rate)
        {
            var ok = Number(s, isRate: true, out var v, out var d, out var bound);
            rate = ok && !double.IsNaN(v) ? new StatedRate(v, d, bound) : StatedRate.None;
            return ok;
        }

        private static bool AllDigits(ReadOnlySpan<byte> s)
        {
            foreach (var b in s)
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Status(ReadOnlySpan<byte> s, out ObservationStatus status)
        {
            if (s.IsEmpty)
            {
                status = ObservationStatus.Unspecified;
                return true;
            }

            if (s.SequenceEqual("official"u8))
            {
                status = ObservationStatus.Official;
                return true;
            }

            if (s.SequenceEqual("estimate"u8))
            {
                status = ObservationStatus.Estimate;
                return true;
            }

            return InterchangeFormat.TryParseStatus(Encoding.UTF8.GetString(s), out status);
        }

        private static T[] Permute<T>(T[] column, int[] order)
        {
            var result = new T[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                result[i] = column[order[i]];
            }

            return result;
        }

        private void Warning(int line, string? column, string message, string fix, string? kind = null)
            => problems.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(file, line, column), message, fix) { Kind = kind });
    }
}
