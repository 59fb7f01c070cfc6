using System.CommandLine;

namespace Analytics.Cli;

/// <summary>
/// A command of <c>analytics</c>: its own typed options, a description with an example (shown by <c>--help</c>), and a
/// run that returns the exit code. Errors it can explain are thrown as <see cref="UsageException"/>.
/// </summary>
internal abstract class AnalyticsCommand : Command
{
    /// <summary>Initializes a new instance of the <see cref="AnalyticsCommand"/> class.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="summary">What it does in one line, for the list of commands.</param>
    /// <param name="details">The rest of the description, for its help.</param>
    /// <param name="examples">Example command lines, for the help and for usage errors.</param>
    protected AnalyticsCommand(string name, string summary, string details, params string[] examples)
        : base(name, summary + " " + details)
    {
        Summary = summary;
        Examples = examples;
        TreatUnmatchedTokensAsErrors = false;
        SetAction(r => Invoke(r, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
    }

    /// <summary>
    /// Gets <c>--warnings-file FILE</c>; a command that reads input adds it to its options, and every problem of the run
    /// then goes to the file too (see <see cref="ProblemLog"/>).
    /// </summary>
    protected Option<string> WarningsFile { get; } = CommonOptions.WarningsFile();

    /// <summary>Gets what the command does in one line.</summary>
    internal string Summary { get; }

    /// <summary>Gets example command lines.</summary>
    internal IReadOnlyList<string> Examples { get; }

    /// <summary>Returns the input file(s) a command line names, for the message of an unexpected failure.</summary>
    /// <param name="result">The parsed command line.</param>
    /// <returns>The input, or null when none is given.</returns>
    internal virtual string? InputOf(ParseResult result) => InputOption(this, result);

    /// <summary>Returns the value of a command's <c>--input</c> option, or null.</summary>
    /// <param name="command">The command.</param>
    /// <param name="result">The parsed command line.</param>
    /// <returns>The file given, or null.</returns>
    internal static string? InputOption(Command command, ParseResult result)
        => command.Options.FirstOrDefault(o => o.Name == "--input") is Option<string> input ? result.GetValue(input) : null;

    /// <summary>Runs the command, its standard error a <see cref="ProblemLog"/> when <c>--warnings-file</c> is given.</summary>
    /// <param name="result">The parsed command line.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    private int Invoke(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        if (!Options.Contains(WarningsFile) || result.GetValue(WarningsFile) is not { } path)
        {
            return Run(result, stdout, stderr);
        }

        using var log = new ProblemLog(stderr, path);
        try
        {
            return Run(result, stdout, log);
        }
        catch (Io.InputException e)
        {
            // Summarised here, while the log is open, so that the refused file's problems are in it too.
            InputFile.Summarise(e.Problems, log);
            throw new UsageException(CliApp.OneLine(e.Message));
        }
    }

    /// <summary>Runs the command.</summary>
    /// <param name="result">The parsed command line (free of parse errors).</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    protected abstract int Run(ParseResult result, TextWriter stdout, TextWriter stderr);
}
