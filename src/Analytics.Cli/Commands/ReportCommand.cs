using System.Globalization;
using System.CommandLine;
using Analytics.Periods;
using Analytics.Tables;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics report</c>: Section I of a monthly report (narrative, annex tables, audit) written to Markdown, HTML,
/// Word and Excel. With no arguments it reports on the bundled Thái Bình September 2023 data in that report's wording.
/// </summary>
internal sealed class ReportCommand : AnalyticsCommand
{
    /// <summary>The bundled data read when --input is not given.</summary>
    internal const string BundledInput = "data/thai-binh/2023-09.csv";

    /// <summary>The wording of the bundled report, used with the bundled data unless --style or --lang says otherwise.</summary>
    internal const string BundledStyle = "data/thai-binh/style.json";

    private readonly Option<string> input = CommonOptions.Input($"The interchange file to report on (.csv or .xlsx; default: the bundled {BundledInput}, in the wording of {BundledStyle}).");
    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<Io.TextEncoding> encoding = CommonOptions.Encoding();
    private readonly Option<Period?> period = CommonOptions.ReportPeriod("--period", "The period to report on: a month (2023-09), a quarter (2025-Q1), the first half-year (2024-H1), a year (2024) or the first months of a year (2024-01..2024-09); default: the latest month in the file.");
    private readonly Option<string> language = CommonOptions.Language();
    private readonly Option<string> style = CommonOptions.Style();
    private readonly Option<string> plan = YearEndPlanFile.Option("A plan file (indicator,breakdown,year,target_value,target_growth_pct): adds the section on the year end and the annual plan after Section I.");
    private readonly Option<string> template = CommonOptions.Path(new Option<string>("--template")
    {
        HelpName = "FILE",
        Description = "A .docx whose styles, page header and page setup the Word report uses (default: the administrative form of Decree 30/2020).",
    });

    private readonly Option<bool> noAudit = new("--no-audit")
    {
        Description = "Leave the audit appendix out of the Word, Excel and HTML files (the Markdown keeps it; analytics audit prints it).",
    };

    private readonly Option<string> audit = new("--audit")
    {
        HelpName = "SCOPE",
        Description = "Which figures the audit appendix checks: report (the period, its months and the cumulative period ending with it) or all (every period in the file, as analytics audit does).",
        DefaultValueFactory = _ => "report",
    };

    private readonly Option<string> outDirectory = CommonOptions.Path(new Option<string>("--out")
    {
        HelpName = "DIR",
        Description = "The folder the report is written to, as report-PERIOD.md, .html, .docx and .xlsx (report-2024-09, report-2025-Q1, report-2024-H1, report-2024).",
        DefaultValueFactory = _ => "out",
    });

    /// <summary>Initializes a new instance of the <see cref="ReportCommand"/> class.</summary>
    internal ReportCommand()
        : base(
            "report",
            "Section I of the monthly report as .md, .html, .docx and .xlsx.",
            "The narrative, the annex tables and the audit of one month, quarter, half-year or year (a quarter or a year the file holds month by month "
            + "is made from its months). Without --input: the bundled Thái Bình September 2023 data, in its report's wording. Exit code 2 when the "
            + "file cannot be used or does not cover the period (the message lists what it covers).",
            "analytics report",
            "analytics report --input my.csv --culture vi-VN --period 2024-03 --lang en --out out",
            "analytics report --input data/gso/gso_vn_monthly.csv --style data/gso/style.json --period 2024-Q1",
            "analytics report --plan data/thai-binh/plan-2023.csv",
            "analytics report --template my-letterhead.docx --no-audit")
    {
        Options.Add(input);
        Options.Add(culture);
        Options.Add(encoding);
        Options.Add(WarningsFile);
        Options.Add(period);
        Options.Add(language);
        Options.Add(style);
        Options.Add(plan);
        Options.Add(template);
        Options.Add(noAudit);
        Options.Add(audit);
        Options.Add(outDirectory);
    }

