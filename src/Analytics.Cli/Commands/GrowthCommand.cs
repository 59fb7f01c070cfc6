using System.CommandLine;
using Analytics.Growth;

namespace Analytics.Cli;

/// <summary><c>analytics growth</c>: every comparison for every series and period, as CSV.</summary>
internal sealed class GrowthCommand : AnalyticsCommand
{
    private readonly Option<string> input = CommonOptions.Input(
        "The interchange file (.csv, .xlsx or .parquet), or a long series file (CSV or Parquet) with the columns series_id,period,value.");

    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<Io.TextEncoding> encoding = CommonOptions.Encoding();
    private readonly Option<string> output = CommonOptions.Output("the growth table");
    private readonly Option<bool> asPublished = new("--as-published")
    {
        Description = "Compute every rate from the figures published at each period's own release, not taking the stated rate first.",
    };

    private readonly Option<bool> latest = new("--latest")
    {
        Description = "Compute every rate from the latest figures of each period (revisions included), not taking the stated rate first.",
    };

    /// <summary>Initializes a new instance of the <see cref="GrowthCommand"/> class.</summary>
    internal GrowthCommand()
        : base(
            "growth",
            "Growth rates of every indicator, breakdown and period, as CSV.",
            "Every comparison: value, mom_pct, yoy_pct, ytd_value, ytd_yoy_pct, as the report prints them: the rate the source states "
            + "is the official figure; otherwise computed from the figures of the period's own release (month on month against the "
            + "previous month as revised in that release), with a column saying which. A long file series_id,period,value is "
            + "computed in one pass on every core.",
            "analytics growth --input data/thai-binh/2023-09.csv --output out/growth-2023-09.csv",
            "analytics growth --input data/gso/gso_vn_monthly.csv --as-published")
    {
        Options.Add(input);
        Options.Add(culture);
        Options.Add(encoding);
        Options.Add(WarningsFile);
        Options.Add(output);
        Options.Add(asPublished);
        Options.Add(latest);
        CommonOptions.Require(this, input, "--input data/thai-binh/2023-09.csv");
    }

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var file = result.GetRequiredValue(input);
        var outputFile = result.GetValue(output);
        if (result.GetValue(asPublished) && result.GetValue(latest))
        {
            throw new UsageException("growth: give --as-published or --latest, not both (without either, stated rates come first, as in the report).");
        }

        if (File.Exists(file) && !file.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) && Io.LongSeriesFormat.IsLongSeriesFile(file))
        {
            var read = Io.LongSeriesFormat.Read(file, result.GetRequiredValue(culture).Resolve(file), result.GetValue(encoding));
            return RunPanel(file, (read.HasErrors ? null : read.Value, read.Problems), outputFile, stdout, stderr);
        }

        if (File.Exists(file) && file.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) && Io.LongSeriesParquet.IsLongSeriesParquet(file))
        {
            var read = Io.LongSeriesParquet.Read(file);
            return RunPanel(file, (read.HasErrors ? null : read.Value, read.Problems), outputFile, stdout, stderr);
        }

        var options = result.GetValue(latest) ? new GrowthOptions()
            : result.GetValue(asPublished) ? new GrowthOptions { AsPublished = true }
            : GrowthOptions.Official;

        // A monthly interchange CSV or Parquet file with one release per figure: read into columns and computed from the arrays. Any
        // other file (revisions, quarters, notes, a problem to report) is read into the store, whose rules the columns follow.
        // Into a file, a file whose series come one after another is read, computed and written part by part.
        var isParquet = file.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
        if (File.Exists(file) && outputFile is not null && (isParquet || file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            var interchange = isParquet ? new Io.InterchangeOptions() : new Io.InterchangeOptions { Culture = result.GetRequiredValue(culture).Resolve(file), Encoding = result.GetValue(encoding) };
            if (StreamingGrowth.TryRun(file, outputFile, interchange, options) is { } streamed)
            {
                InputFile.Print(streamed.Problems, file, stderr);
                stderr.WriteLine($"analytics growth: {streamed.Value} rows written to {outputFile}.");
                return CliApp.Ok;
            }
        }

        var columns = !File.Exists(file) ? null
            : file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? Io.InterchangeColumns.TryRead(file, new Io.InterchangeOptions { Culture = result.GetRequiredValue(culture).Resolve(file), Encoding = result.GetValue(encoding) })
            : file.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? Io.InterchangeColumns.TryReadParquet(file)
            : null;
        if (columns is not null)
        {
            InputFile.Print(columns.Problems, file, stderr);
            var figures = GrowthColumns.Compute(columns.Value, options);
            if (ParquetOutput.IsParquet(outputFile))
            {
                Tables.GrowthParquet.Write(columns.Value, figures, outputFile!);
            }
            else
            {
                using var w = InputFile.OpenOutput(outputFile, stdout, table: true);
                Tables.GrowthCsv.Write(columns.Value, figures, w);
            }

            if (outputFile is not null)
            {
                stderr.WriteLine($"analytics growth: {columns.Value.Count} rows written to {outputFile}.");
            }

            return CliApp.Ok;
        }

        var (store, _) = InputFile.Read(file, result.GetRequiredValue(culture), result.GetValue(encoding), stderr);
        var rows = GrowthTable.Compute(store, options);
        using (var w = InputFile.OpenOutput(outputFile, stdout, table: true))
        {
            Tables.GrowthCsv.Write(rows, w);
        }

        if (outputFile is not null)
        {
            stderr.WriteLine($"analytics growth: {rows.Count} rows written to {outputFile}.");
        }

        return CliApp.Ok;
    }

    // A long panel (series_id,period,value): straight into contiguous arrays, computed in one pass on every core.
    private static int RunPanel(string file, (Series.Panel? Panel, IReadOnlyList<Io.InputProblem> Problems) read, string? outputFile, TextWriter stdout, TextWriter stderr)
    {
        var (panel, problems) = read;
        InputFile.Print(problems, file, stderr);
        if (panel is null)
        {
            throw new UsageException($"{file} cannot be used: error(s) above. Nothing was computed.");
        }

        var growth = panel.Compute(parallel: true);
        using (var w = InputFile.OpenOutput(outputFile, stdout, table: true))
        {
            Tables.GrowthCsv.WritePanel(panel, growth, w);
        }

        if (outputFile is not null)
        {
            stderr.WriteLine($"analytics growth: {panel.SeriesCount} series × {panel.MonthCount} months written to {outputFile}.");
        }

        return CliApp.Ok;
    }
}
