using Analytics.Narrative;

namespace Analytics.Tests.Narrative;

/// <summary>
/// A style file is checked when it is loaded: a misspelt setting, a negative number of decimals or a negative threshold
/// is refused with the file, the setting and the fix, instead of being ignored or failing deep in the narrator.
/// </summary>
public class StyleValidationTests
{
    [Theory]
    [InlineData("{ \"rateDecimal\": 2 }", "'rateDecimal' is not a setting of a style")]
    [InlineData("{ \"rateDecimals\": -3 }", "rateDecimals is -3; it must be 0 to 6")]
    [InlineData("{ \"rateDecimals\": 2, \"maxRateDecimals\": 1 }", "maxRateDecimals is 1; it must be rateDecimals to 10")]
    [InlineData("{ \"strongRise\": -5 }", "strongRise is -5; it must be a percentage of 0 or more")]
    [InlineData("{ \"maxItems\": 0 }", "maxItems is 0; it must be 1 or more")]
    [InlineData("{ \"language\": \"v i\" }", "language must be a language tag")]
    public void Load_BadSetting_IsRefusedWithTheSettingAndTheFix(string json, string expected)
    {
        var path = Scratch.Path("style-bad", ".json");
        File.WriteAllText(path, json);
        var e = Assert.Throws<FormatException>(() => NarrativeStyle.Load(path));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thai-binh/style.json")]
    [InlineData("gso/style.json")]
    public void Load_BundledStyles_AreValid(string name)
        => Assert.NotNull(NarrativeStyle.Load(TestData.Path(name)));

    [Fact]
    public void Load_MisspeltSetting_ListsTheSettings()
    {
        var path = Scratch.Path("style-typo", ".json");
        File.WriteAllText(path, "{\n  \"language\": \"vi\",\n  \"maxitem\": 5\n}");
        var e = Assert.Throws<FormatException>(() => NarrativeStyle.Load(path));
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("maxItems", e.Message, StringComparison.Ordinal);
    }
}
