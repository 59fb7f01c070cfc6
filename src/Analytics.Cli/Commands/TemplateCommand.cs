using System.CommandLine;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics template</c>: writes the input workbook ("Biểu nhập liệu") for a month, its rows and units as the
/// province named them last month and last month's figures prefilled, this month's cells empty.
/// </summary>
internal sealed class TemplateCommand : AnalyticsCommand
{
    private readonly Option<Period?> period = CommonOptions.Month("--period", "The month the workbook is for, e.g. 2023-10.");
    private readonly Option<string> from = CommonOptions.Path(new Option<string>("--from")
    {
        HelpName = "FILE|DIR",
        Description = "Last month's figures: an interchange file, a filled input workbook or a folder of months; its rows, names and units "
                      + "become the workbook's, and its figures for the month before --period fill \"Thực hiện tháng trước\" (default: the bare totals).",
    });

    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<Io.TextEncoding> encoding = CommonOptions.Encoding();
    private readonly Option<string> outFile = CommonOptions.Path(new Option<string>("--out")
    {
        HelpName = "FILE",
        Description = "The .xlsx workbook to write (default: bieu-MONTH.xlsx).",
    });

    private readonly Option<bool> filled = new("--filled")
    {
        Description = "Write --period's own figures from --from too, as known at its release: an interchange file turned into the filled input workbook.",
    };

    /// <summary>Initializes a new instance of the <see cref="TemplateCommand"/> class.</summary>
    internal TemplateCommand()
        : base(
            "template",
            "Writes the input workbook (Biểu nhập liệu) for a month.",
            "One sheet per Biểu (IIP, production value, main products, retail, exports, imports) with the columns Thực hiện tháng trước, "
            + "Ước tính tháng này, Cộng dồn từ đầu năm, the rates, the share and the unit; number cells validated as decimals; a Hướng dẫn sheet. "
            + "Every command's --input reads it once filled.",
            "analytics template --period 2023-10 --from data/thai-binh/2023-09.csv --out bieu-2023-10.xlsx",
            "analytics template --period 2023-09 --from data/thai-binh/2023-09.csv --filled --out data/thai-binh/2023-09-bieu.xlsx")
    {
        Options.Add(period);
        Options.Add(from);
        Options.Add(culture);
        Options.Add(encoding);
        Options.Add(WarningsFile);
        Options.Add(outFile);
        Options.Add(filled);
        CommonOptions.Require(this, period, "--period 2023-10");
    }

    /// <inheritdoc/>
    internal override string? InputOf(ParseResult result) => result.GetValue(from);

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var month = result.GetValue(period) ?? throw new UsageException("--period MONTH is required, e.g. --period 2023-10.");
        var source = result.GetValue(from);
        ObservationStore? store = null;
        if (source is not null)
        {
            if (!File.Exists(source) && !Directory.Exists(source))
            {
                throw new UsageException($"--from {source}: there is no such file or folder.");
            }

            (store, _) = InputFile.Read(source, result.GetRequiredValue(culture), result.GetValue(encoding), stderr);
        }

        var path = result.GetValue(outFile) ?? $"bieu-{month}.xlsx";
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--out {path}: the input workbook is an Excel file; give a name ending in .xlsx.");
        }

        if (result.GetValue(filled))
        {
            if (store is null)
            {
                throw new UsageException("--filled needs --from: the figures to write, e.g. --from data/thai-binh/2023-09.csv.");
            }

            InputWorkbook.WriteFilled(store, month, path);
            stdout.WriteLine($"analytics template: {month} filled with the figures of {source} → {path}");
            return CliApp.Ok;
        }

        InputWorkbook.WriteTemplate(store, month, path);
        stdout.WriteLine($"analytics template: the input workbook for {month} → {path}" + (store is null ? " (bare totals: no --from given)" : $" (rows of {source})"));
        return CliApp.Ok;
    }
}