    /// <inheritdoc/>
    internal override string? InputOf(ParseResult result) => base.InputOf(result) ?? BundledInput;

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var given = result.GetValue(input);
        if (given is null && !File.Exists(BundledInput))
        {
            throw new UsageException($"no --input given and the bundled {BundledInput} is not here; run from the repository's folder or pass --input FILE.");
        }

        var file = given ?? BundledInput;
        var styleFile = result.GetValue(style);
        var languageGiven = result.GetResult(language) is { Implicit: false };
        if (given is null && styleFile is null && !languageGiven && File.Exists(BundledStyle))
        {
            styleFile = BundledStyle;
        }

        var reportStyle = Styles.Resolve(styleFile, result.GetRequiredValue(language), languageGiven);
        var (store, warnings) = InputFile.Read(file, result.GetRequiredValue(culture), result.GetValue(encoding), stderr, reportStyle.Language);
        var month = result.GetValue(period);
        Coverage.Check(store, month, file);
        store = InputFile.AsOfRelease(store, month is { } asked ? Period.Month(asked.Year, asked.LastMonth) : null);
        var plans = YearEndPlanFile.ForReport(result.GetValue(plan), store, month, result.GetRequiredValue(culture).Resolve(file), stderr);
        var auditScope = result.GetRequiredValue(audit);
        if (auditScope is not ("report" or "all"))
        {
            throw new UsageException($"--audit {auditScope}: not a scope. Fix: write --audit report (the report's month and cumulative period, the default) or --audit all (every period in the file).");
        }

        var report = ReportBuilder.Build(store, month, reportStyle, plans: plans, auditAll: auditScope == "all") with { InputWarnings = [.. warnings.Select(w => w.ToString())] };
        var dir = result.GetRequiredValue(outDirectory);
        Directory.CreateDirectory(dir);
        var stem = Path.Combine(dir, $"report-{FileName(report.Period)}");
        File.WriteAllText(stem + ".md", MarkdownRenderer.Render(report));
        var templateFile = result.GetValue(template);
        if (templateFile is not null && !File.Exists(templateFile))
        {
            throw new UsageException($"--template {templateFile}: the file does not exist. Fix: give a Word file (.docx) whose styles and page setup the report should use.");
        }

        var options = new RenderOptions { TemplatePath = templateFile, IncludeAudit = !result.GetValue(noAudit) };
        File.WriteAllText(stem + ".html", HtmlRenderer.Render(report, options));
        try
        {
            DocxRenderer.Write(report, stem + ".docx", options);
        }
        catch (Exception e) when (templateFile is not null && e is FormatException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new UsageException($"--template {templateFile}: {e.Message} Fix: give a Word file (.docx) saved by Word or LibreOffice.");
        }

        XlsxRenderer.Write(report, stem + ".xlsx", options);
        foreach (var note in report.Narration.Notes)
        {
            stderr.WriteLine(note);
        }

        foreach (var note in report.Plan?.Notes ?? [])
        {
            stderr.WriteLine(note);
        }

        stdout.WriteLine($"analytics report: {report.Narration.Paragraphs.Count + (report.Plan?.Paragraphs.Count ?? 0)} paragraphs, {report.Tables.Count} tables, {report.Findings.Count} audit findings " +
                         $"({report.Findings.Count(f => f.Severity == Audit.FindingSeverity.Error)} errors) → {stem}.md, .html, .docx, .xlsx");
        return CliApp.Ok;
    }

    /// <summary>The period in a file name: 2024-09, 2025-Q1, 2024 as written; the first six months 2024-H1, other first months 2024-01-to-09.</summary>
    /// <param name="period">The report's period.</param>
    /// <returns>The name.</returns>
    internal static string FileName(Period period) => period.Kind != PeriodKind.YearToDate
        ? period.ToString()
        : period.LastMonth == 6 ? string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}-H1") : string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}-01-to-{period.LastMonth:D2}");
}
