using Analytics.Growth;

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
        ArgumentNullException.ThrowIfNull(stderr);
        if (options.Input is { } input && File.Exists(input) && !input.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            && Io.PanelCsv.IsPanelHeader(File.ReadLines(input).FirstOrDefault() ?? string.Empty))
        {
            return RunPanel(input, options, stdout, stderr);
        }

        var store = options.ReadInput(stderr);
        var rows = GrowthTable.Compute(store, new GrowthOptions { AsPublished = options.AsPublished });
        using (var w = options.OpenOutput(stdout))
        {
            Tables.GrowthCsv.Write(rows, w);
        }

        if (options.Output is not null)
        {
            stderr.WriteLine($"analytics growth: {rows.Count} rows written to {options.Output}.");
        }

        return CliApp.Ok;
    }

    // A long panel (series_id,period,value): straight into contiguous arrays, computed in one pass on every core.
    private static int RunPanel(string input, CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        var (panel, problems) = Io.PanelCsv.Read(input);
        foreach (var p in problems)
        {
            stderr.WriteLine(p);
        }

        if (panel is null)
        {
            throw new UsageException($"{input} cannot be used: error(s) above. Nothing was computed.");
        }

        var growth = panel.Compute(parallel: true);
        using (var w = options.OpenOutput(stdout))
        {
            Tables.GrowthCsv.WritePanel(panel, growth, w);
        }

        if (options.Output is not null)
        {
            stderr.WriteLine($"analytics growth: {panel.SeriesCount} series × {panel.MonthCount} months written to {options.Output}.");
        }

        return CliApp.Ok;
    }
}
