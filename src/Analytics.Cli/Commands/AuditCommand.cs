using System.CommandLine;
using Analytics.Audit;

namespace Analytics.Cli;

/// <summary><c>analytics audit</c>: prints the consistency findings; exit code 1 when any is an error.</summary>
internal sealed class AuditCommand : AnalyticsCommand
{
    private readonly Option<string> input = CommonOptions.Input("The interchange file to audit (.csv or .xlsx; see README).");
    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<Io.TextEncoding> encoding = CommonOptions.Encoding();
    private readonly Option<string> output = CommonOptions.Output("the findings");

    /// <summary>Initializes a new instance of the <see cref="AuditCommand"/> class.</summary>
    internal AuditCommand()
        : base(
            "audit",
            "Checks the figures against each other.",
            "Parts against totals, shares against values, growth of totals against their parts, months against cumulative values, "
            + "stated against recomputed rates; one finding a line, then a count. Exit code 1 when a finding is an error.",
            "analytics audit --input data/thai-binh/2023-09.csv --output out/audit-2023-09.txt")
    {
        Options.Add(input);
        Options.Add(culture);
        Options.Add(encoding);
        Options.Add(WarningsFile);
        Options.Add(output);
        CommonOptions.Require(this, input, "--input data/thai-binh/2023-09.csv");
    }

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var file = result.GetRequiredValue(input);
        var (store, _) = InputFile.Read(file, result.GetRequiredValue(culture), result.GetValue(encoding), stderr);
        var findings = ConsistencyAudit.Run(store);
        using var w = InputFile.OpenOutput(result.GetValue(output), stdout);
        var narrator = new Analytics.Narrative.AuditNarrator(Analytics.Narrative.NarrativeStyle.English);
        foreach (var f in findings)
        {
            w.WriteLine(narrator.Line(f));
        }

        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
        w.WriteLine($"{findings.Count} findings: {errors} error(s), {warnings} warning(s), {findings.Count - errors - warnings} info.");
        return errors > 0 ? CliApp.Findings : CliApp.Ok;
    }
}
