using Analytics.Io;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary><c>analytics import --gso FILE...</c>: GSO monthly workbooks to the interchange format.</summary>
public static class ImportCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="options">The options.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 2 when a workbook could not be read at all, else 0 (warnings are printed).</returns>
    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!options.Has("--gso"))
        {
            throw new UsageException("say what to import: import --gso FILE... (GSO monthly workbooks, .xlsx, or folders holding them).");
        }

        var files = new List<string>();
        foreach (var f in options.Files)
        {
            if (Directory.Exists(f))
            {
                files.AddRange(Directory.EnumerateFiles(f, "*.xlsx").Where(x => !Path.GetFileName(x).StartsWith("~$", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(f))
            {
                files.Add(f);
            }
            else
            {
                throw new UsageException($"{f}: no such file or folder.");
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("no workbook to import: import --gso data/gso/workbooks (a folder) or import --gso FILE.xlsx.");
        }

        Period? release = null;
        if (options.Has("--release"))
        {
            if (files.Count > 1)
            {
                throw new UsageException("--release applies to one workbook; import several without it (each release is read from its headers).");
            }

            release = options.Release;
        }

        var result = GsoWorkbook.ReadAll(files, new GsoImportOptions { Release = release });
        foreach (var s in result.Sheets)
        {
            stderr.WriteLine($"{Path.GetFileName(s.File)}: sheet '{s.Sheet}' read as {s.Table}, release {s.Release}: {s.Rows} rows, {s.Observations} observations");
            foreach (var i in s.Ignored)
            {
                stderr.WriteLine($"  not imported: {i}");
            }
        }

        foreach (var p in result.Problems)
        {
            stderr.WriteLine(p);
        }

        var failed = result.Problems.Where(p => p.Severity == ProblemSeverity.Error && p.Location.Row == 0 && p.Location.Sheet is null).Select(p => p.Location.File).Distinct().Count();
        stderr.WriteLine($"{files.Count} workbook(s), {result.Sheets.Count} sheets, {result.Observations.Count} observations; {result.Problems.Count(p => p.Severity == ProblemSeverity.Error)} error(s), {result.Problems.Count(p => p.Severity == ProblemSeverity.Warning)} warning(s).");
        if (options.Output is { } output && output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            InterchangeWorkbook.Write(result.Observations, output);
        }
        else
        {
            using var w = options.OpenOutput(stdout);
            InterchangeFormat.Write(result.Observations, w);
        }

        return failed > 0 ? CliApp.Unusable : CliApp.Ok;
    }
}
