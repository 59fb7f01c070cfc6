using System.CommandLine;
using Analytics.Io;

namespace Analytics.Cli;

/// <summary><c>analytics convert IN OUT</c>: the interchange format between CSV, xlsx and Parquet, the format from each name's extension.</summary>
internal sealed class ConvertCommand : AnalyticsCommand
{
    private readonly Argument<string> from = new("IN") { Description = "The file to read: interchange .csv, .xlsx or .parquet (or a long series file series_id,period,value as .csv or .parquet)." };
    private readonly Argument<string> to = new("OUT") { Description = "The file to write: .csv, .xlsx or .parquet (a long series file: .csv or .parquet)." };
    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<Io.TextEncoding> encoding = CommonOptions.Encoding();

    /// <summary>Initializes a new instance of the <see cref="ConvertCommand"/> class.</summary>
    internal ConvertCommand()
        : base(
            "convert",
            "Converts a file between the interchange CSV, xlsx and Parquet.",
            "The format of each file comes from its extension. Reading applies every check of the format; nothing is written when the input "
            + "has errors. Parquet keeps the period as text and as year and month integers, and each value and rate as a double with its decimals, "
            + "so that DuckDB, pandas, polars, R arrow or Spark read it as it is.",
            "analytics convert data/thai-binh/2023-09.csv out/2023-09.parquet",
            "analytics convert out/2023-09.parquet out/2023-09.xlsx")
    {
        Arguments.Add(from);
        Arguments.Add(to);
        Options.Add(culture);
        Options.Add(encoding);
        Options.Add(WarningsFile);
    }

    /// <inheritdoc/>
    internal override string? InputOf(ParseResult result) => result.GetValue(from);

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var input = result.GetRequiredValue(from);
        var output = result.GetRequiredValue(to);
        var kind = Path.GetExtension(output).ToLowerInvariant();
        if (kind is not (".csv" or ".xlsx" or ".parquet"))
        {
            throw new UsageException($"{output}: say the format by the extension: .csv, .xlsx or .parquet.");
        }

        if (Path.GetFullPath(input) == Path.GetFullPath(output))
        {
            throw new UsageException($"{output} is the input itself; write to another file.");
        }

        if (File.Exists(input) && (input.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? LongSeriesParquet.IsLongSeriesParquet(input) : LongSeriesFormat.IsLongSeriesFile(input)))
        {
            return ConvertPanel(input, output, kind, result.GetRequiredValue(culture), result.GetValue(encoding), stderr);
        }

        var (store, _) = InputFile.Read(input, result.GetRequiredValue(culture), result.GetValue(encoding), stderr);
        var observations = store.Series.SelectMany(k => store.Periods(k).SelectMany(p => store.History(k, p))).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        switch (kind)
        {
            case ".parquet":
                InterchangeParquet.Write(observations, output);
                break;
            case ".xlsx":
                InterchangeWorkbook.Write(observations, output);
                break;
            default:
                using (var w = InputFile.OpenOutput(output, stdout))
                {
                    InterchangeFormat.Write(observations, w);
                }

                break;
        }

        stderr.WriteLine($"analytics convert: {observations.Count} figures written to {output}.");
        return CliApp.Ok;
    }

    private static int ConvertPanel(string input, string output, string kind, CultureChoice culture, Io.TextEncoding encoding, TextWriter stderr)
    {
        var read = input.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? LongSeriesParquet.Read(input) : LongSeriesFormat.Read(input, culture.Resolve(input), encoding);
        InputFile.Print(read.Problems, input, stderr);
        var panel = read.Value;
        if (kind == ".xlsx")
        {
            throw new UsageException($"{input} is a long series file (series_id,period,value); write it as .csv or .parquet.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        if (kind == ".parquet")
        {
            LongSeriesParquet.Write(panel, output);
        }
        else
        {
            using var w = InputFile.OpenOutput(output, TextWriter.Null);
            LongSeriesFormat.Write(panel, w);
        }

        stderr.WriteLine($"analytics convert: {panel.SeriesCount} series × {panel.MonthCount} months written to {output}.");
        return CliApp.Ok;
    }
}
