using System.CommandLine;
using System.Globalization;
using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary><c>analytics yearend</c>: the year total of every series from the months known, against a plan.</summary>
internal sealed class YearEndCommand : AnalyticsCommand
{
    private readonly Option<string> input = CommonOptions.Input("The series: an interchange file, or a long file series_id,period,value.");
    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<Io.TextEncoding> encoding = CommonOptions.Encoding();
    private readonly Option<string> output = CommonOptions.Output("the estimates");
    private readonly Option<Period?> through = CommonOptions.Month("--through", "The last month known, e.g. 2023-09: the rest of its year is forecast.");
    private readonly Option<string> method = CommonOptions.Method();
    private readonly Option<string> plan = YearEndPlanFile.Option("A plan, CSV indicator,breakdown,year,target_value,target_growth_pct (or series_id,year,...): adds attainment, the growth still required and the probability of meeting it.");

    private readonly Option<bool> detail = new("--detail") { Description = "Add the mean and the 95% interval of every remaining month." };

    /// <summary>Initializes a new instance of the <see cref="YearEndCommand"/> class.</summary>
    internal YearEndCommand()
        : base(
            "yearend",
            "The year total of every series from the months known, against a plan.",
            "From the figures released by --through's month (the cumulative figure as published, last year's total as published, a re-estimated base from the stated growth, an index from its rates): the total with 80% and 95% intervals and notes; with a plan: attainment, the growth still required and the probability of meeting "
            + "it. Exit code 1 when some series could not be estimated (each is named on standard error).",
            "analytics yearend --input data/gso/gso_vn_monthly.csv --through 2023-09 --plan plan.csv --detail")
    {
        Options.Add(input);
        Options.Add(culture);
        Options.Add(encoding);
        Options.Add(WarningsFile);
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
        var plans = planFile is null ? new Dictionary<SeriesKey, Plan>() : YearEndPlanFile.Read(planFile, last.Year, cultureChoice.Resolve(file), stderr);
        var store = ReadStore(file, cultureChoice, result.GetValue(encoding), stderr);
        var keys = store.Series.Where(k => store.Periods(k).Any(p => p.Kind == PeriodKind.Month && p <= last)).ToList();
        if (keys.Count == 0)
        {
            throw new UsageException($"{file} holds no monthly figure up to {last}; give a --through the file covers.");
        }

        foreach (var missing in plans.Keys.Where(k => !keys.Contains(k)))
        {
            stderr.WriteLine($"analytics yearend: the plan names {YearEndPlanFile.Id(missing)}, which is not a monthly series of {file} up to {last}; it is ignored.");
        }

        var estimates = new YearEndEstimate?[keys.Count];
        var errors = new string?[keys.Count];
        Parallel.For(0, keys.Count, i =>
        {
            try
            {
                estimates[i] = PublishedYearEnd.Estimate(store, keys[i], last, forecaster, plans.GetValueOrDefault(keys[i]));
            }
            catch (Exception e) when (e is ForecastException or ArgumentException or InvalidOperationException)
            {
                errors[i] = $"analytics yearend: {YearEndPlanFile.Id(keys[i])}: {e.Message}";
            }
        });
        foreach (var e in errors.Where(e => e is not null))
        {
            stderr.WriteLine(e);
        }

        var inv = CultureInfo.InvariantCulture;
        var remainingMonths = Enumerable.Range(last.LastMonth + 1, 12 - last.LastMonth).Select(m => Period.Month(last.Year, m)).ToList();
        using (var w = InputFile.OpenOutput(result.GetValue(output), stdout, table: true))
        {
            w.Write("series_id,through,method,ytd_actual,remaining_mean,year_total_mean,year_total_lo80,year_total_hi80,year_total_lo95,year_total_hi95,last_year_total,year_growth_pct,last_year_published_total,base_revision_ratio");
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

            w.Write(",notes\n");
            string N(double v) => ForecastCommand.N(v);
            for (var i = 0; i < keys.Count; i++)
            {
                if (estimates[i] is not { } e)
                {
                    continue;
                }

                w.Write(InterchangeFormat.Quote(YearEndPlanFile.Id(keys[i])));
                w.Write(string.Create(inv, $",{last},{InterchangeFormat.Quote(e.Method)},{N(e.YtdActual)},{N(e.RemainingMean)},{N(e.TotalMean)},{N(e.Interval80.Lower)},{N(e.Interval80.Upper)},{N(e.Interval95.Lower)},{N(e.Interval95.Upper)},{N(e.LastYearTotal)},{N(e.TotalGrowthPercent)},{N(e.LastYearPublishedTotal)},{e.BaseRevisionRatio.ToString("0.######", inv)}"));
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

                w.Write(',');
                w.Write(InterchangeFormat.Quote(string.Join(" ", e.Notes)));
                w.Write('\n');
            }
        }

        return errors.All(e => e is null) ? CliApp.Ok : CliApp.Findings;
    }

    /// <summary>
    /// Reads the input as figures with their releases: an interchange file as it is, a long file
    /// (<c>series_id,period,value</c>) as one indicator per series, each month released in its own month.
    /// </summary>
    private static ObservationStore ReadStore(string file, CultureChoice culture, Io.TextEncoding encoding, TextWriter stderr)
    {
        if (!File.Exists(file) || !Io.LongSeriesFormat.IsLongSeriesFile(file))
        {
            return InputFile.Read(file, culture, encoding, stderr).Store;
        }

        var observations = new List<Observation>();
        foreach (var s in SeriesWork.Read(file, culture, encoding, stderr))
        {
            var key = YearEndPlanFile.KeyOf(s.Id);
            observations.AddRange(s.Series.Points().Where(p => !double.IsNaN(p.Value)).Select(p => new Observation { Indicator = key.Indicator, Breakdown = key.Breakdown, Period = p.Month, Value = p.Value }));
        }

        return new ObservationStore(observations);
    }
}
