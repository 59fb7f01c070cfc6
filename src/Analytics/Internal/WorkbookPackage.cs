using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Internal;

/// <summary>
/// Opens an .xlsx for reading, bounded: before any XML is parsed, every part's inflated size (from the zip's
/// directory) is checked against a cap, so that a small file that would inflate to gigabytes (a zip bomb, or a sheet
/// far beyond what monthly statistics need) is refused with the limit named instead of exhausting memory. DTDs, and so
/// external entities (XXE), are refused by the SDK's XML reader, which prohibits them.
/// </summary>
internal static class WorkbookPackage
{
    /// <summary>The largest inflated size of one part of a workbook (256 MiB: a sheet of a million rows of ten cells is about 100 MiB).</summary>
    internal const long MaxPartBytes = 256L * 1024 * 1024;

    /// <summary>The largest inflated size of all parts together (1 GiB).</summary>
    internal const long MaxTotalBytes = 1024L * 1024 * 1024;

    /// <summary>Opens <paramref name="path"/> read-only after checking its parts' sizes.</summary>
    /// <exception cref="InvalidDataException">A part, or all of them, inflate beyond the caps: the part and the cap are named.</exception>
    internal static SpreadsheetDocument Open(string path)
    {
        CheckSizes(path);
        return SpreadsheetDocument.Open(path, false);
    }

    /// <summary>Why a workbook could not be read, in a user's words: a DTD is named as such rather than by the XML reader's advice to enable it.</summary>
    internal static string Reason(Exception e)
        => e is System.Xml.XmlException && e.Message.Contains("DTD", StringComparison.Ordinal)
            ? "its XML declares a document type (DTD), which no workbook saved by Excel or LibreOffice has and which could make a reader fetch other files (XXE); it is not read"
            : e.Message;

    private static void CheckSizes(string path)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            // Not a zip at all: the SDK says so in its own words (a password-protected workbook, a renamed CSV).
            return;
        }

        using (zip)
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes)
                {
                    throw new InvalidDataException($"its part '{entry.FullName}' inflates to {Mib(entry.Length)} MiB from {Mib(entry.CompressedLength)} MiB, more than the {Mib(MaxPartBytes)} MiB a part of a workbook may be (a zip bomb, or a sheet far larger than monthly statistics need)");
                }

                total += entry.Length;
                if (total > MaxTotalBytes)
                {
                    throw new InvalidDataException($"its parts inflate to more than the {Mib(MaxTotalBytes)} MiB a workbook may be");
                }
            }
        }
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024)).ToString("N0", CultureInfo.InvariantCulture);
}
