using System.Globalization;
using System.Text;
using Analytics.Io;

namespace Analytics.Tests.Io;

/// <summary>
/// The culture guesses that could be wrong, made impossible: a number that reads two ways is refused unless the file
/// settles it, a ';' file is a comma-decimal export, and a workbook's text cells follow --culture. The figures are the
/// Thai Bình September 2023 report's (72.007 tỷ đồng of industrial value, 2.032 triệu USD of exports, 9,2%).
/// </summary>
public class CultureGuessTests
{
    private const string Header = "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Theory]
    [InlineData("72.007")]
    [InlineData("2.032")]
    [InlineData("-1.234.567")]
    [InlineData("+2.032%")]
    public void NumberText_DotGroupedUnderInvariant_IsRefusedWithBothReadings(string text)
    {
        var p = NumberText.Parse(text, CultureInfo.InvariantCulture, isRate: true);
        Assert.False(p.IsOk);
        Assert.Contains("with '.' for thousands", p.Error, StringComparison.Ordinal);
        Assert.Contains("--culture vi-VN", p.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.6", 12.6)]
    [InlineData("1234.567", 1234.567)]
    [InlineData("72.0070", 72.007)]
    public void NumberText_DotDecimalsThatReadOneWay_AreRead(string text, double expected)
        => Assert.Equal(expected, NumberText.Parse(text, CultureInfo.InvariantCulture, isRate: false).Value, 10);

    [Theory]
    [InlineData("0.500")]
    [InlineData("-0.250")]
    [InlineData("00.125")]
    public void NumberText_LeadingZeroGroupInViVn_IsRefused(string text)
    {
        var p = NumberText.Parse(text, Vi, isRate: true);
        Assert.False(p.IsOk);
        Assert.Contains("after a leading zero", p.Error, StringComparison.Ordinal);
        Assert.Contains("0,5", p.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberText_ThousandsInViVn_StillRead()
        => Assert.Equal(1500, NumberText.Parse("1.500", Vi, isRate: false).Value);

    [Fact]
    public void ReadText_DotDecimalsElsewhereInTheFile_SettleADotGroupedNumber()
    {
        // 9.2 can only be a decimal, so the file writes decimals with '.', and 2.032 is two point zero three two.
        var text = Header + "\nEXPORT,,2023-01..2023-09,2.032,triệu USD,,9.2,estimate\n";
        var o = Assert.Single(InterchangeFormat.ReadText(text, "x.csv").ThrowIfErrors());
        Assert.Equal(2.032, o.Value, 10);
        Assert.Equal(3, o.ValueDecimals);
    }

    [Fact]
    public void ReadText_DotGroupedNumberWithoutEvidence_IsRefusedLocated()
    {
        var text = Header + "\nEXPORT,,2023-01..2023-09,2.032,triệu USD,,,estimate\n";
        var result = InterchangeFormat.ReadText(text, "x.csv");
        var p = Assert.Single(result.Problems);
        Assert.Equal((2, "value"), (p.Location.Row, p.Location.Column));
        Assert.Contains("'2.032' reads as 2.032 with '.' for decimals but as 2032 with '.' for thousands", p.Message, StringComparison.Ordinal);
        Assert.Empty(result.Observations);
    }

    [Fact]
    public void ReadText_SemicolonFileUnderViVn_IsRead()
    {
        var text = Header.Replace(',', ';') + "\nIND_VALUE;;2023-01..2023-09;72.007;tỷ đồng;;9,2;ước\n";
        var o = Assert.Single(InterchangeFormat.ReadText(text, "x.csv", new InterchangeOptions { Culture = Vi }).ThrowIfErrors());
        Assert.Equal((72007.0, 9.2), (o.Value, o.YearOnYear.Percent));
    }

    [Fact]
    public void ReadText_SemicolonFileOfWholeNumbers_IsReadUnderTheDefault()
    {
        // Nothing to misread: no number has a separator.
        var text = Header.Replace(',', ';') + "\nEXPORT;;2023-09;270;triệu USD;;;\n";
        Assert.Equal(270, Assert.Single(InterchangeFormat.ReadText(text, "x.csv").ThrowIfErrors()).Value);
    }

    [Fact]
    public void Detect_SemicolonFile_IsVietnamese()
    {
        var (culture, reason) = CultureDetection.Detect(Header.Replace(',', ';') + "\nIND_VALUE;;2023-01..2023-09;72.007;tỷ đồng;;;ước\n");
        Assert.Equal("vi-VN", culture?.Name);
        Assert.Contains("';'", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_SemicolonFileWithDotDecimals_DecidesNothing()
    {
        var (culture, reason) = CultureDetection.Detect(Header.Replace(',', ';') + "\nIND_VALUE;;2023-09;8123.5;tỷ đồng;;;ước\n");
        Assert.Null(culture);
        Assert.Contains("'8123.5'", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_CultureAutoOnSemicolonFile_ReadsVietnameseThousands()
    {
        var path = Scratch.Path("semicolon", ".csv");
        File.WriteAllText(path, Header.Replace(',', ';') + "\nEXPORT;;2023-01..2023-09;2.032;triệu USD;;;ước\n", new UTF8Encoding(false));
        var (code, output, _) = Analytics.Tests.Cli.CliRunner.Run("growth", "--input", path, "--culture", "auto");
        Assert.Equal(0, code);
        Assert.Contains("EXPORT,,2023-01..2023-09,2032,", output, StringComparison.Ordinal);
        var (refused, _, error) = Analytics.Tests.Cli.CliRunner.Run("growth", "--input", path);
        Assert.NotEqual(0, refused);
        Assert.Contains("separates its columns with ';'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookRead_TextCellsFollowTheCulture_NumberCellsAsStored()
    {
        var path = Workbook(e =>
        {
            e.SetCell("data", "D2", "72.007"); // a value typed as text, Vietnamese thousands
            e.SetCell("data", "G2", "9,2");
            e.SetCell("data", "D3", 2.032); // a number cell formatted 0.000: no culture, 2.032 whatever --culture says
        });
        var obs = InterchangeWorkbook.Read(path, new InterchangeOptions { Culture = Vi }).ThrowIfErrors();
        Assert.Equal((72007.0, 9.2), (obs[0].Value, obs[0].YearOnYear.Percent));
        Assert.Equal(2.032, obs[1].Value, 10);

        // Under the default the text cell is refused, located on its sheet and cell, not read as 72.007.
        var invariant = InterchangeWorkbook.Read(path);
        var p = Assert.Single(invariant.Problems, p => p.Severity == ProblemSeverity.Error && p.Location.Column == "value");
        Assert.Equal(("data", 2), (p.Location.Sheet, p.Location.Row));
        Assert.Contains("'72.007' reads as 72.007", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookRead_PercentFormattedRate_IsReadInPercent()
    {
        // Excel stores −6,1% typed into a cell as −0.061 with the format 0.00%.
        var path = Workbook(e =>
        {
            e.SetCell("data", "G2", -0.061);
            e.PercentFormat("data", "G2");
        });
        var o = InterchangeWorkbook.Read(path).ThrowIfErrors()[0];
        Assert.Equal(-6.1, o.YearOnYear.Percent, 10);
        Assert.Equal(2, o.YearOnYear.Decimals);
    }

    [Fact]
    public void WorkbookRead_PercentFormattedValue_IsRefused()
    {
        var path = Workbook(e =>
        {
            e.SetCell("data", "D2", 0.5);
            e.PercentFormat("data", "D2");
        });
        var p = Assert.Single(InterchangeWorkbook.Read(path).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal((2, "value"), (p.Location.Row, p.Location.Column));
        Assert.Contains("percentage in a value column", p.Message, StringComparison.Ordinal);
    }

    private static string Workbook(Action<WorkbookEditor> edit)
    {
        var text = Header + "\nIND_VALUE,,2023-01..2023-09,72007,tỷ đồng,,9.2,estimate\nEXPORT,,2023-01..2023-09,2032.125,triệu USD,,,estimate\n";
        var path = Scratch.Path("culture", ".xlsx");
        InterchangeWorkbook.Write(InterchangeFormat.ReadText(text, "x.csv").ThrowIfErrors(), path);
        using (var e = new WorkbookEditor(path))
        {
            edit(e);
        }

        return path;
    }
}
