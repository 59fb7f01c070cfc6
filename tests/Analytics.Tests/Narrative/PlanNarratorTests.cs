using System.Globalization;
using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;
using Xunit.Abstractions;

namespace Analytics.Tests.Narrative;

/// <summary>The plan section's sentences on the GSO national data and the seed, in Vietnamese and English.</summary>
public class PlanNarratorTests(ITestOutputHelper output)
{
    private static readonly Lazy<ObservationStore> Gso = new(() =>
        new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors()));

    private static readonly SeriesKey Exports = new("EXPORT", string.Empty);
    private static readonly SeriesKey Retail = new("RETAIL", string.Empty);

    [Fact]
    public void September2023_Exports_AttainmentWhatQ4NeedsEstimateAndAssessment()
    {
        var month = Period.Month(2023, 9);
        var narration = new PlanNarrator().Narrate(Gso.Value, month, new Dictionary<SeriesKey, Plan> { [Exports] = Plan.Growth(6) });
        var text = narration.Paragraphs[0].Text;
        output.WriteLine(narration.ToString());

        // The figures of the year end as published (checked against the release in PlanArithmeticTests): 65,77% of
        // the plan, the fourth quarter +51,04% on the fourth quarter of 2022.
        var e = PublishedYearEnd.Estimate(Gso.Value, Exports, month, plan: Plan.Growth(6));
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        Assert.StartsWith("Tính chung 9 tháng đầu năm 2023, kim ngạch xuất khẩu ước đạt 259.670 triệu USD, bằng 65,8% kế hoạch năm. ", text, StringComparison.Ordinal);
        Assert.Contains($"Để hoàn thành kế hoạch năm (tăng 6%), quý IV/2023 cần đạt {ReportNumbers.Format(e.Plan!.Target - e.YtdActual, 0, vi)} triệu USD, tăng 51% so với cùng kỳ.", text, StringComparison.Ordinal);
        Assert.Contains($"Ước cả năm 2023, kim ngạch xuất khẩu đạt {ReportNumbers.Format(e.TotalMean, 0, vi)} triệu USD (khoảng tin cậy 80%: {ReportNumbers.Format(e.Interval80.Lower, 0, vi)} – {ReportNumbers.Format(e.Interval80.Upper, 0, vi)})", text, StringComparison.Ordinal);
        Assert.Contains("; khả năng hoàn thành kế hoạch gần như không còn (0%).", text, StringComparison.Ordinal);
        Assert.Equal("Tăng trưởng kim ngạch xuất khẩu còn thấp so với mục tiêu kế hoạch năm.", narration.Paragraphs[^1].Text);

        // The nine-month figure is Section I's.
        var sectionI = new Narrator().Narrate(Gso.Value, month).ToString();
        Assert.Contains("Tính chung 9 tháng đầu năm 2023, kim ngạch xuất khẩu ước đạt 259.670 triệu USD", sectionI, StringComparison.Ordinal);
    }

    [Fact]
    public void September2024_Retail_ReestimatedBase_ExpectedToExceed_InEnglishToo()
    {
        var plans = new Dictionary<SeriesKey, Plan> { [Retail] = Plan.Growth(8) };
        var vi = new PlanNarrator().Narrate(Gso.Value, Period.Month(2024, 9), plans);
        var en = new PlanNarrator(NarrativeStyle.English).Narrate(Gso.Value, Period.Month(2024, 9), plans);
        output.WriteLine(vi.ToString());
        output.WriteLine(en.ToString());

        // Probability just above one half (0,51 with the calibrated intervals): "khá", written as the estimate's own
        // figure, and the estimate above the plan: "dự kiến vượt kế hoạch năm".
        var probability = PublishedYearEnd.Estimate(Gso.Value, Retail, Period.Month(2024, 9), plan: Plan.Growth(8)).Plan!.Probability;
        Assert.InRange(probability, 0.5, 0.6);
        var percent = ReportNumbers.Format(probability * 100, 0, CultureInfo.InvariantCulture);
        Assert.Contains($"khả năng hoàn thành kế hoạch khá ({percent}%)", vi.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng dự kiến vượt kế hoạch năm.", vi.Paragraphs[^1].Text);
        Assert.StartsWith("Over January–September 2024, retail sales reached an estimated VND 4,703,401 billion, 73.8% of the annual plan. To meet the annual plan (up 8%), the fourth quarter of 2024 needs ", en.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("up 5.9% year on year.", en.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains($"the plan is more likely than not to be met ({percent}%)", en.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng: số liệu năm trước đã được ước tính lại: 9 tháng đầu năm 2024 được công bố tăng 8,77% so với cùng kỳ, trong khi tính từ giá trị so với số liệu năm trước đã công bố là tăng 2,97%; tổng năm trước và các tháng trước năm 2024 được tính theo số liệu mới (bằng 0,9467 lần số đã công bố).", vi.Notes);
        Assert.Contains("Retail sales: last year's figures were re-estimated: January–September 2024 is published as up 8.77% year on year, while its value against last year's published figure is up 2.97%; last year's total and the months before 2024 are taken on the new base (0.9467 times the published figures).", en.Notes);
    }

    [Fact]
    public void September2021_Retail_TheShockAndTheGapSaidInTheReportsLanguage()
    {
        // The lockdown of July–September 2021 (a shock, ShockHedge) and the FDI exports' missing October 2020 (a gap):
        // notes of the year end, in Vietnamese in a Vietnamese report and in English in an English one.
        var fdi = new SeriesKey("EXPORT", "Khu vực có vốn đầu tư nước ngoài");
        var vi = new PlanNarrator().Narrate(Gso.Value, Period.Month(2021, 9), new Dictionary<SeriesKey, Plan> { [Retail] = Plan.Growth(8) });
        var en = new PlanNarrator(NarrativeStyle.English).Narrate(Gso.Value, Period.Month(2021, 9), new Dictionary<SeriesKey, Plan> { [Retail] = Plan.Growth(8) });
        Assert.Contains("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng: số liệu tháng 7/2021 – tháng 9/2021 thấp hơn cận dưới khoảng tin cậy 99% của dự báo lập trước đó (một cú sốc); ước tính coi khả năng cú sốc kéo dài đến cuối năm và khả năng nó qua đi là ngang nhau, khoảng tin cậy bao gồm cả hai.", vi.Notes);
        Assert.Contains("Retail sales: July 2021 – September 2021 fell below the 99% interval of the forecast made before (a shock); the estimate weighs equally that the shock lasts for the rest of the year and that it passes, and its interval covers both.", en.Notes);
        var gap = new PlanNarrator(method: new Ets()).Narrate(Gso.Value, Period.Month(2022, 9), new Dictionary<SeriesKey, Plan> { [fdi] = Plan.Growth(6) });
        Assert.Contains("Kim ngạch xuất khẩu khu vực có vốn đầu tư nước ngoài: thiếu số liệu tháng 10/2020; các tháng còn lại được dự báo từ 23 tháng liên tục (tháng 11/2020 – tháng 9/2022).", gap.Notes);

        // No note of the Vietnamese year end is left in English.
        foreach (var note in vi.Notes.Concat(gap.Notes))
        {
            Assert.DoesNotMatch(@"\b(the|is|was|months|year)\b", note);
        }
    }

    [Theory]
    [InlineData(6, "Tính chung 6 tháng đầu năm 2024", "6 tháng cuối năm cần đạt")]
    [InlineData(11, "Tính chung 11 tháng đầu năm 2024", "tháng 12/2024 cần đạt")]
    [InlineData(4, "Tính chung 4 tháng đầu năm 2024", "8 tháng còn lại cần đạt")]
    [InlineData(1, "Tháng 1/2024, kim ngạch xuất khẩu", "11 tháng còn lại cần đạt")]
    public void AnyMonth_NamesTheMonthsKnownAndTheMonthsLeft(int month, string known, string rest)
    {
        var narration = new PlanNarrator(method: new SeasonalNaive()).Narrate(Gso.Value, Period.Month(2024, month), new Dictionary<SeriesKey, Plan> { [Exports] = Plan.Growth(6) });
        output.WriteLine(narration.ToString());
        Assert.StartsWith(known, narration.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains(rest, narration.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void December2023_TheYearIsKnown_WhatFellShortDidNotMeetThePlan_TheTableGivesTheYear()
    {
        // 2023 as the December release states it: exports 355.500 triệu USD, −4,36% (plan +6%); retail 6.231.828,1 tỷ
        // đồng, +9,6% (plan +8%); the IIP +1,46% (plan +8%).
        var plans = new Dictionary<SeriesKey, Plan> { [Exports] = Plan.Growth(6), [Retail] = Plan.Growth(8), [new SeriesKey("IIP", string.Empty)] = Plan.Growth(8) };
        var december = Period.Month(2023, 12);
        var vi = new PlanNarrator(method: new SeasonalNaive()).Narrate(Gso.Value, december, plans);
        var en = new PlanNarrator(NarrativeStyle.English, method: new SeasonalNaive()).Narrate(Gso.Value, december, plans);
        output.WriteLine(vi.ToString());
        Assert.Equal("Kim ngạch xuất khẩu và IIP không đạt kế hoạch năm. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đã vượt kế hoạch năm.", vi.Paragraphs[^1].Text);
        Assert.StartsWith("Exports and the IIP fell short of the annual plan.", en.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("còn thấp", vi.ToString(), StringComparison.Ordinal);
        Assert.Contains("Tính chung cả năm 2023, IIP tăng 1,46% so với năm trước, thấp hơn mục tiêu kế hoạch năm (tăng 8%).", vi.ToString(), StringComparison.Ordinal);
        Assert.Contains("The annual plan (up 8%) was met for retail sales.", en.ToString(), StringComparison.Ordinal);

        // The section is the year's outcome, not an outlook; the table's footnote forecasts nothing.
        var report = ReportBuilder.Build(Gso.Value, december, plans: plans);
        Assert.Contains(report.Sections, s => s.Heading == "II. Kết quả thực hiện kế hoạch năm");

        // The plan table: the year's figure, its share of the plan and its growth as stated; nothing left to estimate.
        var table = PlanTable.Build(Gso.Value, december, plans, method: new SeasonalNaive())!;
        Assert.Equal(["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện năm 2023", "% so với kế hoạch", "So với năm trước (%)"], table.Columns);
        // (cells rounded as the default style prints them: amounts in triệu USD, rates to one decimal)
        IReadOnlyList<TableCell> Cells(string name) => table.Rows.Single(r => r.Label.StartsWith(name, StringComparison.Ordinal)).Cells;
        var exports = Cells("Kim ngạch xuất khẩu");
        Assert.Equal(371850.0 * 1.06, exports[0].Value, 0.5);
        Assert.Equal(355500.0, exports[1].Value, 0.5);
        Assert.Equal(355500.0 / (371850.0 * 1.06) * 100, exports[2].Value, 0.051);
        Assert.Equal(-4.3623, exports[3].Value, 0.051);
        Assert.Equal(9.6, Cells("Tổng mức bán lẻ")[3].Value, 0.051);
        var iip = Cells("IIP");
        Assert.Equal(4, iip.Count);
        Assert.Equal(1.46, iip[1].Value, 0.051);
        Assert.Equal(1.46, iip[3].Value, 0.051);
        Assert.DoesNotContain("dự báo", table.Footnote, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstQuarter2024_Retail_OnTargetSoFar_ButTheEstimateFallsShort()
    {
        // January–March 2024: retail +8,2% as stated, above the plan's +8%; the ensemble's year estimate is below it,
        // so the assessment says on target so far rather than "still low".
        var narration = new PlanNarrator().Narrate(Gso.Value, Period.Month(2024, 3), new Dictionary<SeriesKey, Plan> { [Retail] = Plan.Growth(8) });
        output.WriteLine(narration.ToString());
        var e = PublishedYearEnd.Estimate(Gso.Value, Retail, Period.Month(2024, 3), plan: Plan.Growth(8));
        Assert.True(e.TotalGrowthPercent < 8, $"the estimate {e.TotalGrowthPercent}");
        Assert.Equal("Tăng trưởng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đến nay đạt mục tiêu, nhưng theo ước tính cả năm có thể chưa đạt kế hoạch năm.", narration.Paragraphs[^1].Text);
    }

    [Fact]
    public void English_TheMonthsLeftNeed_AndAPlanMetIsMetForTheIndicator()
    {
        var plans = new Dictionary<SeriesKey, Plan> { [Exports] = Plan.Growth(6) };
        var january = new PlanNarrator(NarrativeStyle.English, method: new SeasonalNaive()).Narrate(Gso.Value, Period.Month(2024, 1), plans);
        Assert.StartsWith("In January 2024, exports reached", january.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("the remaining 11 months need USD", january.Paragraphs[0].Text, StringComparison.Ordinal);

        // Exports 2024 reached 405.532 triệu USD by December, above 2023's 355.500 × 1,06: met, said of the indicator.
        var met = new PlanNarrator(NarrativeStyle.English, method: new SeasonalNaive()).Narrate(Gso.Value, Period.Month(2024, 12), plans);
        Assert.Contains("The annual plan (up 6%) was met for exports.", met.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Iip_GrowthPlan_SaidInRates()
    {
        var narration = new PlanNarrator(method: new SeasonalNaive()).Narrate(Gso.Value, Period.Month(2024, 9), new Dictionary<SeriesKey, Plan> { [new SeriesKey("IIP", string.Empty)] = Plan.Growth(8) });
        var text = narration.Paragraphs[0].Text;
        output.WriteLine(text);
        // Q4 needs 6,39%: on the stated 8,64% of January–September (the official figure), not on the growth the monthly rates rebuild.
        Assert.StartsWith("Tính chung 9 tháng đầu năm 2024, IIP tăng 8,64% so với cùng kỳ, cao hơn mục tiêu kế hoạch năm (tăng 8%). Để hoàn thành kế hoạch năm (tăng 8%), IIP quý IV/2024 cần tăng 6,4% so với cùng kỳ.", text, StringComparison.Ordinal);
        Assert.Contains("Ước cả năm 2024, IIP tăng", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_NoMonthlyHistory_SaysWhatThePublishedFiguresAllow()
    {
        var plans = new Dictionary<SeriesKey, Plan> { [new SeriesKey("IND_VALUE", string.Empty)] = Plan.Growth(12), [Exports] = Plan.Value(3000) };
        var vi = new PlanNarrator().Narrate(TestData.Seed(), Period.Month(2023, 9), plans);
        var en = new PlanNarrator(NarrativeStyle.English).Narrate(TestData.Seed(), Period.Month(2023, 9), plans);
        output.WriteLine(vi.ToString());
        output.WriteLine(en.ToString());
        var viText = vi.ToString();
        Assert.Contains("Tính chung 9 tháng đầu năm 2023, giá trị sản xuất công nghiệp tăng 9,2% so với cùng kỳ, thấp hơn mục tiêu kế hoạch năm (tăng 12%).", viText, StringComparison.Ordinal);
        Assert.Contains("Tính chung 9 tháng đầu năm 2023, kim ngạch xuất khẩu ước đạt 2.032 triệu USD, bằng 67,7% kế hoạch năm.", viText, StringComparison.Ordinal);
        Assert.Contains("Để hoàn thành kế hoạch năm (3.000 triệu USD), quý IV/2023 cần đạt 968 triệu USD.", viText, StringComparison.Ordinal);
        Assert.Contains("Tăng trưởng giá trị sản xuất công nghiệp còn thấp so với mục tiêu kế hoạch năm.", viText, StringComparison.Ordinal);
        var enText = en.ToString();
        Assert.Contains("Over January–September 2023, production value was up 9.2% year on year, below the annual plan's target (up 12%).", enText, StringComparison.Ordinal);
        Assert.Contains("Over January–September 2023, exports reached an estimated USD 2,032 million, 67.7% of the annual plan.", enText, StringComparison.Ordinal);
        Assert.Contains("To meet the annual plan (USD 3,000 million), the fourth quarter of 2023 needs USD 968 million.", enText, StringComparison.Ordinal);
        Assert.Contains("Growth of production value is still below the annual plan's target.", enText, StringComparison.Ordinal);
        // Said once, in the section, not again in the notes.
        Assert.DoesNotContain(vi.Notes, n => n.StartsWith("EXPORT", StringComparison.Ordinal) || n.StartsWith("IND_VALUE", StringComparison.Ordinal));

        // The seed's series hold the one month (September 2023): the section says the year end could not be
        // estimated and why, in a sentence of its own, rather than falling silent.
        Assert.Contains("Chưa ước được thực hiện cả năm và khả năng hoàn thành kế hoạch của giá trị sản xuất công nghiệp và kim ngạch xuất khẩu: mới có số liệu tháng 9/2023, chưa đủ để dự báo các tháng còn lại.", viText, StringComparison.Ordinal);
        Assert.Contains("The full-year outcome for production value and exports, and the chance of meeting the plan, cannot be estimated yet: the monthly figures cover only September 2023, too few to forecast the remaining months.", enText, StringComparison.Ordinal);
        Assert.DoesNotContain(vi.Paragraphs, p => p.Topic == "plan.noEstimate" && p.Text.Contains("Ước cả năm", StringComparison.Ordinal));
    }

    [Fact]
    public void Gso2024_WithHistory_NoSentenceOfAMissingEstimate()
    {
        var narration = new PlanNarrator(method: new SeasonalNaive()).Narrate(Gso.Value, Period.Month(2024, 9), new Dictionary<SeriesKey, Plan> { [Exports] = Plan.Growth(6) });
        Assert.DoesNotContain(narration.Paragraphs, p => p.Topic == "plan.noEstimate");
    }

    [Theory]
    [InlineData(0.99, "plan.likelihood.certain")]
    [InlineData(0.8, "plan.likelihood.high")]
    [InlineData(0.517, "plan.likelihood.even")]
    [InlineData(0.3, "plan.likelihood.low")]
    [InlineData(0.1, "plan.likelihood.veryLow")]
    [InlineData(0.0, "plan.likelihood.none")]
    public void Likelihood_Bands(double p, string key)
    {
        Assert.Equal(key, PlanPhrases.LikelihoodKey(p));
        Assert.NotEmpty(PlanPhrases.Vietnamese[key]);
        Assert.NotEmpty(PlanPhrases.English[key]);
    }

    [Fact]
    public void EveryTemplate_HasBothLanguages()
        => Assert.Equal(PlanPhrases.Vietnamese.Keys.Order(StringComparer.Ordinal), PlanPhrases.English.Keys.Order(StringComparer.Ordinal));
}
