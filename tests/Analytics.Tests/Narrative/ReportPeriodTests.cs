using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>
/// Every period a report covers (issue 18, item 2), in the words reports use: a quarter ("quý I/2025"), the first
/// months of a year ("6 tháng đầu năm"; January without "1 tháng đầu năm"; March as "quý I"; December as "cả năm"),
/// a year, and the average of a price index ("Bình quân 9 tháng"). Months from data/gso/gso_vn_monthly.csv; quarters
/// and years from small files written the way a province writes them.
/// </summary>
public sealed class ReportPeriodTests
{
    private static readonly ObservationStore Gso = new(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);

    private static ObservationStore FromText(string csv)
    {
        var path = Scratch.Path("periods", ".csv");
        File.WriteAllText(path, csv);
        return new ObservationStore(InterchangeFormat.Read(path).ThrowIfErrors());
    }

    // A province's quarterly figures: only quarters, no month.
    private const string Quarterly = """
        indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status,release
        RETAIL,,2024-Q3,14980,tỷ đồng,,9.1,,2024-09
        RETAIL,,2024-Q4,15210,tỷ đồng,,,,2024-12
        RETAIL,,2025-Q1,16050,tỷ đồng,,11.2,estimate,2025-03
        EXPORT,,2024-Q3,805.2,triệu USD,,7.5,,2024-09
        EXPORT,,2024-Q4,820,triệu USD,,,,2024-12
        EXPORT,,2025-Q1,790.5,triệu USD,,12.4,estimate,2025-03
        IIP,,2025-Q1,,,,8.5,estimate,2025-03
        """;

