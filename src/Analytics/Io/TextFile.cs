using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// Reads a text input the one way every reader does: strictly UTF-8 (a BOM allowed), or Windows-1258 when the user
/// says so, and no larger than the readers are built for. A file saved in Windows-1258 or TCVN3, as older Vietnamese
/// offices still do, would otherwise load with every accented letter turned into U+FFFD and no word said; read as
/// UTF-8 it is refused, located at its first byte that is not UTF-8, with the way to read it.
/// </summary>
/// <remarks>
/// A file given as Windows-1258 whose bytes are valid UTF-8 with multi-byte sequences is read as UTF-8, with a warning:
/// decoding it as Windows-1258 would turn every accented letter into two or three wrong ones ("Hà Nội" into
/// "HÃ  Ná»™i"), while Vietnamese text really saved in Windows-1258 is never valid UTF-8 (its accented letters are
/// single bytes from 0xC0 up, which UTF-8 allows only as the start of a sequence of continuation bytes, 0x80-0xBF,
/// that are punctuation in Windows-1258, never letters). Reading it as UTF-8 is therefore the reading that is right,
/// and a folder mixing both kinds of file is read whole; the warning says to drop the option. A file of ASCII only
/// reads the same either way and is not warned about.
/// </remarks>
internal static class TextFile
{
    /// <summary>Windows-1258 from the in-box code pages (no provider registered for the whole process), refusing an undefined byte.</summary>
    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("the Windows-1258 code page is not available in this .NET runtime.");

    /// <summary>The largest text file read whole (256 MiB); a larger one is refused with the limit named.</summary>
    internal const long MaxBytes = 256L * 1024 * 1024;

    internal const string NotUtf8Fix = "save it as CSV UTF-8 (in Excel: Save As > CSV UTF-8), or read it as it is with --encoding windows-1258 if it was saved in Windows-1258; a TCVN3 file (.VnTime fonts) must first be converted to Unicode (e.g. with UniKey's converter, TCVN3 to Unicode).";

    /// <summary>Reads <paramref name="path"/> as UTF-8 text, or returns null with the problem (located by line) that stops it.</summary>
    internal static string? Read(string path, out InputProblem? problem) => Read(path, TextEncoding.Utf8, out problem);

    /// <summary>
    /// Reads <paramref name="path"/> in <paramref name="encoding"/>, or returns null with the problem (located by line)
    /// that stops it. The text may come with a warning in <paramref name="problem"/> (a UTF-8 file given as Windows-1258).
    /// </summary>
    internal static string? Read(string path, TextEncoding encoding, out InputProblem? problem)
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

        return Decode(bytes, path, encoding, out problem);
    }

    /// <summary>Decodes bytes in <paramref name="encoding"/>; see <see cref="Read(string, TextEncoding, out InputProblem?)"/>.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes, string path, TextEncoding encoding, out InputProblem? problem)
    {
        if (encoding != TextEncoding.Windows1258)
        {
            return Decode(bytes, path, out problem);
        }

        problem = null;
        if (Utf8.IsValid(bytes.StartsWith("\xEF\xBB\xBF"u8) ? bytes[3..] : bytes) && MultiByte(bytes) is var at and >= 0)
        {
            var utf8 = Decode(bytes, path, out _);
            problem = new InputProblem(ProblemSeverity.Warning, new SourceLocation(path, bytes[..at].Count((byte)'\n') + 1), $"the file was given as Windows-1258 but is UTF-8 (byte {at.ToString(CultureInfo.InvariantCulture)}, on this line, starts a UTF-8 letter, as all its accented letters do): it was read as UTF-8, since read as Windows-1258 its letters would be wrong (\"Hà Nội\" as \"HÃ  Ná»™i\").", "drop --encoding windows-1258 for this file.");
            return utf8;
        }

        // The in-box decoder maps every byte to a character (the few bytes Windows-1258 leaves undefined to C1 control
        // characters), so a file in another encoding, TCVN3 above all, would decode without an error into wrong letters
        // ("Thái Bình" in TCVN3 reads "Th¸i B×nh"). Vietnamese text has only the letters of its alphabet beyond ASCII,
        // and a little punctuation: any other character is refused, located.
        var text = Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC);
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }
            else if (c >= 0x80 && !IsVietnameseText(c))
            {
                var count = text.Count(x => x >= 0x80 && !IsVietnameseText(x));
                problem = new InputProblem(ProblemSeverity.Error, new SourceLocation(path, line), $"the file does not read as Vietnamese in Windows-1258: '{c}' (U+{(int)c:X4}, on this line) is not a letter of the Vietnamese alphabet, nor are {count.ToString("N0", CultureInfo.InvariantCulture)} character(s) in all; a TCVN3 file reads so (\"Thái Bình\" as \"Th¸i B×nh\").", "a TCVN3 file (.VnTime fonts) must first be converted to Unicode (e.g. with UniKey's converter, TCVN3 to Unicode) and saved as CSV UTF-8; a file with other letters (ü, ñ) must be saved as CSV UTF-8.");
                return null;
            }
        }

        return text;
    }

    private static readonly System.Buffers.SearchValues<char> VietnameseMarks = System.Buffers.SearchValues.Create("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B");

    private const string Punctuation = "\u00A0\u00AB\u00BB\u00B0\u00B1\u00B2\u00B3\u00D7\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022\u20AC\u2030\u00A9\u00AE\u2122";

    /// <summary>Whether a character beyond ASCII is a letter of the Vietnamese alphabet (composed) or common punctuation.</summary>
    private static bool IsVietnameseText(char c)
    {
        if (c is 'đ' or 'Đ' || Punctuation.Contains(c, StringComparison.Ordinal))
        {
            return true;
        }

        var parts = c.ToString().Normalize(NormalizationForm.FormD);
        return parts.Length >= 2 && char.IsAsciiLetter(parts[0]) && parts.AsSpan(1).IndexOfAnyExcept(VietnameseMarks) < 0;
    }

    /// <summary>The position of the first byte of 0x80 or more (the start of a multi-byte UTF-8 sequence in valid UTF-8), or -1.</summary>
    private static int MultiByte(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith("\xEF\xBB\xBF"u8) ? 3 : 0;
        var i = bytes[start..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        return i < 0 ? -1 : start + i;
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
