using System.Globalization;
using System.Text;
using Analytics.Cli;
using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Tests.Cli;

public class WarningSummaryTests
{
    [Fact]
    public void Growth_ThirtyRowsWithoutUnit_PrintsTwentyThenCountsTheRest()
    {
        var sb = new StringBuilder("indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\n");
        for (var m = 0; m < 30; m++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"IIP,,{2021 + (m / 12)}-{(m % 12) + 1:00},{100 + m},,,,official\n");
        }

        var path = Scratch.Path("warnings", ".csv");
        File.WriteAllText(path, sb.ToString());
        var (code, _, err) = CliRunner.Run("growth", "--input", path, "--output", Scratch.Path("warnings-out", ".csv"));
        Assert.Equal(0, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Count(l => l.Contains("has no unit", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.EndsWith("… and 10 more rows with a value but no unit (list: --warnings-file FILE)", StringComparison.Ordinal));
    }

    [Fact]
    public void Growth_WarningsFile_HoldsEveryWarningWithItsRow()
    {
        var path = Scratch.Path("warnings", ".csv");
        File.WriteAllText(path, NoUnitRows(30));
        var list = Scratch.Path("warnings-list", ".txt");
        var (code, _, err) = CliRunner.Run("growth", "--input", path, "--output", Scratch.Path("warnings-out", ".csv"), "--warnings-file", list);
        Assert.Equal(0, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Count(l => l.Contains("has no unit", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.EndsWith($"… and 10 more rows with a value but no unit (all listed in {list})", StringComparison.Ordinal));
        var listed = File.ReadAllLines(list);
        Assert.Equal(30, listed.Length);
        for (var i = 0; i < 30; i++)
        {
            // The header is row 1, so the i-th figure is on row i + 2.
            Assert.StartsWith($"warning: {path}, row {i + 2}", listed[i], StringComparison.Ordinal);
            Assert.Contains("has no unit", listed[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Growth_WarningsFileCsvOnARefusedFile_ListsEveryErrorAsARow()
    {
        var sb = new StringBuilder("indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\n");
        for (var m = 0; m < 25; m++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"IIP,,{2021 + (m / 12)}-{(m % 12) + 1:00},x{m},%,,,official\n");
        }

        var path = Scratch.Path("warnings-bad", ".csv");
        File.WriteAllText(path, sb.ToString());
        var list = Scratch.Path("warnings-bad-list", ".csv");
        var (code, _, err) = CliRunner.Run("growth", "--input", path, "--warnings-file", list);
        Assert.Equal(2, code);
        Assert.Contains($"(all listed in {list})", err, StringComparison.Ordinal);
        var rows = File.ReadAllLines(list);
        Assert.Equal("severity,file,sheet,row,column,kind,message,fix", rows[0]);
        Assert.Equal(26, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.StartsWith($"error,{path},,", r, StringComparison.Ordinal));
        Assert.Contains(",25,value,", rows[24], StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_WarningsFileOfAFileWithoutProblems_IsEmptied()
    {
        var list = Scratch.Path("warnings-none", ".txt");
        File.WriteAllText(list, "left from an earlier run\n");
        var (code, _, _) = CliRunner.Run("audit", "--input", TestData.Path("thai-binh/2023-09.csv"), "--warnings-file", list);
        Assert.InRange(code, 0, 1);
        Assert.DoesNotContain(File.ReadAllLines(list), l => l.Contains("left from", StringComparison.Ordinal));
    }

    private static string NoUnitRows(int count)
    {
        var sb = new StringBuilder("indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\n");
        for (var m = 0; m < count; m++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"IIP,,{2021 + (m / 12)}-{(m % 12) + 1:00},{100 + m},,,,official\n");
        }

        return sb.ToString();
    }

    [Fact]
    public void Summarise_ManyErrorsWithoutKind_AreCappedByTheirFixWithACount()
    {
        var problems = Enumerable.Range(1, 1200)
            .Select(r => new InputProblem(ProblemSeverity.Error, new SourceLocation("a.csv", r, "value"), $"'x{r}' is not a number.", "write a number."))
            .Append(new InputProblem(ProblemSeverity.Warning, new SourceLocation("a.csv", 3), "other.", "something else."))
            .ToList();
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        InputFile.Summarise(problems, w);
        var lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(22, lines.Length);
        Assert.Equal("error: a.csv: … and 1,180 more errors with the fix \"write a number.\" (list: --warnings-file FILE)", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("warning: a.csv, row 3", StringComparison.Ordinal));
    }
}
