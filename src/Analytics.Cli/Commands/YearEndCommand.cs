using System.Globalization;
using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary><c>analytics yearend</c>: the year total of every series from the months known, against a plan.</summary>
public static class YearEndCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="options">The options.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>0 when every series is estimated, 1 when some could not be (each named on standard error), 2 for unusable input.</returns>
    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        var through = options.Through;
        var method = options.Method;
        var plans = options.PlanFile is null ? new Dictionary<string, Plan>() : ReadPlans(options.PlanFile, through.Year, options.Culture);
        var series = SeriesWork.Read(options, stderr);
        foreach (var missing in plans.Keys.Where(k => series.All(s => s.Id != k)))
        {
            stderr.WriteLine($"analytics: the plan names {missing}, which is not a series of {options.Input}; it is ignored.");
        }

        var (estimates, failures) = SeriesWork.Run(series, s => YearEnd.Estimate(s.Series, through, method, plans.GetValueOrDefault(s.Id)), stderr);
        var inv = CultureInfo.InvariantCulture;
        var remainingMonths = Enumerable.Range(through.LastMonth + 1, 12 - through.LastMonth).Select(m => Period.Month(through.Year, m)).ToList();
        using (var w = options.OpenOutput(stdout))
        {
            w.Write("series_id,through,method,ytd_actual,remaining_mean,year_total_mean,year_total_lo80,year_total_hi80,year_total_lo95,year_total_hi95,last_year_total,year_growth_pct");
            if (plans.Count > 0)
            {
                w.Write(",plan,attainment_pct,expected_attainment_pct,required_growth_pct,probability_meet");
            }

            if (options.Detail)
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
                w.Write(string.Create(inv, $",{through},{InterchangeFormat.Quote(e.Method)},{N(e.YtdActual)},{N(e.RemainingMean)},{N(e.TotalMean)},{N(e.Interval80.Lower)},{N(e.Interval80.Upper)},{N(e.Interval95.Lower)},{N(e.Interval95.Upper)},{N(e.LastYearTotal)},{N(e.TotalGrowthPercent)}"));
                if (plans.Count > 0)
                {
                    w.Write(e.Plan is { } p
                        ? string.Create(inv, $",{N(p.Target)},{N(p.AttainmentPercent)},{N(p.ExpectedAttainmentPercent)},{N(p.RequiredGrowthPercent)},{N(p.Probability)}")
                        : ",,,,,");
                }

                if (options.Detail)
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
