using Analytics.Periods;

namespace Analytics.Tests.Cli;

public class ForecastCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static string LongFile(bool withGap = false)
    {
        var path = Scratch.Path("series", ".csv");
        var lines = new List<string> { "series_id,period,value" };
        for (var t = 0; t < 48; t++)
        {
            var month = Period.Month(2020, 1).PlusMonths(t);
            lines.Add($"A,{month},{(100 + (10 * Math.Sin(t * Math.PI / 6)) + t).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            if (!(withGap && t == 30))
            {
                lines.Add($"B,{month},{(50 + (t % 12)).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Forecast_LongFile_WritesEverySeriesAndMonth()
    {
        var (code, output, _) = Run("forecast", "--input", LongFile(), "--horizon", "3", "--method", "ets");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("series_id,period,method,mean,lo80,hi80,lo95,hi95", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("A,2024-01,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_SeriesWithGap_NamesItAndForecastsTheOthers()
    {
        var (code, output, err) = Run("forecast", "--input", LongFile(withGap: true), "--horizon", "2", "--method", "theta", "--level", "90");
        Assert.Equal(1, code);
        Assert.Contains("B: The series has a gap at 2022-07", err, StringComparison.Ordinal);
        Assert.Contains("series_id,period,method,mean,lo90,hi90", output, StringComparison.Ordinal);
        Assert.Contains("A,2024-02,", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theta")]
    [InlineData("snaive")]
    [InlineData("ensemble")]
    public void Forecast_IntervalNotFinite_IsThatSeriesFailureWithItsReason(string method)
    {
        // Values near the largest double: a model's forecast or interval overflows. The series fails with the reason;
        // no '∞' or 'NaN' is written.
        var lines = new List<string> { "series_id,period,value" };
        for (var i = 0; i < 36; i++)
        {
            lines.Add($"A,{2021 + (i / 12)}-{(i % 12) + 1:00},1{new string('0', 290 + (i < 35 ? i % 12 : 17))}");
        }

        var path = Scratch.Path("forecast-huge", ".csv");
        File.WriteAllLines(path, lines);
        var (code, output, err) = Run("forecast", "--input", path, "--horizon", "3", "--method", method);
        Assert.Equal(1, code);
        Assert.Contains("is not a finite number", err, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A,2024", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--horizon", "0")]
    [InlineData("--method", "prophet")]
    [InlineData("--level", "80,120")]
    [InlineData("--level", "80,95,80")]
    public void Forecast_BadOption_ExitsTwo(string option, string value)
    {
        var args = new List<string> { "forecast", "--input", LongFile(), "--horizon", "3" };
        args.RemoveAll(a => a == option);
        args.AddRange([option, value]);
        Assert.Equal(2, Run([.. args]).Code);
    }

    [Fact]
    public void Forecast_LevelGivenTwice_SaysWhich()
    {
        var (code, _, err) = Run("forecast", "--input", LongFile(), "--horizon", "3", "--level", "80,95,80");
        Assert.Equal(2, code);
        Assert.Contains("80 is given twice", err, StringComparison.Ordinal);
    }

    [Fact]
    public void YearEnd_WithPlan_WritesAttainmentAndProbability()
    {
        var plan = Scratch.Path("plan", ".csv");
        File.WriteAllLines(plan, ["series_id,year,target_value,target_growth_pct", "A,2023,,5", "B,2023,700,"]);
        var (code, output, _) = Run("yearend", "--input", LongFile(), "--through", "2023-09", "--plan", plan, "--method", "snaive", "--detail");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("series_id,through,method,ytd_actual,remaining_mean,year_total_mean,year_total_lo80,year_total_hi80,year_total_lo95,year_total_hi95,last_year_total,year_growth_pct,last_year_published_total,base_revision_ratio,plan,attainment_pct,expected_attainment_pct,required_growth_pct,probability_meet,mean_2023-10", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("B,2023-09,seasonal naive,", StringComparison.Ordinal) && l.Contains(",700,", StringComparison.Ordinal));
    }

    [Fact]
    public void YearEnd_GsoRelease_AsPublished_WithNotesAndPlanByIndicator()
    {
        // Retail 2024 through September with +8%: the base the GSO re-estimated (ratio 0,9467), last year's total as
        // published, the stated growth's base, probability over 0,5; exports from September's release (299.625,1).
        var plan = Scratch.Path("plan", ".csv");
        File.WriteAllLines(plan, ["# example", "indicator,breakdown,year,target_value,target_growth_pct", "RETAIL,,2024,,8", "EXPORT,,2024,,6", "\"IIP\",,2024,,8"]);
        var (code, output, err) = Run("yearend", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--through", "2024-09", "--plan", plan);
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",last_year_total,year_growth_pct,last_year_published_total,base_revision_ratio,plan,attainment_pct,expected_attainment_pct,required_growth_pct,probability_meet,notes", lines[0], StringComparison.Ordinal);
        var header = lines[0].Split(',');
        string[] Row(string id) => Analytics.Tests.Cli.CsvLine.Split(Assert.Single(lines, l => l.StartsWith(id + ",2024-09,", StringComparison.Ordinal)));
        var retail = Row("RETAIL");
        double Col(string[] row, string name) => double.Parse(row[Array.IndexOf(header, name)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(4703401.1006, Col(retail, "ytd_actual"), 3);
        Assert.Equal(6231828.0663, Col(retail, "last_year_published_total"), 3);
        Assert.Equal(4703401.1006 / 1.08767 / 4567835.1591, Col(retail, "base_revision_ratio"), 5);
        Assert.True(Col(retail, "probability_meet") >= 0.5);
        Assert.Contains("re-estimated", retail[^1], StringComparison.Ordinal);
        Assert.Equal(299625.1322, Col(Row("EXPORT"), "ytd_actual"), 3);
        var iip = Row("IIP");
        Assert.False(string.IsNullOrEmpty(iip[Array.IndexOf(header, "required_growth_pct")]));
        Assert.Contains("index published as rates", iip[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void YearEnd_MissingThrough_ExitsTwoWithAnExample()
    {
        var (code, _, err) = Run("yearend", "--input", LongFile());
        Assert.Equal(2, code);
        Assert.Contains("--through 2023-09", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_FolderOfMonths_ReadsLikeTheFileItHolds_AndNamesWhatItSkips()
    {
        // forecast and yearend take a folder of months like every other command.
        var folder = Scratch.Path("forecast-folder");
        Directory.CreateDirectory(folder);
        File.Copy(TestData.Path("gso/gso_vn_monthly.csv"), Path.Combine(folder, "gso.csv"));
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "notes");
        var (fileCode, fromFile, _) = Run("forecast", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--horizon", "3", "--method", "snaive");
        var (folderCode, fromFolder, err) = Run("forecast", "--input", folder, "--horizon", "3", "--method", "snaive");
        Assert.Equal(fileCode, folderCode);
        Assert.Equal(fromFile, fromFolder);
        Assert.Contains("readme.txt", err, StringComparison.Ordinal);
    }
}
