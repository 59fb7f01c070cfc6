using System.Globalization;
using Analytics.Narrative;

namespace Analytics.Tests.Cli;

/// <summary><c>--plan</c> in report and narrate, and the agreement of their sentences with <c>yearend</c>.</summary>
public class PlanCommandTests
{
    [Fact]
    public void SeedReport_WithExamplePlan_HasThePlanSectionInVietnameseAndEnglish()
    {
        var seed = TestData.Path("thai-binh/2023-09.csv");
        var plan = TestData.Path("thai-binh/plan-2023.csv");
        var viDir = Scratch.Path("report-plan-vi");
        var (code, _, err) = CliRunner.Run("report", "--input", seed, "--style", TestData.Path("thai-binh/style.json"), "--plan", plan, "--out", viDir);
        Assert.True(code == 0, err);
        var vi = File.ReadAllText(Path.Combine(viDir, "report-2023-09.md"));
        var section = vi.IndexOf("II. Ước thực hiện cả năm và khả năng hoàn thành kế hoạch", StringComparison.Ordinal);
        Assert.True(section > vi.IndexOf("1.2. Về thương mại", StringComparison.Ordinal), "the plan section follows Section I");
        Assert.Contains("Tính chung 9 tháng đầu năm 2023, kim ngạch xuất khẩu ước đạt 2.032 triệu USD, bằng 67,7% kế hoạch năm.", vi, StringComparison.Ordinal);
        Assert.Contains("Để hoàn thành kế hoạch năm (3.000 triệu USD), quý IV/2023 cần đạt 968 triệu USD.", vi, StringComparison.Ordinal);
        Assert.Contains("Tính chung 9 tháng đầu năm 2023, giá trị sản xuất công nghiệp tăng 9,2% so với cùng kỳ, thấp hơn mục tiêu kế hoạch năm (tăng 12%).", vi, StringComparison.Ordinal);
        Assert.Contains("Tăng trưởng giá trị sản xuất công nghiệp còn thấp so với mục tiêu kế hoạch năm.", vi, StringComparison.Ordinal);
        Assert.Contains("Biểu 3. Kế hoạch năm 2023", vi, StringComparison.Ordinal);
        Assert.Contains("| Kế hoạch năm |", vi, StringComparison.Ordinal);
        Assert.Contains("| % so với kế hoạch | Ước cả năm |", vi, StringComparison.Ordinal);

        var enDir = Scratch.Path("report-plan-en");
        Assert.Equal(0, CliRunner.Run("report", "--input", seed, "--lang", "en", "--plan", plan, "--out", enDir).Code);
        var en = File.ReadAllText(Path.Combine(enDir, "report-2023-09.md"));
        Assert.Contains("II. Full-year outlook and the annual plan", en, StringComparison.Ordinal);
        Assert.Contains("Over January–September 2023, exports reached an estimated USD 2,032 million, 67.7% of the annual plan.", en, StringComparison.Ordinal);
        Assert.Contains("To meet the annual plan (USD 3,000 million), the fourth quarter of 2023 needs USD 968 million.", en, StringComparison.Ordinal);
        Assert.Contains("Growth of production value is still below the annual plan's target.", en, StringComparison.Ordinal);
        foreach (var ext in new[] { ".html", ".docx", ".xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(enDir, "report-2023-09" + ext)), ext);
        }
    }

    [Fact]
    public void YearEndCsv_AndNarratedPlanSentences_AgreeFigureForFigure()
    {
        var data = TestData.Path("gso/gso_vn_monthly.csv");
        var plan = Scratch.Path("plan", ".csv");
        File.WriteAllLines(plan, ["indicator,breakdown,year,target_value,target_growth_pct", "EXPORT,,2023,,6", "IMPORT,,2023,,6", "RETAIL,,2023,,8"]);
        var (code, csv, err) = CliRunner.Run("yearend", "--input", data, "--through", "2023-09", "--plan", plan);
        Assert.True(code == 0, err);
        var (narrateCode, text, narrateErr) = CliRunner.Run("narrate", "--input", data, "--period", "2023-09", "--plan", plan);
        Assert.True(narrateCode == 0, narrateErr);

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var (id, name) in new[] { ("EXPORT", "kim ngạch xuất khẩu"), ("IMPORT", "kim ngạch nhập khẩu"), ("RETAIL", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng") })
        {
            var row = CsvLine.Split(Assert.Single(lines, l => l.StartsWith(id + ",2023-09,", StringComparison.Ordinal)));
            double Col(string c) => double.Parse(row[Array.IndexOf(header, c)], CultureInfo.InvariantCulture);
            var paragraph = Assert.Single(paragraphs, p => p.StartsWith($"Tính chung 9 tháng đầu năm 2023, {name} ước đạt", StringComparison.Ordinal) && p.Contains("kế hoạch năm", StringComparison.Ordinal));
            string V(double v) => ReportNumbers.Format(v, 0, vi);
            string R(double v) => ReportNumbers.Format(Math.Abs(v), 1, vi) + "%";
            Assert.Contains($"ước đạt {V(Col("ytd_actual"))} ", paragraph, StringComparison.Ordinal);
            Assert.Contains($"bằng {ReportNumbers.Format(Col("attainment_pct"), 1, vi)}% kế hoạch năm", paragraph, StringComparison.Ordinal);
            Assert.Contains($"cần đạt {V(Col("plan") - Col("ytd_actual"))} ", paragraph, StringComparison.Ordinal);
            Assert.Contains($"{(Col("required_growth_pct") >= 0 ? "tăng" : "giảm")} {R(Col("required_growth_pct"))} so với cùng kỳ", paragraph, StringComparison.Ordinal);
            Assert.Contains($"đạt {V(Col("year_total_mean"))} ", paragraph, StringComparison.Ordinal);
            Assert.Contains($"(khoảng tin cậy 80%: {V(Col("year_total_lo80"))} – {V(Col("year_total_hi80"))})", paragraph, StringComparison.Ordinal);
            Assert.Contains($"{(Col("year_growth_pct") >= 0 ? "tăng" : "giảm")} {R(Col("year_growth_pct"))} so với năm trước", paragraph, StringComparison.Ordinal);
            Assert.Contains($"({ReportNumbers.Format(Math.Round(Col("probability_meet") * 100), 0, vi)}%)", paragraph, StringComparison.Ordinal);
        }
    }
}
