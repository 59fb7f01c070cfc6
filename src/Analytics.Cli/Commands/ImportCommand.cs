using System.CommandLine;
using Analytics.Io;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary><c>analytics import --gso FILE...</c>: GSO monthly workbooks to the interchange format.</summary>
internal sealed class ImportCommand : AnalyticsCommand
{
    private readonly Option<string[]> gso = new("--gso")
    {
        HelpName = "FILE...",
        Description = "Required. GSO monthly workbooks (.xlsx, \"Biểu số liệu\"), or folders holding them.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<Period?> release = CommonOptions.Month("--release", "The release month of a single workbook, when its headers do not say (e.g. 2023-09).");
    private readonly Option<string> output = CommonOptions.Output("the interchange file (.csv, or .xlsx when FILE ends so)");

    /// <summary>Initializes a new instance of the <see cref="ImportCommand"/> class.</summary>
    internal ImportCommand()
        : base(
            "import",
            "GSO monthly workbooks to the interchange format.",
            "Reads IIP by industry, industrial products, retail sales, exports and imports by commodity and CPI, each figure with its "
            + "release. A summary per sheet goes to standard error. Exit code 2 when a workbook could not be read at all (the others are imported).",
            "analytics import --gso data/gso/workbooks --output out/gso.csv")
    {
        Options.Add(gso);
        Options.Add(release);
        Options.Add(output);
        Options.Add(WarningsFile);
        Validators.Add(r =>
        {
            if (r.GetResult(gso) is null)
            {
                r.AddError("say what to import: import --gso FILE... (GSO monthly workbooks, .xlsx, or folders holding them).");
            }
        });
    }

    /// <inheritdoc/>
    internal override string? InputOf(ParseResult result) => result.GetValue(gso) is { Length: > 0 } files ? string.Join(" ", files) : null;

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var f in result.GetRequiredValue(gso))
        {
            if (Directory.Exists(f))
            {
                // Every workbook in the folder and its subfolders, whatever the letter case of its extension (.XLSX);
                // anything else the folder holds is named, never passed over in silence.
                var all = Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                bool Workbook(string x) => x.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(x).StartsWith("~$", StringComparison.Ordinal);
                files.AddRange(all.Where(Workbook));
                foreach (var skipped in all.Where(x => !Workbook(x)))
                {
                    var why = Path.GetFileName(skipped).StartsWith("~$", StringComparison.Ordinal) ? "Excel's lock file of an open workbook"
                        : skipped.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) ? "an old .xls workbook: open it in Excel or LibreOffice and save it as .xlsx"
                        : "not an .xlsx workbook";
                    stderr.WriteLine($"not imported: {Path.GetRelativePath(f, skipped)} in {f} ({why}).");
                }
            }
            else if (File.Exists(f))
            {
                files.Add(f);
            }
            else
            {
                throw new UsageException($"--gso '{f}': no such file or folder.");
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("no workbook to import: import --gso data/gso/workbooks (a folder) or import --gso FILE.xlsx.");
        }

        var month = result.GetValue(release);
        if (month is not null && files.Count > 1)
        {
            throw new UsageException("--release applies to one workbook; import several without it (each release is read from its headers).");
        }

        var imported = GsoWorkbook.ReadAll(files, new GsoImportOptions { Release = month });
        foreach (var s in imported.Sheets)
        {
            stderr.WriteLine($"{Path.GetFileName(s.File)}: sheet '{s.Sheet}' read as {s.Table}, release {s.Release}: {s.Rows} rows, {s.Observations} observations");
            foreach (var i in s.Ignored)
            {
                stderr.WriteLine($"  not imported: {i}");
            }
        }

        InputFile.Summarise(imported.Problems, stderr);

        var failed = imported.Problems.Where(p => p.Severity == ProblemSeverity.Error && p.Location.Row == 0 && p.Location.Sheet is null).Select(p => p.Location.File).Distinct().Count();
        stderr.WriteLine($"{files.Count} workbook(s), {imported.Sheets.Count} sheets, {imported.Observations.Count} observations; {imported.Problems.Count(p => p.Severity == ProblemSeverity.Error)} error(s), {imported.Problems.Count(p => p.Severity == ProblemSeverity.Warning)} warning(s).");
        var outputFile = result.GetValue(output);
        if (outputFile is not null && outputFile.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            InterchangeWorkbook.Write(imported.Observations, outputFile);
        }
        else if (outputFile is not null && outputFile.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            InterchangeParquet.Write(imported.Observations, outputFile);
        }
        else
        {
            using var w = InputFile.OpenOutput(outputFile, stdout);
            InterchangeFormat.Write(imported.Observations, w);
        }

        return failed > 0 ? CliApp.Unusable : CliApp.Ok;
    }
}
