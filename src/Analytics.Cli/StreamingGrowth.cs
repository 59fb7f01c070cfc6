using Analytics.Growth;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Tables;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics growth</c> on a large interchange file (CSV or Parquet) into a CSV or Parquet file, part by part
/// (<see cref="GrowthInParts"/>), so that what is held at once is a few parts, whatever the file's size. The output goes
/// to a hidden file beside the one named, moved into place when the whole input has been read and found fit for the
/// columns; otherwise it is deleted and the caller reads the file whole, as before.
/// </summary>
internal static class StreamingGrowth
{
    /// <summary>Runs the growth of <paramref name="file"/> into <paramref name="outputFile"/>, part by part.</summary>
    /// <param name="file">The interchange .csv or .parquet file.</param>
    /// <param name="outputFile">The CSV or .parquet file to write.</param>
    /// <param name="options">The interchange options (culture, catalogue).</param>
    /// <param name="growth">The growth options.</param>
    /// <returns>The rows read and the file's warnings, or null when the file must be read whole (nothing was written).</returns>
    internal static ReadResult<long>? TryRun(string file, string outputFile, InterchangeOptions options, GrowthOptions growth)
    {
        var full = Path.GetFullPath(outputFile);
        if (Directory.Exists(full))
        {
            // The usual path says that a folder was named.
            return null;
        }

        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var partial = Path.Combine(dir, "." + Path.GetFileName(full) + ".partial");
        var parquet = ParquetOutput.IsParquet(outputFile);
        StreamWriter? writer = null;
        try
        {
            writer = parquet ? null : new StreamWriter(partial, false, new System.Text.UTF8Encoding(false), 1 << 16);
            if (parquet)
            {
                File.WriteAllBytes(partial, []);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written: the usual path reports it under the name given.
            return null;
        }

        var done = false;
        try
        {
            ReadResult<long>? read;
            if (writer is null)
            {
                read = GrowthInParts.TryWriteParquet(file, partial, options, growth);
            }
            else
            {
                using (writer)
                {
                    read = GrowthInParts.TryWriteCsv(file, writer, options, growth);
                }
            }

            if (read is null)
            {
                return null;
            }

            File.Move(partial, full, overwrite: true);
            done = true;
            return read;
        }
        catch (IOException e)
        {
            // Said of the file the user named, not of the hidden one.
            throw new IOException(e.Message.Replace(partial, full, StringComparison.Ordinal), e.HResult);
        }
        finally
        {
            if (!done)
            {
                TryDelete(partial);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: a hidden file beside the output.
        }
    }
}