    [Fact]
    public void Narrate_QuarterOnlyFile_NarratesTheLatestQuarter()
    {
        var narration = new Narrator().Narrate(FromText(Quarterly));
        var text = narration.ToString();

        Assert.Equal(Period.Quarter(2025, 1), narration.Period);
        Assert.Contains("tiêu dùng quý I/2025 ước đạt 16.050 tỷ đồng, tăng 5,5% so với quý trước và tăng 11,2% so với cùng kỳ năm 2024.", text, StringComparison.Ordinal);
        Assert.Contains("Quý I/2025, kim ngạch xuất khẩu hàng hóa ước đạt 790,5 triệu USD, giảm 3,6% so với quý trước và tăng 12,4% so với cùng kỳ năm 2024.", text, StringComparison.Ordinal);
        Assert.Contains("(IIP) quý I/2025 ước tính tăng 8,5% so với cùng kỳ năm 2024.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tháng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tính chung", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_Quarter_WordedAsTheStyleWritesIt()
    {
        var style = NarrativeStyle.Vietnamese with { Phrases = new Dictionary<string, string> { ["period.quarter"] = "quý {Q} năm {year}" } };
        var text = new Narrator(style).Narrate(FromText(Quarterly), Period.Quarter(2024, 3)).ToString();
        Assert.Contains("Quý III năm 2024, kim ngạch xuất khẩu hàng hóa đạt 805,2 triệu USD, tăng 7,5% so với cùng kỳ năm 2023.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_QuarterInEnglish()
    {
        var text = new Narrator(NarrativeStyle.English).Narrate(FromText(Quarterly)).ToString();
        Assert.Contains("In Q1 2025, exports reached an estimated USD 790.5 million, down 3.6% on the previous quarter and up 12.4% on Q1 2024.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_Quarter_FromMonthlyData_IsTheFirstThreeMonths()
    {
        var text = new Narrator().Narrate(Gso, Period.Quarter(2024, 1)).ToString();
        // The quarter is the March release's three months; the quarter before, October–December 2023 as revised by then.
        Assert.Contains("Quý I/2024, kim ngạch xuất khẩu hàng hóa ước đạt 93.060 triệu USD, giảm 3,6% so với quý trước và tăng 16,98% so với cùng kỳ năm 2023", text, StringComparison.Ordinal);
        Assert.DoesNotContain("so với tháng trước", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_March_CumulativeIsTheFirstQuarter()
    {
        var text = new Narrator().Narrate(Gso, Period.Month(2024, 3)).ToString();
        Assert.Contains("Tính chung quý I/2024, kim ngạch xuất khẩu ước đạt 93.060 triệu USD, tăng 16,98% so với cùng kỳ năm 2023", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3 tháng đầu năm", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_June_SixMonths()
    {
        var text = new Narrator().Narrate(Gso, Period.Month(2024, 6)).ToString();
        Assert.Contains("Tính chung 6 tháng đầu năm 2024, kim ngạch xuất khẩu ước đạt", text, StringComparison.Ordinal);
        Assert.Contains("Bình quân 6 tháng năm 2024, chỉ số giá tiêu dùng (CPI) tăng", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_January_HasNoCumulativeSentence()
    {
        var narration = new Narrator().Narrate(Gso, Period.Month(2024, 1));
        var text = narration.ToString();
        Assert.Contains("Tháng 1/2024, kim ngạch xuất khẩu hàng hóa ước đạt 33.570 triệu USD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1 tháng đầu năm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tính chung", text, StringComparison.Ordinal);
        Assert.DoesNotContain(narration.Paragraphs, p => p.Topic == "cumulative");
    }

    [Fact]
    public void Narrate_December_CumulativeIsTheWholeYear()
    {
        var text = new Narrator().Narrate(Gso, Period.Month(2024, 12)).ToString();
        Assert.Contains("Tính chung cả năm 2024, kim ngạch xuất khẩu ước đạt 405.532 triệu USD, tăng 14,32% so với năm 2023", text, StringComparison.Ordinal);
        Assert.Contains("Bình quân năm 2024, chỉ số giá tiêu dùng (CPI) tăng 3,63% so với năm 2023.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12 tháng đầu năm", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_Year_FromTheTwelveMonthsCumulative()
    {
        var narration = new Narrator().Narrate(Gso, Period.CalendarYear(2024));
        var text = narration.ToString();
        Assert.Contains("Năm 2024, kim ngạch xuất khẩu hàng hóa ước đạt 405.532 triệu USD, tăng 14,32% so với năm 2023", text, StringComparison.Ordinal);
        Assert.Contains("tiêu dùng năm 2024 ước đạt 6.391.003 tỷ đồng, tăng 8,96% so với năm 2023.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tháng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tính chung", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_YearFile_ComparesWithTheYearBefore()
    {
        var store = FromText("""
            indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status,release
            EXPORT,,2023,2500,triệu USD,,,,
            EXPORT,,2024,2710.4,triệu USD,,,,
            """);
        var text = new Narrator().Narrate(store).ToString();
        Assert.Contains("Năm 2024, kim ngạch xuất khẩu hàng hóa đạt 2.710 triệu USD, tăng 8,4% so với năm 2023.", text, StringComparison.Ordinal);
        var english = new Narrator(NarrativeStyle.English).Narrate(store).ToString();
        Assert.Contains("In 2024, exports reached USD 2,710 million, up 8.4% on 2023.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrate_PriceIndex_CumulativeIsAnAverage()
    {
        var text = new Narrator().Narrate(Gso, Period.Month(2024, 9)).ToString();
        Assert.Contains("Bình quân 9 tháng năm 2024, chỉ số giá tiêu dùng (CPI) tăng 3,88% so với cùng kỳ năm 2023.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tính chung 9 tháng đầu năm 2024, chỉ số giá", text, StringComparison.Ordinal);

        // The IIP's cumulative is not an average.
        Assert.Contains("Tính chung 9 tháng đầu năm 2024, IIP ước tính tăng 8,64%", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi", "2024-09", "tháng 9/2024")]
    [InlineData("vi", "2025-Q1", "quý I/2025")]
    [InlineData("vi", "2024", "năm 2024")]
    [InlineData("vi", "2024-01..2024-06", "6 tháng đầu năm 2024")]
    [InlineData("vi", "2024-01..2024-03", "quý I/2024")]
    [InlineData("vi", "2024-01..2024-12", "năm 2024")]
    [InlineData("en", "2025-Q1", "Q1 2025")]
    [InlineData("en", "2024-01..2024-06", "January–June 2024")]
    public void DescribePeriod_InTheReportsWords(string language, string period, string expected)
        => Assert.Equal(expected, new Narrator(NarrativeStyle.Vietnamese with { Language = language }).DescribePeriod(Period.Parse(period)));
}
