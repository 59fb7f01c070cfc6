using System.Text;
using Analytics.Io;

namespace Analytics.Tests.Io;

/// <summary>Keys compared as a person reads them: one spelling per indicator code, text in NFC, a blank release the default one.</summary>
public class KeyNormalisationTests
{
    private const string Header = "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status";

    [Fact]
    public void ReadText_CodeInAnotherCase_TakesTheCataloguesSpelling()
    {
        var o = Assert.Single(InterchangeFormat.ReadText(Header + "\nExport,,2023-09,270,triệu USD,,,estimate\n", "x.csv").ThrowIfErrors());
        Assert.Equal("EXPORT", o.Indicator);
    }

    [Fact]
    public void ReadText_UnknownCodeInTwoCases_IsOneSeriesInItsFirstSpelling()
    {
        var obs = InterchangeFormat.ReadText(Header + "\nHang_X,,2023-08,10,tấn,,,\nHANG_X,,2023-09,12,tấn,,,\n", "x.csv").ThrowIfErrors();
        Assert.Equal(["Hang_X", "Hang_X"], obs.Select(o => o.Indicator));
    }

    [Fact]
    public void ReadText_DecomposedBreakdown_IsStoredComposed()
    {
        var nfd = "Châu Á".Normalize(NormalizationForm.FormD);
        var o = Assert.Single(InterchangeFormat.ReadText(Header + $"\nEXPORT,{nfd},2023-09,270,triệu USD,,,estimate\n", "x.csv").ThrowIfErrors());
        Assert.Equal("Châu Á".Normalize(NormalizationForm.FormC), o.Breakdown);
    }

    [Fact]
    public void ReadText_BlankAndExplicitDefaultReleaseSameFigure_IsReadOnce()
    {
        var text = Header + ",release\nEXPORT,,2023-09,270,triệu USD,,,estimate,\nEXPORT,,2023-09,270,triệu USD,,,estimate,2023-09\n";
        var result = InterchangeFormat.ReadText(text, "x.csv");
        Assert.Single(result.Observations);
        Assert.Contains(result.Problems, p => p.Message.Contains("repeats row 2", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadText_LaterReleaseOfTheSameFigure_IsARevisionNotADuplicate()
    {
        var text = Header + ",release\nEXPORT,,2023-09,270,triệu USD,,,estimate,\nEXPORT,,2023-09,275,triệu USD,,,official,2023-10\n";
        Assert.Equal(2, InterchangeFormat.ReadText(text, "x.csv").ThrowIfErrors().Count);
    }
}
