using System.CommandLine;
using System.Globalization;
using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary><c>analytics yearend</c>: the year total of every series from the months known, against a plan.</summary>
internal sealed class YearEndCommand : AnalyticsCommand
{
    private readonly Option<string> input = CommonOptions.Input("The series: an interchange file, or a long file series_id,period,value.");
    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<string> output = CommonOptions.Output("the estimates");
    private readonly Option<Period?> through = CommonOptions.Month("--through", "The last month known, e.g. 2023-09: the rest of its year is forecast.");
    private readonly Option<string> method = CommonOptions.Method();
    private readonly Option<string> plan = CommonOptions.Path(new Option<string>("--plan")
    {
        HelpName = "FILE",
        Description = "A plan, CSV series_id,year,target_value or target_growth_pct: adds attainment, the growth still required and the probability of meeting it.",
    });

    private readonly Option<bool> detail = new("--detail") { Description = "Add the mean and the 95% interval of every remaining month." };

    /// <summary>Initializes a new instance of the <see cref="YearEndCommand"/> class.</summary>
    internal YearEndCommand()
        : base(
            "yearend",
            "The year total of every series from the months known, against a plan.",
            "The total with 80% and 95% intervals; with a plan: attainment, the growth still required and the probability of meeting "
            + "it. Exit code 1 when some series could not be estimated (each is named on standard error).",
            "analytics yearend --input data/gso/gso_vn_monthly.csv --through 2023-09 --plan plan.csv --detail")
    {
        Options.Add(input);
        Options.Add(culture);
        Options.Add(output);
        Options.Add(through);
        Options.Add(method);
        Options.Add(plan);
        Options.Add(detail);
        CommonOptions.Require(this, input, "--input data/gso/gso_vn_monthly.csv");
        CommonOptions.Require(this, through, "--through 2023-09");
    }

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var file = result.GetRequiredValue(input);
        var last = result.GetValue(through) ?? throw new UsageException("--through MONTH is required, e.g. --through 2023-09.");
        var forecaster = Forecasters.ByName(result.GetRequiredValue(method));
        var cultureChoice = result.GetRequiredValue(culture);
        var planFile = result.GetValue(plan);
        var withDetail = result.GetValue(detail);
        var plans = planFile is null ? new Dictionary<string, Plan>() : ReadPlans(planFile, last.Year, cultureChoice.Resolve(file));
        var series = SeriesWork.Read(file, cultureChoice, stderr);
        foreach (var missing in plans.Keys.Where(k => series.All(s => s.Id != k)))
        {
            stderr.WriteLine($"analytics yearend: the plan names {missing}, which is not a series of {file}; it is ignored.");
        }

        var (estimates, failures) = SeriesWork.Run(series, s => YearEnd.Estimate(s.Series, last, forecaster, plans.GetValueOrDefault(s.Id)), stderr);
        var inv = CultureInfo.InvariantCulture;
        var remainingMonths = Enumerable.Range(last.LastMonth + 1, 12 - last.LastMonth).Select(m => Period.Month(last.Year, m)).ToList();
        using (var w = InputFile.OpenOutput(result.GetValue(output), stdout, table: true))
        {
            w.Write("series_id,through,method,ytd_actual,remaining_mean,year_total_mean,year_total_lo80,year_total_hi80,year_total_lo95,year_total_hi95,last_year_total,year_growth_pct");
            if (plans.Count > 0)
            {
                w.Write(",plan,attainment_pct,expected_attainment_pct,required_growth_pct,probability_meet");
            }

            if (withDetail)
            {
                foreach (var m in remainingMonths)
                {
                    w.Write(string.Create(inv, $",mean_{m},lo95_{m},hi95_{m}"));
                }
            }

            w.Write('\n');
            string N(double v) => ForecastCommand.N(v);
            for (var i = 0; i < series.Count; i++)
            {
                if (estimates[i] is not { } e)
                {
                    continue;
                }

                w.Write(InterchangeFormat.Quote(series[i].Id));
                w.Write(string.Create(inv, $",{last},{InterchangeFormat.Quote(e.Method)},{N(e.YtdActual)},{N(e.RemainingMean)},{N(e.TotalMean)},{N(e.Interval80.Lower)},{N(e.Interval80.Upper)},{N(e.Interval95.Lower)},{N(e.Interval95.Upper)},{N(e.LastYearTotal)},{N(e.TotalGrowthPercent)}"));
                if (plans.Count > 0)
                {
                    w.Write(e.Plan is { } p
                        ? string.Create(inv, $",{N(p.Target)},{N(p.AttainmentPercent)},{N(p.ExpectedAttainmentPercent)},{N(p.RequiredGrowthPercent)},{N(p.Probability)}")
                        : ",,,,,");
                }

                if (withDetail)
                {
                    for (var h = 1; h <= remainingMonths.Count; h++)
                    {
                        var f = e.Remaining!;
                        w.Write(string.Create(inv, $",{N(f.Mean[h - 1])},{N(f.Lower(95)[h - 1])},{N(f.Upper(95)[h - 1])}"));
                    }
                }

                w.Write('\n');
            }
        }

        return failures == 0 ? CliApp.Ok : CliApp.Findings;
    }

    /// <summary>Reads a plan file: series_id,year and target_value or target_growth_pct; only the rows of the year estimated are used.</summary>
    private static Dictionary<string, Plan> ReadPlans(string path, int year, CultureInfo culture)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--plan {path}: the file does not exist.");
        }

        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();
        if (lines.Count == 0)
        {
            throw new UsageException($"--plan {path}: the file is empty. Fix: give a header series_id,year,target_value,target_growth_pct and one row per series, e.g. EXPORT,2023,,5.");
        }

        var header = lines[0].Split(',').Select(c => c.Trim().ToLowerInvariant()).ToList();
        int iId = header.IndexOf("series_id"), iYear = header.IndexOf("year"), iValue = header.IndexOf("target_value"), iGrowth = header.IndexOf("target_growth_pct");
        if (iId < 0 || iYear < 0 || (iValue < 0 && iGrowth < 0))
        {
            throw new UsageException($"--plan {path}, row 1: the header must have series_id, year and target_value or target_growth_pct.");
        }

        var plans = new Dictionary<string, Plan>(StringComparer.Ordinal);
        for (var r = 1; r < lines.Count; r++)
        {
            var cells = lines[r].Split(',');
            string Cell(int i) => i >= 0 && i < cells.Length ? cells[i].Trim() : string.Empty;
            if (!int.TryParse(Cell(iYear), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                throw new UsageException($"--plan {path}, row {r + 1}, column year: '{Cell(iYear)}' is not a year.");
            }

            if (y != year)
            {
                continue;
            }

            var value = NumberText.Parse(Cell(iValue), culture, isRate: false);
            var growth = NumberText.Parse(Cell(iGrowth), culture, isRate: true);
            if (!value.IsOk || !growth.IsOk)
            {
                throw new UsageException($"--plan {path}, row {r + 1}: {(value.IsOk ? growth.Error : value.Error)} {(value.IsOk ? growth.Fix : value.Fix)}");
            }

            try
            {
                plans[Cell(iId)] = !double.IsNaN(value.Value) ? Plan.Value(value.Value)
                    : !double.IsNaN(growth.Value) ? Plan.Growth(growth.Value)
                    : throw new UsageException($"--plan {path}, row {r + 1}: give target_value or target_growth_pct.");
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new UsageException($"--plan {path}, row {r + 1}: {e.Message}");
            }
        }

        return plans;
    }
}
