namespace Analytics.Cli;

/// <summary>
/// The <c>analytics</c> command: dispatches to one class per command. Exit codes: 0 success, 1 findings of severity
/// error, 2 unusable input or a usage error.
/// </summary>
public static class CliApp
{
    /// <summary>The exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>The exit code when the audit finds errors.</summary>
    public const int Findings = 1;

    /// <summary>The exit code for unusable input or a usage error.</summary>
    public const int Unusable = 2;

    private const string Usage = """
        analytics: growth rates and audits of monthly official statistics.

        Commands:
          report [--input FILE] [--culture C] [--period 2023-09] [--lang vi|en] [--style FILE] [--out DIR]
              Section I of the monthly report (narrative, annex tables, audit) as .md, .html, .docx and .xlsx in
              DIR (default out/). Without --input: the bundled Thái Bình September 2023 data, in its wording.
          growth --input FILE [--culture C] [--as-published] [--output FILE]
              Every comparison for every indicator, breakdown and period: value, mom_pct, yoy_pct, ytd_value,
              ytd_yoy_pct (computed where the data allows, else the rate the source states, marked as stated).
              --as-published computes each period as known at its own release (needs a release column).
          narrate --input FILE [--culture C] [--lang vi|en] [--period 2023-09] [--style FILE]
              One paragraph per indicator and breakdown of the file, for the month (default: the latest).
          audit --input FILE [--culture C]
              Parts against totals, shares against values, growth of totals against their parts, months against
              cumulative values, stated against recomputed rates.

          forecast --input FILE --horizon H [--method auto|ets|arima|theta|snaive|naive2|ensemble] [--level 80,95] [--output FILE]
              Forecast every series of the file (interchange, or series_id,period,value): series_id,period,method,mean,lo80,hi80,lo95,hi95.
          yearend --input FILE --through 2023-09 [--plan FILE] [--method M] [--detail] [--output FILE]
              The year total of every series from the months known, with 80% and 95% intervals; with a plan
              (series_id,year,target_value or target_growth_pct): attainment, growth still required, probability.

          import --gso FILE... [--release 2023-09] [--output FILE]
              Read GSO monthly workbooks (.xlsx, "Biểu số liệu"; files or folders): IIP by industry, industrial
              products, retail sales, exports and imports by commodity, CPI, each figure with its release, into the
              interchange format (.csv, or .xlsx when FILE ends so). A summary per sheet goes to standard error.

        Options:
          --input FILE      an interchange CSV file (see README)
          --culture C       the culture numbers are written in: invariant (default), vi-VN, en-US, or auto
                            (detected from the file when its numbers settle it, else an error that says why)
          --output FILE     where to write the CSV (default: standard output)
          --lang vi|en      the language of text (default vi)
          --period P        the month to report on, e.g. 2023-09 (default: the latest in the file)
          --style FILE      a JSON narrative style (see README)

        Exit codes: 0 success, 1 audit findings of severity error, 2 unusable input or usage error.
        """;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? Unusable : Ok;
        }

        try
        {
            var options = CommandOptions.Parse(args.Skip(1).ToArray());
            if (options.Files.Count > 0 && args[0] != "import")
            {
                throw new UsageException($"unexpected argument '{options.Files[0]}': options start with --, e.g. --input {options.Files[0]}.");
            }

            return args[0] switch
            {
                "growth" => GrowthCommand.Run(options, stdout, stderr),
                "audit" => AuditCommand.Run(options, stdout, stderr),
                "narrate" => NarrateCommand.Run(options, stdout, stderr),
                "report" => ReportCommand.Run(options, stdout, stderr),
                "forecast" => ForecastCommand.Run(options, stdout, stderr),
                "yearend" => YearEndCommand.Run(options, stdout, stderr),
                "import" => ImportCommand.Run(options, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}'. Commands: report, narrate, growth, audit, forecast, yearend, import. Run 'analytics --help'."),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"analytics: {e.Message}");
            return Unusable;
        }
    }
}
