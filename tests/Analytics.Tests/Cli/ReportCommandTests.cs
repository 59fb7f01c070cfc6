using Analytics.Cli;

namespace Analytics.Tests.Cli;

public class ReportCommandTests
{
    [Fact]
    public void Report_Input_WritesFourFiles()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"analytics-{Guid.NewGuid():N}");
        using var o = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var e = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var code = CliApp.Run(["report", "--input", TestData.Path("thai-binh/2023-09.csv"), "--lang", "en", "--out", dir], o, e);
        Assert.Equal(0, code);
        foreach (var ext in new[] { ".md", ".html", ".docx", ".xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(dir, "report-2023-09" + ext)), ext);
        }

        Assert.Contains("Industry and trade", File.ReadAllText(Path.Combine(dir, "report-2023-09.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_EnglishOutput_PrintsParagraphs()
    {
        using var o = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var e = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, CliApp.Run(["narrate", "--input", TestData.Path("thai-binh/2023-09.csv"), "--lang", "en"], o, e));
        Assert.Contains("In September 2023, exports reached an estimated 270 million USD", o.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_PeriodNotInFile_ExitsTwoAndSaysWhichPeriodsExist()
    {
        using var o = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var e = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, CliApp.Run(["narrate", "--input", TestData.Path("thai-binh/2023-09.csv"), "--period", "2024-01"], o, e));
        Assert.Contains("tháng 9/2023", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadStyleFile_ExitsTwoNamingTheFile()
    {
        var style = Path.Combine(Path.GetTempPath(), $"style-{Guid.NewGuid():N}.json");
        File.WriteAllText(style, "{ \"language\": \"vi\", \"samePeriod\": \"sometimes\" }");
        using var o = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var e = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, CliApp.Run(["report", "--input", TestData.Path("thai-binh/2023-09.csv"), "--style", style, "--out", Path.GetTempPath()], o, e));
        Assert.Contains(style, e.ToString(), StringComparison.Ordinal);
    }
}
