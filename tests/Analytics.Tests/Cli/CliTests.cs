namespace Analytics.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Growth_SeedFile_WritesEveryRowWithOrigins()
    {
        var (code, output, _) = Run("growth", "--input", TestData.Path("thai-binh/2023-09.csv"));
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("indicator,breakdown,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct,", lines[0], StringComparison.Ordinal);
        Assert.Equal(50, lines.Length);
        Assert.Contains("IND_VALUE,,2023-01..2023-09,72007,,9.2,72007,9.2,,stated,stated,stated,65940.47619,2023-09,", lines);
    }

    [Fact]
    public void Growth_OutputOption_WritesTheFile()
    {
        var path = Path.Combine(Scratch.Path("growth"), "growth.csv");
        var (code, _, err) = Run("growth", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--as-published", "--output", path);
        Assert.Equal(0, code);
        Assert.Contains("rows written", err, StringComparison.Ordinal);
        Assert.Contains("EXPORT,,2023-09,31410,", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_SeedFile_ExitsZeroWithFindings()
    {
        var (code, output, _) = Run("audit", "--input", TestData.Path("thai-binh/2023-09.csv"));
        Assert.Equal(0, code);
        Assert.Contains("72,006", output, StringComparison.Ordinal);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_ErrorFinding_ExitsOne()
    {
        var path = Scratch.Path("seed", ".csv");
        File.WriteAllText(path, File.ReadAllText(TestData.Path("thai-binh/2023-09.csv")).Replace("66104,tỷ đồng", "66904,tỷ đồng", StringComparison.Ordinal));
        Assert.Equal(1, Run("audit", "--input", path).Code);
    }

    [Fact]
    public void Growth_BadFile_ExitsTwoAndLocatesTheProblem()
    {
        var (code, _, err) = Run("growth", "--input", TestData.BadInput("double-percent.csv"), "--culture", "vi-VN");
        Assert.Equal(2, code);
        Assert.Contains("double-percent.csv, row 2, column yoy_pct", err, StringComparison.Ordinal);
        Assert.Contains("Nothing was computed", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("growth", "--inptu", "x.csv")]
    [InlineData("grwoth")]
    [InlineData("growth")]
    [InlineData("growth", "--input", "x.csv", "--culture", "xx-NOPE")]
    [InlineData("growth", "--input", "")]
    [InlineData("report", "--out", "")]
    public void Run_UsageError_ExitsTwoWithAFix(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("analytics", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Windows1258File_WithTheEncodingGivesTheFindingsOfTheUtf8Original()
    {
        var (code, output, err) = Run("audit", "--input", TestData.BadInput("windows-1258-thai-binh.csv"), "--encoding", "windows-1258");
        Assert.Equal(0, code);
        Assert.Equal(Run("audit", "--input", TestData.Path("thai-binh/2023-09.csv")).Out, output);
        Assert.DoesNotContain("error", err, StringComparison.Ordinal);

        var (refused, _, why) = Run("audit", "--input", TestData.BadInput("windows-1258-thai-binh.csv"));
        Assert.Equal(2, refused);
        Assert.Contains("not UTF-8", why, StringComparison.Ordinal);
        Assert.Contains("--encoding windows-1258", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_Windows1258File_WithTheEncodingGivesTheTableOfTheUtf8Original()
    {
        var original = Scratch.Path("growth-utf8", ".csv");
        var decoded = Scratch.Path("growth-1258", ".csv");
        Assert.Equal(0, Run("growth", "--input", TestData.Path("thai-binh/2023-09.csv"), "--output", original).Code);
        var (code, _, err) = Run("growth", "--input", TestData.BadInput("windows-1258-thai-binh.csv"), "--encoding", "windows-1258", "--output", decoded);
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllText(original), File.ReadAllText(decoded));
        var (refused, _, why) = Run("growth", "--input", TestData.BadInput("windows-1258-thai-binh.csv"));
        Assert.Equal(2, refused);
        Assert.Contains("--encoding windows-1258", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("convert")]
    [InlineData("forecast")]
    [InlineData("growth")]
    [InlineData("narrate")]
    [InlineData("report")]
    [InlineData("template")]
    [InlineData("yearend")]
    public void Help_EveryCommandReadingACsvWithACulture_TakesAnEncoding(string command)
    {
        var (_, output, err) = Run(command, "--help");
        Assert.Contains("--culture", output + err, StringComparison.Ordinal);
        Assert.Contains("--encoding", output + err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tcvn3", "UniKey")]
    [InlineData("latin1", "use utf-8 (default) or windows-1258")]
    public void Run_EncodingNotRead_IsAUsageErrorWithTheFix(string encoding, string fragment)
    {
        var (code, _, err) = Run("audit", "--input", TestData.Path("thai-binh/2023-09.csv"), "--encoding", encoding);
        Assert.Equal(2, code);
        Assert.Contains(fragment, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_CultureAutoOnAWorkbook_DecidesFromItsTextCells()
    {
        var output = Path.Combine(Scratch.Path("auto-xlsx"), "out.csv");
        var (code, _, err) = Run("convert", TestData.BadInput(Path.Combine("workbook", "auto-text-vi.xlsx")), output, "--culture", "auto");
        Assert.True(code == 0, err);
        Assert.Contains("IND_VALUE,,2023-09,72007,", File.ReadAllText(output), StringComparison.Ordinal);

        // Under the invariant default the same workbook is refused: "72.007" could be 72.007 or 72007.
        Assert.Equal(2, Run("convert", TestData.BadInput(Path.Combine("workbook", "auto-text-vi.xlsx")), output).Code);

        var (undecided, _, why) = Run("convert", TestData.BadInput(Path.Combine("workbook", "auto-text-undecided.xlsx")), output, "--culture", "auto");
        Assert.Equal(2, undecided);
        Assert.Contains("--culture auto:", why, StringComparison.Ordinal);
        Assert.Contains("do not settle it", why, StringComparison.Ordinal);
        Assert.Contains("--culture vi-VN", why, StringComparison.Ordinal);
    }
}
