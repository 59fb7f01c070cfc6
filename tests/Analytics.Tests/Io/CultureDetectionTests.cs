using Analytics.Io;

namespace Analytics.Tests.Io;

public class CultureDetectionTests
{
    private const string Header = "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\n";

    [Theory]
    [InlineData("EXPORT,,2023-09,270,triệu USD,,\"28,6\",\n", "vi-VN")]
    [InlineData("EXPORT,,2023-09,\"1.234,5\",triệu USD,,,\n", "vi-VN")]
    [InlineData("EXPORT,,2023-09,270,triệu USD,,28.6,\n", "")]
    [InlineData("EXPORT,,2023-09,\"1,234.5\",triệu USD,,,\n", "en-US")]
    public void Detect_DecidingNumbers_GiveTheCulture(string row, string expected)
    {
        var (culture, reason) = CultureDetection.Detect(Header + row);
        Assert.NotNull(culture);
        Assert.Equal(expected, culture.Name);
        Assert.False(string.IsNullOrEmpty(reason));
    }

    [Theory]
    [InlineData("EXPORT,,2023-09,72.007,triệu USD,,5,\n", "settles it")]
    [InlineData("EXPORT,,2023-09,270,triệu USD,,\"28,6\",\nIMPORT,,2023-09,139,triệu USD,,3.5,\n", "mix conventions")]
    public void Detect_AmbiguousOrMixed_SaysWhy(string rows, string fragment)
    {
        var (culture, reason) = CultureDetection.Detect(Header + rows);
        Assert.Null(culture);
        Assert.Contains(fragment, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_CultureAuto_ReadsAVietnameseFile()
    {
        var path = Scratch.Path("vi", ".csv");
        File.WriteAllText(path, "indicator;breakdown;period;value;unit;mom_pct;yoy_pct;status\nIND_VALUE;;2023-01..2023-09;72.007;tỷ đồng;;9,2;ước\n");
        var (code, output, _) = Analytics.Tests.Cli.CliRunner.Run("growth", "--input", path, "--culture", "auto");
        Assert.Equal(0, code);
        Assert.Contains("IND_VALUE,,2023-01..2023-09,72007,", output, StringComparison.Ordinal);
    }
}
