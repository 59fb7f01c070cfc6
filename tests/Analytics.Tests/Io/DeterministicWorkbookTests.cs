using System.IO.Compression;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Io;

/// <summary>
/// The workbooks the library writes are the same bytes for the same figures: no random relationship id, no zip entry
/// stamped with the time of writing. (The fuzzer mutates the bytes of a workbook written at start-up; with random ids
/// its counts differed from one process to the next.)
/// </summary>
public class DeterministicWorkbookTests
{
    private static readonly string SeedCsv = TestData.Path("thai-binh/2023-09.csv");

    [Fact]
    public void InterchangeWorkbook_WrittenTwice_IsTheSameBytes_AndReadsBackToTheSeedFigures()
    {
        var first = Scratch.Path("same", ".xlsx");
        var second = Scratch.Path("same", ".xlsx");
        InterchangeWorkbook.Write(InterchangeFormat.Read(SeedCsv).ThrowIfErrors(), first);
        InterchangeWorkbook.Write(InterchangeFormat.Read(SeedCsv).ThrowIfErrors(), second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        AssertNamedAndStamped(first);
        var csv = InterchangeFormat.Read(SeedCsv).ThrowIfErrors();
        var again = InterchangeWorkbook.Read(second).ThrowIfErrors();
        Assert.Equal(csv.Select(o => o with { Source = null }), again.Select(o => o with { Source = null }));
        Assert.Contains(again, o => o.Indicator == "EXPORT" && o.Period == Period.Month(2023, 9) && o.Value == 270);
    }

    [Fact]
    public void InputWorkbook_WrittenTwice_IsTheSameBytes_AndReadsBackToTheBundledWorkbook()
    {
        var store = new ObservationStore(InterchangeFormat.Read(SeedCsv).ThrowIfErrors());
        var first = Scratch.Path("same-bieu", ".xlsx");
        var second = Scratch.Path("same-bieu", ".xlsx");
        InputWorkbook.WriteFilled(store, Period.Month(2023, 9), first);
        InputWorkbook.WriteFilled(new ObservationStore(InterchangeFormat.Read(SeedCsv).ThrowIfErrors()), Period.Month(2023, 9), second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        AssertNamedAndStamped(first);
        var fresh = InputWorkbook.Read(second).ThrowIfErrors();
        var bundled = InputWorkbook.Read(TestData.Path("thai-binh/2023-09-bieu.xlsx")).ThrowIfErrors();
        Assert.Equal(bundled.Select(o => o with { Source = null }), fresh.Select(o => o with { Source = null }));

        var template = Scratch.Path("same-template", ".xlsx");
        var template2 = Scratch.Path("same-template", ".xlsx");
        InputWorkbook.WriteTemplate(store, Period.Month(2023, 10), template);
        InputWorkbook.WriteTemplate(store, Period.Month(2023, 10), template2);
        Assert.Equal(File.ReadAllBytes(template), File.ReadAllBytes(template2));
    }

    /// <summary>
    /// Every relationship is named rId1, rId2, … (none the SDK's random "R" + 16 hex digits), and every entry carries
    /// 1980-01-01 00:00, so that two writes a minute apart are the same bytes, not only two within one second.
    /// </summary>
    private static void AssertNamedAndStamped(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var rels = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        Assert.Contains(rels, e => e.FullName == "_rels/.rels");
        foreach (var entry in rels)
        {
            using var reader = new StreamReader(entry.Open());
            var ids = System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), "Id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.Matches("^rId[0-9]+$", id));
        }

        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), e.LastWriteTime.DateTime));
    }
}
