using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using Analytics.Growth;
using Analytics.Internal;
using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Tables;

/// <summary>
/// The growth table of a large interchange file (CSV or Parquet) written part by part: the file is read in parts of
/// whole series (<see cref="InterchangeColumns.TryReadInParts"/>, <see cref="InterchangeColumns.TryReadParquetInParts"/>),
/// and each part's growth is computed and formatted while the next parts are read, the parts waiting side by side on
/// every core, then written in the file's order. What is held at once is a few parts of a few thousand rows, whatever
/// the file's size; the text is that of <see cref="GrowthCsv.Write(ObservationColumns, GrowthColumns, TextWriter)"/> on
/// the whole file, byte for byte.
/// </summary>
public static class GrowthInParts
{
    private const int CollectEvery = 1 << 15;

    /// <summary>Writes the growth table of <paramref name="input"/> to <paramref name="writer"/>, part by part.</summary>
    /// <param name="input">The interchange file: .parquet read as Parquet, anything else as CSV.</param>
    /// <param name="writer">Where the table goes (header first).</param>
    /// <param name="interchange">The culture and catalogue of the file (a Parquet file's numbers carry no culture).</param>
    /// <param name="growth">As published or latest, stated first or not (see <see cref="GrowthOptions"/>).</param>
    /// <returns>
    /// The rows read with the file's warnings; or null when the file must be read whole (its series not one after
    /// another, or something only the store reads, see <see cref="InterchangeColumns.TryReadInParts"/>): then what was
    /// written to <paramref name="writer"/> is a beginning to be discarded.
    /// </returns>
    /// <exception cref="IOException">Writing failed (a full disk).</exception>
    public static ReadResult<long>? TryWriteCsv(string input, TextWriter writer, InterchangeOptions? interchange = null, GrowthOptions? growth = null)
        => TryWriteCsv(input, writer, interchange, growth, InterchangeColumns.DefaultPartRows);

    /// <summary>As the public overload, with parts of about <paramref name="partRows"/> rows (tests make many small parts).</summary>
    internal static ReadResult<long>? TryWriteCsv(string input, TextWriter writer, InterchangeOptions? interchange, GrowthOptions? growth, int partRows)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(writer);
        interchange ??= new InterchangeOptions();
        growth ??= new GrowthOptions();
        GrowthCsv.WriteHeader(writer);
        var workers = Math.Max(1, Environment.ProcessorCount);
        using var parts = new BlockingCollection<ObservationColumns>(1);
        ExceptionDispatchInfo? failure = null;
        var consumer = Task.Factory.StartNew(() => Consume(parts, workers, growth, writer, ref failure), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        ReadResult<long>? read;
        try
        {
            read = input.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
                ? InterchangeColumns.TryReadParquetInParts(input, Add, interchange, partRows)
                : InterchangeColumns.TryReadInParts(input, Add, interchange, partRows);
        }
        finally
        {
            parts.CompleteAdding();
            consumer.GetAwaiter().GetResult();
        }

        // The writing thread failed (a full disk): its exception, as if it had been thrown here.
        Volatile.Read(ref failure)?.Throw();
        return read;

        void Add(ObservationColumns part)
        {
            Volatile.Read(ref failure)?.Throw();
            parts.Add(part);
        }
    }

    /// <summary>
    /// Writes the growth table of <paramref name="input"/> as a Parquet file, part by part: each part of about 65,536 rows
    /// (whole series) is written as row groups, as <see cref="GrowthParquet.Write"/> writes the whole table.
    /// </summary>
    /// <param name="input">The interchange file: .parquet read as Parquet, anything else as CSV.</param>
    /// <param name="output">The .parquet file to create (overwritten).</param>
    /// <param name="interchange">The culture and catalogue of the file.</param>
    /// <param name="growth">As published or latest, stated first or not.</param>
    /// <returns>The rows read with the file's warnings; or null when the file must be read whole (the output is then a beginning to be discarded).</returns>
    public static ReadResult<long>? TryWriteParquet(string input, string output, InterchangeOptions? interchange = null, GrowthOptions? growth = null)
        => TryWriteParquet(input, output, interchange, growth, ParquetPartRows);

    /// <summary>As the public overload, with parts of about <paramref name="partRows"/> rows.</summary>
    internal static ReadResult<long>? TryWriteParquet(string input, string output, InterchangeOptions? interchange, GrowthOptions? growth, int partRows)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(output);
        interchange ??= new InterchangeOptions();
        growth ??= new GrowthOptions();
        using var table = GrowthParquet.OpenParts(output);
        var collector = new Collector();
        void Add(ObservationColumns part)
        {
            table.Append(part, GrowthColumns.Compute(part, growth));
            collector.Written(part.Count);
        }

        return input.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
            ? InterchangeColumns.TryReadParquetInParts(input, Add, interchange, partRows)
            : InterchangeColumns.TryReadInParts(input, Add, interchange, partRows);
    }

    private const int ParquetPartRows = 1 << 16;

    // The young generation collected every CollectEvery rows written, the whole heap every second time: what was made
    // of the parts written is garbage by then, and the collector's own budget for it is sized to the processor's cache
    // (hundreds of MB on a server), not to what the program holds; a reader's large buffers (a Parquet page) are
    // reclaimed only by a whole-heap collection. Each costs a few milliseconds on a heap of a few parts.
    private sealed class Collector
    {
        private int written;
        private int collections;

        internal void Written(int rows)
        {
            written += rows;
            if (written >= CollectEvery)
            {
                GC.Collect(++collections % 2 == 0 ? 2 : 0, GCCollectionMode.Forced, blocking: true, compacting: false);
                written = 0;
            }
        }
    }

    // The parts waiting (up to one per core) are computed and formatted side by side, then written in order; after a
    // failure the rest are taken and dropped, so that the reading thread is never left waiting.
    private static void Consume(BlockingCollection<ObservationColumns> parts, int workers, GrowthOptions growth, TextWriter writer, ref ExceptionDispatchInfo? failure)
    {
        var batch = new List<ObservationColumns>(workers);
        var texts = new StringBuilder[workers];
        var collector = new Collector();
        while (parts.TryTake(out var first, Timeout.Infinite))
        {
            if (Volatile.Read(ref failure) is not null)
            {
                continue;
            }

            batch.Clear();
            batch.Add(first);
            while (batch.Count < workers && parts.TryTake(out var more))
            {
                batch.Add(more);
            }

            try
            {
                if (batch.Count == 1)
                {
                    Format(0);
                }
                else
                {
                    Parallel.For(0, batch.Count, Format);
                }

                for (var j = 0; j < batch.Count; j++)
                {
                    writer.Write(texts[j]);
                    texts[j] = null!;
                }

                collector.Written(batch.Sum(p => p.Count));
            }
#pragma warning disable CA1031 // Any failure of the writing thread is handed to the reading thread, which rethrows it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Volatile.Write(ref failure, ExceptionDispatchInfo.Capture(e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e));
            }
        }

        void Format(int j)
        {
            // A new builder per part: its chunks are small arrays the collector reclaims young, where clearing a large
            // builder would allocate a large array each time.
            var text = texts[j] = new StringBuilder(1 << 13);
            GrowthCsv.FormatPart(batch[j], GrowthColumns.ComputeOnThisThread(batch[j], growth), text);
        }
    }
}
