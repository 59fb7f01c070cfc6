using System.Collections;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;

namespace Analytics.Cli;

/// <summary>
/// The action of <c>--help</c>: what the command does, its usage, each option with a line of meaning and its default,
/// and examples (the root lists the commands). Written to the invocation's output; exit code 0.
/// </summary>
internal sealed class HelpText : SynchronousCommandLineAction
{
    private const int Width = 100;

    /// <inheritdoc/>
    public override bool Terminating => true;

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        Write(parseResult.CommandResult.Command, (RootCommand)parseResult.RootCommandResult.Command, parseResult.InvocationConfiguration.Output);
        return CliApp.Ok;
    }

    /// <summary>Writes the help of <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="root">The root command.</param>
    /// <param name="output">Where to write.</param>
    internal static void Write(Command command, RootCommand root, TextWriter output)
    {
        var isRoot = ReferenceEquals(command, root);
        var name = isRoot ? "analytics" : "analytics " + command.Name;
        foreach (var line in Wrap($"{name}: {command.Description}", Width))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine(isRoot ? "  analytics COMMAND [options]" : $"  {name} [options]");
        if (isRoot)
        {
            output.WriteLine();
            output.WriteLine("Commands:");
            Columns(root.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c is AnalyticsCommand a ? a.Summary : c.Description ?? string.Empty)), output);
        }

        var options = isRoot ? root.Options : command.Options.Concat(root.Options.Where(o => o.Recursive && !command.Options.Contains(o)));
        output.WriteLine();
        output.WriteLine("Options:");
        Columns(options.Where(o => !o.Hidden).Select(o => (Label(o), Meaning(o))), output);
        if (command is AnalyticsCommand withExamples)
        {
            output.WriteLine();
            output.WriteLine(withExamples.Examples.Count == 1 ? "Example:" : "Examples:");
            foreach (var e in withExamples.Examples)
            {
                output.WriteLine("  " + e);
            }
        }

        if (isRoot)
        {
            output.WriteLine();
            output.WriteLine("Exit codes: 0 success, 1 audit findings of severity error (or series that could not be forecast), 2 unusable");
            output.WriteLine("input or usage error, 3 unexpected failure (run again with --verbose for the trace).");
            output.WriteLine("Run 'analytics COMMAND --help' for a command's options and an example.");
        }
    }

    /// <summary>The option as written: its aliases, its name and its value's name.</summary>
    /// <param name="option">The option.</param>
    /// <returns>e.g. "--input FILE".</returns>
    internal static string Label(Option option)
    {
        var names = option.Aliases.Where(a => a != option.Name && !a.StartsWith('/')).Order(StringComparer.Ordinal).Append(option.Name);
        var text = string.Join(", ", names);
        return option.HelpName is { } h ? $"{text} {h}" : text;
    }

    private static string Meaning(Option option)
    {
        var text = option.Description ?? string.Empty;
        if (option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } d)
        {
            var shown = d is IEnumerable list and not string ? string.Join(",", list.Cast<object>().Select(Invariant)) : Invariant(d);
            text += $" Default: {shown}.";
        }

        return text;
    }

    private static string Invariant(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Columns(IEnumerable<(string Left, string Right)> rows, TextWriter output)
    {
        var list = rows.ToList();
        var left = list.Max(r => r.Left.Length) + 4;
        foreach (var (l, r) in list)
        {
            var lines = Wrap(r, Math.Max(40, Width - left));
            output.WriteLine("  " + l.PadRight(left - 2) + (lines.Count > 0 ? lines[0] : string.Empty));
            foreach (var more in lines.Skip(1))
            {
                output.WriteLine(new string(' ', left) + more);
            }
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.TrimEnd('\r').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
