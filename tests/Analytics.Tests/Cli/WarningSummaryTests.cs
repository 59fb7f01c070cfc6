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
        Assert.Contains(lines, l => l.Contains("… and 10 more rows with a value but no unit", StringComparison.Ordinal));
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
        Assert.Equal("error: a.csv: … and 1,180 more errors with the same fix (fix: write a number.)", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("warning: a.csv, row 3", StringComparison.Ordinal));
    }
}
