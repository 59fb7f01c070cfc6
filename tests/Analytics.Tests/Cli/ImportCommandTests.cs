using Analytics.Io;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Tests.Cli;

public sealed class ImportCommandTests
{
    private static string Workbook(string name) => TestData.Path(Path.Combine("gso", "workbooks", name));

    [Fact]
    public void Import_OneWorkbook_WritesTheInterchangeFormatWithReleases()
    {
        var path = Workbook("2023-10-29-02.-Bieu-so-lieu-T10.2023.xlsx");
        var output = Scratch.Path("import", ".csv");
        var (code, _, err) = CliRunner.Run("import", "--gso", path, "--output", output);
        Assert.Equal(0, code);
        Assert.Contains("read as RetailSales, release 2023-10", err, StringComparison.Ordinal);
        var read = InterchangeFormat.Read(output);
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        Assert.Equal(GsoWorkbook.Read(path).Observations.Count, read.Observations.Count);

        // October's workbook revises September's retail sales ('13. Tongmuc', B12: "Sơ bộ tháng 9").
        var september = Assert.Single(read.Observations, o => o.Indicator == "RETAIL" && o.Breakdown.Length == 0 && o.Period == Period.Month(2023, 9));
        Assert.Equal(528380.7698409136, september.Value, 6);
        Assert.Equal(Period.Month(2023, 10), september.Release);
        Assert.Equal(ObservationStatus.Preliminary, september.Status);
    }

    [Fact]
    public void Import_UnreadableWorkbook_ExitsTwoAndSaysWhy_ButImportsTheOthers()
    {
        var bad = TestData.BadInput(Path.Combine("gso", "truncated.xlsx"));
        var good = Workbook("2023-09-29-02-Bieu-so-lieu-9-thang-2023-2.xlsx");
        var (code, stdout, err) = CliRunner.Run("import", "--gso", bad, good);
        Assert.Equal(2, code);
        Assert.Contains("truncated.xlsx: the workbook is truncated or damaged", err, StringComparison.Ordinal);
        Assert.Contains("EXPORT,Gạo,2023-09,", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Folder_TakesUpperCaseExtensionsAndSubfolders_AndNamesWhatItSkips()
    {
        // A folder as an office keeps it: one workbook saved as .XLSX, one in a subfolder by month, a PDF beside them.
        var folder = Scratch.Path("import-folder");
        Directory.CreateDirectory(Path.Combine(folder, "2023-10"));
        File.Copy(Workbook("2023-09-29-02-Bieu-so-lieu-9-thang-2023-2.xlsx"), Path.Combine(folder, "T9.XLSX"));
        File.Copy(Workbook("2023-10-29-02.-Bieu-so-lieu-T10.2023.xlsx"), Path.Combine(folder, "2023-10", "T10.xlsx"));
        File.WriteAllText(Path.Combine(folder, "ghi-chu.pdf"), "not a workbook");
        var (code, stdout, err) = CliRunner.Run("import", "--gso", folder);
        Assert.Equal(0, code);
        Assert.Contains("2 workbook(s)", err, StringComparison.Ordinal);
        Assert.Contains("not imported: ghi-chu.pdf", err, StringComparison.Ordinal);
        Assert.Contains(",2023-09,", stdout, StringComparison.Ordinal);
        Assert.Contains(",2023-10,", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithoutGso_IsAUsageError()
    {
        var (code, _, err) = CliRunner.Run("import", "x.xlsx");
        Assert.Equal(2, code);
        Assert.Contains("import --gso FILE", err, StringComparison.Ordinal);
    }
}
