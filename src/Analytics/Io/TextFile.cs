using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// Reads a text input the one way every reader does: strictly UTF-8 (a BOM allowed), and no larger than the readers
/// are built for. A file saved in Windows-1258 or TCVN3, as older Vietnamese offices still do, would otherwise load
/// with every accented letter turned into U+FFFD and no word said; it is refused, located at its first byte that is
/// not UTF-8.
/// </summary>
internal static class TextFile
{
    /// <summary>The largest text file read whole (256 MiB); a larger one is refused with the limit named.</summary>
    internal const long MaxBytes = 256L * 1024 * 1024;

    internal const string NotUtf8Fix = "save it as CSV UTF-8 (in Excel: Save As > CSV UTF-8).";

    /// <summary>Reads <paramref name="path"/> as UTF-8 text, or returns null with the problem (located by line) that stops it.</summary>
    internal static string? Read(string path, out InputProblem? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                problem = new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), $"the file is {(length / (1024.0 * 1024)).ToString("N0", CultureInfo.InvariantCulture)} MiB, more than the {MaxBytes / (1024 * 1024)} MiB a text input may be.", "split it (one file per year or per month in a folder), or give large panels in the long series format or as Parquet.");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), $"the file cannot be read: {e.Message}", "check the path and that the file is not open elsewhere.");
            return null;
        }

        return Decode(bytes, path, out problem);
    }

    /// <summary>Decodes bytes as strict UTF-8 (a BOM dropped), or returns null with the line of the first byte that is not UTF-8.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes, string path, out InputProblem? problem)
    {
        problem = null;
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var at = FirstInvalid(bytes);
        var line = bytes[..at].Count((byte)'\n') + 1;
        problem = new InputProblem(ProblemSeverity.Error, new SourceLocation(path, line), $"the file is not UTF-8 (Windows-1258 or TCVN3?): byte {at.ToString(CultureInfo.InvariantCulture)} (0x{bytes[at]:X2}, on this line) is not a UTF-8 character, and its letters would be read wrong.", NotUtf8Fix);
        return null;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    return Math.Min(offset, bytes.Length - 1);
                }

                if (status == OperationStatus.Done)
                {
                    break;
                }
            }

            return Math.Max(0, Math.Min(offset, bytes.Length - 1));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
