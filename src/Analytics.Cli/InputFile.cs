using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Cli;

/// <summary>Reads a command's interchange input (CSV or xlsx), printing every problem found before the verdict.</summary>
internal static class InputFile
{
    /// <summary>Reads <paramref name="input"/>, its CSV text as UTF-8; every problem, located, goes to <paramref name="stderr"/> first.</summary>
    /// <param name="input">The file (interchange .csv, .xlsx or .parquet, or a filled input workbook), or a folder of them read as one store.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="language">The language of the input workbook's messages (vi or en).</param>
    /// <returns>The figures and the warnings (already printed).</returns>
    /// <exception cref="UsageException">The file has errors: the summary line that follows them.</exception>
    internal static (ObservationStore Store, IReadOnlyList<InputProblem> Warnings) Read(string input, CultureChoice culture, TextWriter stderr, string language = "vi")
        => Read(input, culture, TextEncoding.Utf8, stderr, language);

    /// <summary>Reads <paramref name="input"/>; every problem, located, goes to <paramref name="stderr"/> first.</summary>
    /// <param name="input">The file (interchange .csv, .xlsx or .parquet, or a filled input workbook), or a folder of them read as one store.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <param name="encoding">The encoding of its CSV text (<c>--encoding</c>).</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="language">The language of the input workbook's messages (vi or en).</param>
    /// <returns>The figures and the warnings (already printed).</returns>
    /// <exception cref="UsageException">The file has errors: the summary line that follows them.</exception>
    internal static (ObservationStore Store, IReadOnlyList<InputProblem> Warnings) Read(string input, CultureChoice culture, TextEncoding encoding, TextWriter stderr, string language = "vi")
    {
        var workbook = new InputWorkbookOptions { Language = language };
        ReadResult result;
        if (Directory.Exists(input))
        {
            var folder = InputFolder.Read(input, f => new InterchangeOptions { Culture = culture.Resolve(f), Encoding = encoding }, workbook);
            stderr.WriteLine($"info: {input}: {folder.Summary()}");
            result = folder.Result;
        }
        else if (InputWorkbook.IsInputWorkbook(input))
        {
            result = InputWorkbook.Read(input, workbook);
        }
        else
        {
            result = input.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? InterchangeWorkbook.Read(input, new InterchangeOptions { Culture = culture.Resolve(input) })
                : input.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? InterchangeParquet.Read(input)
                : InterchangeFormat.Read(input, new InterchangeOptions { Culture = culture.Resolve(input), Encoding = encoding });
        }

        Print(result.Problems, input, stderr);
        return (new ObservationStore(result.Observations), result.Warnings.ToList());
    }

    /// <summary>
    /// The figures as known at <paramref name="month"/>'s own release when the store has that release (a folder of
    /// months, read for an earlier month: the later months' files and revisions are left out, so the report is the one
    /// made then); otherwise the store itself.
    /// </summary>
    /// <param name="store">The figures.</param>
    /// <param name="month">The month reported on, or null for the latest.</param>
    /// <returns>The store to report from.</returns>
    internal static ObservationStore AsOfRelease(ObservationStore store, Periods.Period? month)
    {
        if (month is not { } m || !store.Releases.Contains(m) || store.Releases[^1] == m)
        {
            return store;
        }

        return new ObservationStore(store.Series.SelectMany(k => store.Periods(k).SelectMany(p => store.History(k, p))).Where(o => o.EffectiveRelease <= m));
    }

    /// <summary>Prints <paramref name="problems"/>, then throws the summary when any is an error.</summary>
    /// <param name="problems">The problems, located.</param>
    /// <param name="input">The file they are in.</param>
    /// <param name="stderr">Where they go.</param>
    /// <exception cref="UsageException">Some problem is an error.</exception>
    internal static void Print(IReadOnlyList<InputProblem> problems, string input, TextWriter stderr)
    {
        Summarise(problems, stderr);

        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        if (errors > 0)
        {
            throw new UsageException($"{input} cannot be used: {errors} error(s) above. Nothing was computed.");
        }
    }

    /// <summary>The most problems of one kind printed one by one; the rest are counted in one line.</summary>
    internal const int MaxPerKind = 20;

    /// <summary>
    /// Prints problems in their order, at most <see cref="MaxPerKind"/> of each kind (same severity and
    /// <see cref="InputProblem.Kind"/>, or the same fix when the reader gives no kind), then one line per kind with the
    /// count of the rest: "warning: panel.csv: … and 1,178 more series with a missing month (list: --warnings-file FILE)".
    /// When <paramref name="stderr"/> is a run's <see cref="ProblemLog"/> (<c>--warnings-file</c>), every problem also
    /// goes to its file, and the count line names it.
    /// </summary>
    /// <param name="problems">The problems, located.</param>
    /// <param name="stderr">Where they go.</param>
    internal static void Summarise(IEnumerable<InputProblem> problems, TextWriter stderr)
    {
        var log = stderr as ProblemLog;
        var counts = new Dictionary<(ProblemSeverity, string), (int Count, InputProblem First)>();
        foreach (var p in problems)
        {
            log?.Record(p);
            var key = (p.Severity, p.Kind ?? p.Fix);
            var (count, first) = counts.TryGetValue(key, out var c) ? c : (0, p);
            counts[key] = (count + 1, first);
            if (count < MaxPerKind)
            {
                stderr.WriteLine(p);
            }
        }

        var list = log is null ? "list: --warnings-file FILE" : $"all listed in {log.Path}";
        foreach (var (count, first) in counts.Values.Where(c => c.Count > MaxPerKind))
        {
            var more = (count - MaxPerKind).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            var severity = first.Severity == ProblemSeverity.Error ? "error" : "warning";
            var what = first.Kind ?? $"{severity}s with the fix \"{first.Fix}\"";
            stderr.WriteLine($"{severity}: {first.Location.File}: … and {more} more {what} ({list})");
        }
    }

    /// <summary>Opens the output: <paramref name="output"/>, or standard output when null.</summary>
    /// <param name="output">The file, or null.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="table">Whether the command writes a CSV table, stored as Parquet when <paramref name="output"/> ends in .parquet.</param>
    /// <returns>A writer the caller disposes (disposing standard output's wrapper leaves it open).</returns>
    internal static TextWriter OpenOutput(string? output, TextWriter stdout, bool table = false)
    {
        if (output is null)
        {
            return new NonClosingWriter(stdout);
        }

        if (ParquetOutput.IsParquet(output))
        {
            return table ? new ParquetOutput(output) : throw new UsageException($"--output {output}: this command writes text, not a table; give a .txt or .md name (Parquet is for growth, forecast, yearend and import).");
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(output));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        return new StreamWriter(output, false, new System.Text.UTF8Encoding(false), 1 << 20);
    }

    private sealed class NonClosingWriter(TextWriter inner) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override IFormatProvider FormatProvider => inner.FormatProvider;

        public override void Write(char value) => inner.Write(value);

        public override void Write(string? value) => inner.Write(value);

        public override void Flush() => inner.Flush();

        protected override void Dispose(bool disposing)
        {
            inner.Flush();
            base.Dispose(disposing);
        }
    }
}
