using System.Globalization;
using System.Text;
using Analytics.Io;

namespace Analytics.Cli;

/// <summary>
/// Standard error of a run given <c>--warnings-file FILE</c>: everything written goes to standard error as usual, and
/// every problem <see cref="InputFile.Summarise"/> sees (not only the 20 of each kind it prints) goes to the file too,
/// with its location. A name ending in .csv gets one CSV row per problem
/// (<c>severity,file,sheet,row,column,kind,message,fix</c>), to filter in a spreadsheet; any other name one line per
/// problem, as standard error writes them.
/// </summary>
internal sealed class ProblemLog : TextWriter
{
    private readonly StreamWriter file;
    private readonly bool csv;

    /// <summary>Initializes a new instance of the <see cref="ProblemLog"/> class, creating (or emptying) the file.</summary>
    /// <param name="inner">Standard error.</param>
    /// <param name="path">The warnings file.</param>
    internal ProblemLog(TextWriter inner, string path)
    {
        Inner = inner;
        Path = path;
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        file = new StreamWriter(path, false, new UTF8Encoding(false));
        csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (csv)
        {
            file.WriteLine("severity,file,sheet,row,column,kind,message,fix");
        }
    }

    /// <summary>Gets standard error itself.</summary>
    internal TextWriter Inner { get; }

    /// <summary>Gets the warnings file's name, as given.</summary>
    internal string Path { get; }

    /// <summary>Gets how many problems the file holds.</summary>
    internal int Count { get; private set; }

    /// <inheritdoc/>
    public override Encoding Encoding => Inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    /// <inheritdoc/>
    public override void Write(char value) => Inner.Write(value);

    /// <inheritdoc/>
    public override void Write(string? value) => Inner.Write(value);

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Inner.WriteLine(value);

    /// <inheritdoc/>
    public override void Flush() => Inner.Flush();

    /// <summary>Writes every problem to the file.</summary>
    /// <param name="problem">The problem, located.</param>
    internal void Record(InputProblem problem)
    {
        Count++;
        if (!csv)
        {
            file.WriteLine(problem.ToString());
            return;
        }

        var l = problem.Location;
        string[] cells =
        [
            problem.Severity == ProblemSeverity.Error ? "error" : "warning", l.File, l.Sheet ?? string.Empty,
            l.Row > 0 ? l.Row.ToString(CultureInfo.InvariantCulture) : string.Empty, l.Column ?? string.Empty,
            problem.Kind ?? string.Empty, problem.Message, problem.Fix,
        ];
        file.WriteLine(string.Join(',', cells.Select(Quote)));
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
            Inner.Flush();
        }

        base.Dispose(disposing);
    }

    private static string Quote(string cell)
        => cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
