using Analytics.Tables;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics report</c>: Section I of a monthly report (narrative, annex tables, audit) written to Markdown, HTML,
/// Word and Excel. With no arguments it reports on the bundled Thái Bình September 2023 data in that report's wording.
/// </summary>
public static class ReportCommand
{
    /// <summary>The bundled data read when --input is not given.</summary>
    public const string BundledInput = "data/thai-binh/2023-09.csv";

    /// <summary>The wording of the bundled report, used with the bundled data unless --style or --lang says otherwise.</summary>
    public const string BundledStyle = "data/thai-binh/style.json";

    /// <summary>Runs the command.</summary>
    /// <param name="options">The options.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>0 when the report is written (audit errors are in the report), 2 for unusable input.</returns>
    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var bundled = options.Input is null;
        if (bundled && !File.Exists(BundledInput))
        {
            throw new UsageException($"no --input given and the bundled {BundledInput} is not here; run from the repository's folder or pass --input FILE.");
        }

        var effective = bundled ? options.With("--input", BundledInput) : options;
        if (bundled && !options.Has("--style") && !options.Has("--lang") && File.Exists(BundledStyle))
        {
            effective = effective.With("--style", BundledStyle);
        }

        var warnings = new List<string>();
        using var captured = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var store = effective.ReadInput(captured);
        warnings.AddRange(captured.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var w in warnings)
        {
            stderr.WriteLine(w);
        }

        var report = ReportBuilder.Build(store, effective.Period, effective.Style, warnings);
        Directory.CreateDirectory(effective.OutDirectory);
        var stem = Path.Combine(effective.OutDirectory, $"report-{report.Period}");
        File.WriteAllText(stem + ".md", MarkdownRenderer.Render(report));
        File.WriteAllText(stem + ".html", HtmlRenderer.Render(report));
        DocxRenderer.Write(report, stem + ".docx");
        XlsxRenderer.Write(report, stem + ".xlsx");
        foreach (var note in report.Narration.Notes)
        {
            stderr.WriteLine(note);
        }

        stdout.WriteLine($"analytics report: {report.Narration.Paragraphs.Count} paragraphs, {report.Tables.Count} tables, {report.Findings.Count} audit findings " +
                         $"({report.Findings.Count(f => f.Severity == Audit.FindingSeverity.Error)} errors) → {stem}.md, .html, .docx, .xlsx");
        return CliApp.Ok;
    }
}
