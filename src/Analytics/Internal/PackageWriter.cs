using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Internal;

/// <summary>
/// Makes the workbooks the library writes the same bytes for the same content. The SDK names each relationship with a
/// random id ("R7488953c4f9441ec") unless it is given one, and <c>System.IO.Packaging</c> stamps every zip entry with
/// the current time and offers no way to set it; so the writers name their relationships (<c>rId1</c>, …) and the
/// entries' times are set to a fixed date once the package is closed. A workbook written twice can then be compared
/// byte for byte, and a mutation fuzzer seeded from one mutates the same bytes in every process.
/// </summary>
internal static class PackageWriter
{
    /// <summary>The time every entry is stamped with: 1980-01-01 00:00, the earliest a zip entry can hold (as reproducible builds use).</summary>
    internal static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>Creates a workbook at <paramref name="path"/> (overwritten) with its workbook part related to the package as <c>rId1</c>.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="workbook">The workbook part.</param>
    /// <returns>The package; close it, then call <see cref="StampEntries"/>.</returns>
    internal static SpreadsheetDocument CreateWorkbook(string path, out WorkbookPart workbook)
    {
        var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        workbook = doc.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
        return doc;
    }

    /// <summary>
    /// Sets every entry of the closed package at <paramref name="path"/> to <see cref="EntryTime"/>. The entries' data
    /// is not changed (their compressed bytes are copied as they are).
    /// </summary>
    /// <param name="path">The .xlsx (or any zip) file, closed.</param>
    internal static void StampEntries(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries)
        {
            entry.LastWriteTime = EntryTime;
        }
    }
}
