using Analytics.Narrative;

namespace Analytics.Cli;

/// <summary><c>analytics narrate</c>: one paragraph per indicator and breakdown of the file, for a month.</summary>
public static class NarrateCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="options">The options.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 0, or 2 when the month is not in the data or the input is unusable.</returns>
    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);
        var store = options.ReadInput(stderr);
        var narration = new Narrator(options.Style).Narrate(store, options.Period);
        using (var w = options.OpenOutput(stdout))
        {
            foreach (var p in narration.Paragraphs)
            {
                w.WriteLine(p.Text);
                w.WriteLine();
            }
        }

        foreach (var note in narration.Notes)
        {
            stderr.WriteLine(note);
        }

        return narration.Paragraphs.Count == 0 ? CliApp.Unusable : CliApp.Ok;
    }
}
