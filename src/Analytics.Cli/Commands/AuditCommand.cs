using Analytics.Audit;

namespace Analytics.Cli;

/// <summary><c>analytics audit</c>: prints the consistency findings; exit code 1 when any is an error.</summary>
public static class AuditCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="options">The options.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        var store = options.ReadInput(stderr);
        var findings = ConsistencyAudit.Run(store);
        using (var w = options.OpenOutput(stdout))
        {
            foreach (var f in findings)
            {
                w.WriteLine(new Analytics.Narrative.AuditNarrator(Analytics.Narrative.NarrativeStyle.English).Line(f));
            }

            var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            var warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
            w.WriteLine($"{findings.Count} findings: {errors} error(s), {warnings} warning(s), {findings.Count - errors - warnings} info.");
            return errors > 0 ? CliApp.Findings : CliApp.Ok;
        }
    }
}
