using System.CommandLine;
using System.Text.RegularExpressions;
using Analytics.Cli;

namespace Analytics.Tests.Cli;

/// <summary>The command line itself: help, options that belong to another command, located input problems, exit codes.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var c in CliApp.CreateRoot().Subcommands)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_ExitsZeroWithEachOfItsOptionsAndAnExample(string command)
    {
        var (code, output, err) = CliRunner.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Empty(err);
        var own = CliApp.CreateRoot().Subcommands.Single(c => c.Name == command).Options;
        Assert.NotEmpty(own);
        foreach (var o in own)
        {
            // Each option on a line of its own, with its meaning beside it.
            var line = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith(HelpText.Label(o) + " ", StringComparison.Ordinal));
            Assert.True(line.Trim().Length > HelpText.Label(o).Length + 10, line);
        }

        Assert.Contains("--verbose", output, StringComparison.Ordinal);
        var examples = output.ReplaceLineEndings("\n").Split("\nExample", 2);
        Assert.Equal(2, examples.Length);
        Assert.Contains($"\n  analytics {command}", examples[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_SaysEachOptionsDefaultOnce(string command)
    {
        // The help adds "Default: X." to an option with a default value; a description that says it too printed it
        // twice ("Default: report. Default: report.", "vi (default) or en. Default: vi.").
        var (code, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, code);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<string>();
        foreach (var line in lines.SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.Length > 0))
        {
            if (line.StartsWith("  -", StringComparison.Ordinal))
            {
                blocks.Add(line.Trim());
            }
            else
            {
                blocks[^1] += " " + line.Trim();
            }
        }

        var own = CliApp.CreateRoot().Subcommands.Single(c => c.Name == command).Options;
        Assert.Equal(own.Count(o => !o.Hidden) + 2, blocks.Count); // and --help, --verbose
        foreach (var block in blocks)
        {
            Assert.True(Regex.Count(block, "default", RegexOptions.IgnoreCase) <= 1, block);
        }

        foreach (var o in own.Where(o => o.HasDefaultValue && o.ValueType != typeof(bool)))
        {
            var block = Assert.Single(blocks, b => b.StartsWith(HelpText.Label(o) + " ", StringComparison.Ordinal));
            Assert.Matches(@"Default: [^ ]+\.$", block);
        }
    }

    [Fact]
    public void Help_Root_ExitsZeroAndListsEveryCommand()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        foreach (var c in new[] { "report", "narrate", "growth", "audit", "forecast", "yearend", "import" })
        {
            Assert.Contains($"\n  {c} ", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        Assert.Equal(0, CliRunner.Run("help", "forecast").Code);
    }

    [Fact]
    public void Run_NoCommand_PrintsTheCommandsAndExitsTwo()
    {
        var (code, output, err) = CliRunner.Run();
        Assert.Equal(2, code);
        Assert.Contains("yearend", output, StringComparison.Ordinal);
        Assert.Contains("say which command", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_OptionOfAnotherCommand_ExitsTwoNamingAuditsOwnOptions()
    {
        var (code, output, err) = CliRunner.Run("audit", "--input", TestData.Path("thai-binh/2023-09.csv"), "--horizon", "3");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("'--horizon' is not an option of audit", err, StringComparison.Ordinal);
        Assert.Contains("audit takes: --input FILE, --culture C, --encoding E, --warnings-file FILE, --output FILE,", err, StringComparison.Ordinal);
        Assert.DoesNotContain("--horizon H", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--output", "x.csv")]
    [InlineData("growth", "--lang", "en")]
    [InlineData("import", "--input", "x.csv")]
    public void Run_OptionOfAnotherCommand_ExitsTwo(params string[] args)
    {
        var (code, _, err) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains($"'{args[1]}' is not an option of {args[0]}", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("typo", "the header lacks the column(s) period")]
    [InlineData("slash", "column period: '09/2023'")]
    [InlineData("vi", "column yoy_pct: '12,6'")]
    public void Report_FileWithAnError_PrintsTheLocatedProblemBeforeTheSummary(string kind, string located)
    {
        var seed = File.ReadAllText(TestData.Path("thai-binh/2023-09.csv"));
        var text = kind switch
        {
            "typo" => seed.Replace("indicator,breakdown,period,", "indicator,breakdown,perod,", StringComparison.Ordinal),
            "slash" => seed.Replace("IIP,,2023-09,", "IIP,,09/2023,", StringComparison.Ordinal),
            _ => seed.Replace(",12.6,", ",\"12,6\",", StringComparison.Ordinal),
        };
        Assert.NotEqual(seed, text);
        var path = Scratch.Path(kind, ".csv");
        File.WriteAllText(path, text);
        var dir = Scratch.Path("report");
        var (code, _, err) = CliRunner.Run("report", "--input", path, "--out", dir);
        Assert.Equal(2, code);
        var lines = err.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var problem = lines.FindIndex(l => l.StartsWith("error: " + path + ", row ", StringComparison.Ordinal) && l.Contains(located, StringComparison.Ordinal) && l.Contains("Fix:", StringComparison.Ordinal));
        var summary = lines.FindIndex(l => l.Contains("cannot be used: ", StringComparison.Ordinal) && l.Contains(" error(s) above", StringComparison.Ordinal));
        Assert.True(problem >= 0, err);
        Assert.True(summary > problem, err);
        Assert.False(Directory.Exists(dir));
    }

    [Theory]
    [InlineData("narrate")]
    [InlineData("report")]
    public void QuarterOnlyFile_IsReportedByItsQuarter_AnotherPeriodExitsTwoListingItsPeriods(string command)
    {
        var path = Scratch.Path("quarter", ".csv");
        File.WriteAllLines(path, ["indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status", "EXPORT,,2025-Q1,1234.5,triệu USD,,8.2,estimate", "IMPORT,,2025-Q1,980,triệu USD,,5.1,estimate"]);
        var dir = Scratch.Path("report");
        var (code, output, err) = CliRunner.Run(command == "report" ? [command, "--input", path, "--out", dir] : [command, "--input", path]);
        Assert.True(code == 0, err);
        var text = command == "report" ? File.ReadAllText(Path.Combine(dir, "report-2025-Q1.md")) : output;
        Assert.Contains("Quý I/2025, kim ngạch xuất khẩu hàng hóa ước đạt 1.235 triệu USD, tăng 8,2% so với cùng kỳ năm 2024", text, StringComparison.Ordinal);

        var (other, _, otherErr) = CliRunner.Run(command == "report" ? [command, "--input", path, "--period", "2024-Q4", "--out", Scratch.Path("report")] : [command, "--input", path, "--period", "2024-Q4"]);
        Assert.Equal(2, other);
        Assert.Contains($"--period 2024-Q4: {path} has no figure for 2024-Q4. It holds the periods 2025-Q1 and no month. Choose one of these, e.g. --period 2025-Q1.", otherErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", otherErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("narrate")]
    [InlineData("report")]
    public void RatesOnlyWithoutPeriodsToReport_GivesALocatedErrorNotATrace(string command)
    {
        // A file of cumulative periods that are neither a month's cumulative nor a quarter or a year cannot happen;
        // what remains refused is a file without any figure the commands describe.
        var path = Scratch.Path("empty", ".csv");
        File.WriteAllLines(path, ["indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status"]);
        var (code, _, err) = CliRunner.Run(command == "report" ? [command, "--input", path, "--out", Scratch.Path("report")] : [command, "--input", path]);
        Assert.Equal(2, code);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
    }

    [Fact]
    public void QuarterOnlyFile_GrowthAndAudit_StillWork()
    {
        var path = Scratch.Path("quarter", ".csv");
        File.WriteAllLines(path, ["indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status", "EXPORT,,2024-Q1,1141,triệu USD,,,estimate", "EXPORT,,2025-Q1,1234.5,triệu USD,,,estimate"]);
        var (code, output, _) = CliRunner.Run("growth", "--input", path);
        Assert.Equal(0, code);
        Assert.Contains("EXPORT,,2025-Q1,1234.5,,8.19", output, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("audit", "--input", path).Code);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("narrate")]
    public void PeriodTheDataDoesNotCover_ExitsTwoListingTheCoveredPeriods(string command)
    {
        var dir = Scratch.Path("report");
        string[] args = [command, "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--period", "2030-01"];
        var (code, output, err) = CliRunner.Run(command == "report" ? [.. args, "--out", dir] : args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("has no figure for 2030-01", err, StringComparison.Ordinal);
        Assert.Contains("It covers 2012-01 to 2025-02", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Period_AQuarterTheFileDoesNotHold_ExitsTwoSayingWhatItCovers()
    {
        // The bundled Thái Bình file holds September 2023 and January–September 2023, not the third quarter's months.
        var (code, _, err) = CliRunner.Run("report", "--period", "2023-Q3", "--out", Scratch.Path("report"));
        Assert.Equal(2, code);
        Assert.Contains("--period 2023-Q3: data/thai-binh/2023-09.csv has no figure for the quarter 2023-Q3", err, StringComparison.Ordinal);
        Assert.Contains("It covers the months 2023-09; no whole quarter; no whole year. Choose one of these, e.g. --period 2023-09.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedFailure_ExitsThreeInOneLineNamingCommandAndInput_TraceOnlyWithVerbose()
    {
        static (int Code, string Err) RunFailing(params string[] args)
        {
            var root = CliApp.CreateRoot();
            var input = new Option<string>("--input");
            var failing = new Command("failing") { input };
            failing.SetAction((Func<ParseResult, int>)(_ => throw new InvalidOperationException("Sequence contains no elements")));
            root.Subcommands.Add(failing);
            using var o = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            using var e = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            return (CliApp.Run(root, args, o, e), e.ToString());
        }

        var (code, err) = RunFailing("failing", "--input", "some.csv");
        Assert.Equal(3, code);
        var line = Assert.Single(err.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("analytics failing: unexpected failure on some.csv: InvalidOperationException: Sequence contains no elements", line, StringComparison.Ordinal);
        Assert.Contains("--verbose", line, StringComparison.Ordinal);

        var (verboseCode, verbose) = RunFailing("failing", "--input", "some.csv", "--verbose");
        Assert.Equal(3, verboseCode);
        Assert.Contains("   at ", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void YearEnd_EmptyPlanFile_ExitsTwoWithAMessage()
    {
        var plan = Scratch.Path("plan", ".csv");
        File.WriteAllText(plan, "# no rows yet\n\n");
        var (code, _, err) = CliRunner.Run("yearend", "--input", TestData.Path("gso/gso_vn_monthly.csv"), "--through", "2023-09", "--plan", plan);
        Assert.Equal(2, code);
        Assert.Contains($"{plan} cannot be used", err, StringComparison.Ordinal);
        Assert.Contains("empty", err, StringComparison.OrdinalIgnoreCase); // the plan reader's located message, printed above
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
