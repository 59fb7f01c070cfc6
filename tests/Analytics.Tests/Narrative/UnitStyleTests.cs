using Analytics.Indicators;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>
/// Units as reports write them (issue 18, item 3): a series mixing units of one family is converted on reading, never
/// refused, and the style chooses the unit each value is written in, keeping the decimals the source wrote up to the
/// style's maximum. Figures of the GSO's September 2024 release (data/gso/gso_vn_monthly.csv).
/// </summary>
public sealed class UnitStyleTests
{
    private static readonly NarrativeStyle Gso = NarrativeStyle.Load(TestData.Path("gso/style.json"));

    // The month in nghìn tỷ đồng, the nine months in triệu tỷ đồng, as a national report writes them.
    private const string Mixed = """
        indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status,release
        RETAIL,,2024-08,529.2418,nghìn tỷ đồng,,,preliminary,2024-09
        RETAIL,,2024-09,535.7731,nghìn tỷ đồng,,7.63,estimate,2024-09
        RETAIL,,2024-01..2024-09,4.7034011,triệu tỷ đồng,,8.77,estimate,2024-09
        EXPORT,,2024-08,37.0,tỷ USD,,,preliminary,2024-09
        EXPORT,,2024-09,34050,triệu USD,,10.7,estimate,2024-09
        """;

    private static ReadResult Read(string csv)
    {
        var path = Scratch.Path("units", ".csv");
        File.WriteAllText(path, csv);
        return InterchangeFormat.Read(path);
    }

    [Fact]
    public void Read_NghinTyAndTrieuTyDong_AreConvertedWithANote()
    {
        var read = Read(Mixed);
        Assert.DoesNotContain(read.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Contains(read.Problems, p => p.Message.Contains("converted to 'tỷ đồng'", StringComparison.Ordinal) && p.Message.Contains("'triệu tỷ đồng'", StringComparison.Ordinal));
        var ytd = Assert.Single(read.Observations, o => o.Indicator == "RETAIL" && o.Period.Kind == PeriodKind.YearToDate);
        Assert.Equal(Unit.BillionDong, ytd.Unit);
        Assert.Equal(4_703_401.1, ytd.Value, 6);
        Assert.Equal(1, ytd.ValueDecimals);
        Assert.All(read.Observations.Where(o => o.Indicator == "EXPORT"), o => Assert.Equal(Unit.MillionUsd, o.Unit));
    }

    [Fact]
    public void Narrate_MixedFile_WritesTheStylesUnits()
    {
        var text = new Narrator(Gso).Narrate(new ObservationStore(Read(Mixed).ThrowIfErrors()), Period.Month(2024, 9)).ToString();
        Assert.Contains("535,8 nghìn tỷ đồng", text, StringComparison.Ordinal);
        Assert.Contains("4.703,4 nghìn tỷ đồng", text, StringComparison.Ordinal);
        Assert.Contains("34,05 tỷ USD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("triệu tỷ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("triệu USD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_ProvinceStyle_WritesTyDongAndTrieuUsd()
    {
        var style = NarrativeStyle.Vietnamese with { Units = new Dictionary<string, string> { ["đồng"] = "tỷ đồng", ["USD"] = "triệu USD" } };
        var text = new Narrator(style).Narrate(new ObservationStore(Read(Mixed).ThrowIfErrors()), Period.Month(2024, 9)).ToString();
        Assert.Contains("535.773 tỷ đồng", text, StringComparison.Ordinal);
        Assert.Contains("34.050 triệu USD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_GsoFile_ByMagnitudeAndInEnglish()
    {
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);
        var byMagnitude = NarrativeStyle.Vietnamese with { Units = new Dictionary<string, string> { ["VND"] = "byMagnitude", ["USD"] = "byMagnitude" }, MaxValueDecimals = 1 };
        var vi = new Narrator(byMagnitude).Narrate(store, Period.Month(2024, 9)).ToString();
        Assert.Contains("535,8 nghìn tỷ đồng", vi, StringComparison.Ordinal);
        Assert.Contains("4,7 triệu tỷ đồng", vi, StringComparison.Ordinal);

        var en = new Narrator(Gso with { Language = "en", CultureName = "en-US" }).Narrate(store, Period.Month(2024, 9)).ToString();
        Assert.Contains("VND 535.8 trillion", en, StringComparison.Ordinal);
        Assert.DoesNotContain("billion USD", en, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueDecimals_SourceDecimalsKeptUpToTheStylesMaximum()
    {
        // 12.345,6 tỷ đồng keeps its decimal under the GSO style; 259,67 tỷ USD keeps both.
        Assert.Equal("12.345,6 tỷ đồng", ReportNumbers.Amount(12_345.6, 1, Unit.BillionDong, Gso with { Units = new Dictionary<string, string>() }));
        Assert.Equal("259,67 tỷ USD", ReportNumbers.Amount(259_670, 0, Unit.MillionUsd, Gso));
        Assert.Equal("12,3 nghìn tỷ đồng", ReportNumbers.Amount(12_345.6, 1, Unit.BillionDong, Gso));
    }

    [Fact]
    public void Load_UnknownUnitOfAFamily_IsRefusedWithTheChoices()
    {
        var path = Scratch.Path("style", ".json");
        File.WriteAllText(path, """{ "units": { "USD": "tỷ đồng" } }""");
        var e = Assert.Throws<FormatException>(() => NarrativeStyle.Load(path));
        Assert.Contains("\"triệu USD\"", e.Message, StringComparison.Ordinal);
    }
}
