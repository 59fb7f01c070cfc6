using System.Globalization;
using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Tests.Io;

public class InterchangeFormatTests
{
    private const string Header = "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status";

    [Fact]
    public void ReadText_ViVnCulture_ReadsThousandsAndDecimalsTheVietnameseWay()
    {
        // A vi-VN export from Excel uses ';' between cells because ',' is the decimal separator.
        var text = "indicator;breakdown;period;value;unit;mom_pct;yoy_pct;status\nIND_VALUE;;2023-01..2023-09;72.007;tỷ đồng;;9,2%;ước\nEXPORT;Da giày;2023-01..2023-09;203,4;triệu USD;;18,4;\n";
        var obs = InterchangeFormat.ReadText(text, "vi.csv", new InterchangeOptions { Culture = CultureInfo.GetCultureInfo("vi-VN") }).ThrowIfErrors();
        Assert.Equal(72007, obs[0].Value);
        Assert.Equal(0, obs[0].ValueDecimals);
        Assert.Equal(9.2, obs[0].YearOnYear.Percent, 10);
        Assert.Equal(ObservationStatus.Estimate, obs[0].Status);
        Assert.Equal(203.4, obs[1].Value, 10);
        Assert.Equal(1, obs[1].ValueDecimals);
    }

    [Fact]
    public void ReadText_EnUsCulture_ReadsCommaThousands()
    {
        var text = Header + "\nIND_VALUE,,2023-01..2023-09,\"72,007\",tỷ đồng,,9.2,\n";
        var obs = InterchangeFormat.ReadText(text, "en.csv", new InterchangeOptions { Culture = CultureInfo.GetCultureInfo("en-US") }).ThrowIfErrors();
        Assert.Equal(72007, obs[0].Value);
    }

    [Fact]
    public void ReadText_InvariantWithVietnameseThousands_IsRefusedNotMisread()
    {
        // "72.007" in the invariant culture would be seventy-two point zero zero seven: read as written, not guessed.
        var text = Header + "\nIND_VALUE,,2023-01..2023-09,72.007,tỷ đồng,,9.2,\n";
        var obs = InterchangeFormat.ReadText(text, "x.csv").ThrowIfErrors();
        Assert.Equal(72.007, obs[0].Value, 10);
        Assert.Equal(3, obs[0].ValueDecimals);
    }

    [Fact]
    public void ReadText_Bound_IsKeptAsABound()
    {
        var text = Header + "\nIND_PRODUCT,Sắt thép,2023-01..2023-09,,,,>100,\n";
        var o = Assert.Single(InterchangeFormat.ReadText(text, "x.csv").ThrowIfErrors());
        Assert.Equal(RateBound.GreaterThan, o.YearOnYear.Bound);
        Assert.False(o.YearOnYear.IsExact);
    }

    [Fact]
    public void Write_ThenRead_RoundTripsEveryField()
    {
        var original = InterchangeFormat.Read(TestData.Path("thai-binh/2023-09.csv")).ThrowIfErrors();
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        InterchangeFormat.Write(original, sw);
        var again = InterchangeFormat.ReadText(sw.ToString(), "roundtrip.csv").ThrowIfErrors();
        Assert.Equal(original.Count, again.Count);
        foreach (var (a, b) in original.Zip(again))
        {
            Assert.Equal(a with { Source = null }, b with { Source = null });
        }
    }

    [Theory]
    [InlineData("12,6", "vi-VN", 12.6, 1)]
    [InlineData("72.007", "vi-VN", 72007, 0)]
    [InlineData("1.234.567,89", "vi-VN", 1234567.89, 2)]
    [InlineData("-0,5", "vi-VN", -0.5, 1)]
    [InlineData("−4,1", "vi-VN", -4.1, 1)]
    [InlineData("72,007", "en-US", 72007, 0)]
    [InlineData("12.6", "invariant", 12.6, 1)]
    [InlineData("+21.13%", "invariant", 21.13, 2)]
    public void NumberText_ValidInCulture_Parses(string text, string culture, double expected, int decimals)
    {
        var c = culture == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        var p = NumberText.Parse(text, c, isRate: true);
        Assert.True(p.IsOk, p.Error);
        Assert.Equal(expected, p.Value, 10);
        Assert.Equal(decimals, p.Decimals);
    }

    [Theory]
    [InlineData("1,234.5", "vi-VN")]
    [InlineData("12.34", "vi-VN")]
    [InlineData("1,2,3", "invariant")]
    [InlineData("72,007", "invariant")]
    [InlineData("1.2.3", "invariant")]
    [InlineData("12,3456", "en-US")]
    [InlineData(".5", "invariant")]
    public void NumberText_AmbiguousOrMalformed_IsRefused(string text, string culture)
    {
        var c = culture == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        Assert.False(NumberText.Parse(text, c, isRate: false).IsOk);
    }
}
