namespace Analytics.Cli;

/// <summary><c>analytics growth</c>: every comparison for every series and period, as CSV.</summary>
public static class GrowthCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="options">The options.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = options.ReadInput(stderr);
        var rows = GrowthTable.Compute(store, new GrowthOptions { AsPublished = options.AsPublished });
        using (var w = options.OpenOutput(stdout))
        {
            GrowthTable.Write(rows, w);
        }

        if (options.Output is not null)
        {
            stderr.WriteLine($"analytics growth: {rows.Count} rows written to {options.Output}.");
        }

        return CliApp.Ok;
    }
}
