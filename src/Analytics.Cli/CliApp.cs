using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Analytics.Io;

namespace Analytics.Cli;

/// <summary>
/// The <c>analytics</c> command line: one <see cref="AnalyticsCommand"/> per command, each with its own options. Exit
/// codes: 0 success, 1 findings of severity error (or series that could not be forecast), 2 unusable input or a usage
/// error, 3 an unexpected failure (one line; the trace with <c>--verbose</c>).
/// </summary>
internal static class CliApp
{
    /// <summary>The exit code for success.</summary>
    internal const int Ok = 0;

    /// <summary>The exit code when the audit finds errors, or some series could not be forecast.</summary>
    internal const int Findings = 1;

    /// <summary>The exit code for unusable input or a usage error.</summary>
    internal const int Unusable = 2;

    /// <summary>The exit code for an unexpected failure: a bug, reported in one line.</summary>
    internal const int Failure = 3;

    /// <summary>Makes the root command with every command under it.</summary>
    /// <returns>The root command.</returns>
    internal static RootCommand CreateRoot()
    {
        var root = new RootCommand("growth rates, audits, reports and forecasts of monthly official statistics.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpText();
            help.Description = "Show what the command does, its options and an example.";
        }

        root.Options.Add(CommonOptions.Verbose());
        root.Subcommands.Add(new ReportCommand());
        root.Subcommands.Add(new NarrateCommand());
        root.Subcommands.Add(new GrowthCommand());
        root.Subcommands.Add(new AuditCommand());
        root.Subcommands.Add(new ForecastCommand());
        root.Subcommands.Add(new YearEndCommand());
        root.Subcommands.Add(new ImportCommand());
        root.Subcommands.Add(new TemplateCommand());
        root.Subcommands.Add(new ConvertCommand());
        root.SetAction(r =>
        {
            HelpText.Write(root, root, r.InvocationConfiguration.Output);
            r.InvocationConfiguration.Error.WriteLine($"analytics: say which command to run, e.g. analytics report. Commands: {CommandNames(root)}.");
            return Unusable;
        });
        return root;
    }

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(CreateRoot(), args, stdout, stderr);

    /// <summary>Runs the command line against <paramref name="root"/>.</summary>
    /// <param name="root">The root command (<see cref="CreateRoot"/>).</param>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args is ["help", .. var rest])
        {
            args = [.. rest, "--help"];
        }

        var parsed = root.Parse(args);
        var command = parsed.CommandResult.Command;
        var name = ReferenceEquals(command, root) ? "analytics" : "analytics " + command.Name;
        if (parsed.Action is not HelpText && UsageErrors(parsed, root) is { Count: > 0 } errors)
        {
            foreach (var e in errors)
            {
                stderr.WriteLine($"{name}: {e}");
            }

            WriteOptionsSummary(command, root, name, stderr);
            return Unusable;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"{name}: {e.Message}");
            return Unusable;
        }
        catch (InputException e)
        {
            InputFile.Summarise(e.Problems, stderr);

            stderr.WriteLine($"{name}: {OneLine(e.Message)}");
            return Unusable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{name}: {OutputProblem(e)}");
            return Unusable;
        }
#pragma warning disable CA1031 // Any other failure is a bug: it is reported in one line, never as a trace, unless --verbose.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var input = command is AnalyticsCommand a ? a.InputOf(parsed) : AnalyticsCommand.InputOption(command, parsed);
            stderr.WriteLine($"{name}: unexpected failure{(input is null ? string.Empty : " on " + input)}: {e.GetType().Name}: {OneLine(e.Message)} "
                             + "This is a bug in analytics, not a problem in the file: please report it with the command line"
                             + (Verbose(parsed) ? " and the trace below." : " and the trace that --verbose prints."));
            if (Verbose(parsed))
            {
                stderr.WriteLine(e.ToString());
            }

            return Failure;
        }
    }

    private static List<string> UsageErrors(ParseResult parsed, RootCommand root)
    {
        var command = parsed.CommandResult.Command;
        var messages = new List<string>();
        var unmatched = parsed.UnmatchedTokens;
        if (unmatched.Count > 0)
        {
            if (ReferenceEquals(command, root) && !unmatched[0].StartsWith('-'))
            {
                messages.Add($"'{unmatched[0]}' is not a command{Suggest(unmatched[0], root.Subcommands.Select(c => c.Name))}. Commands: {CommandNames(root)}.");
            }
            else
            {
                var options = unmatched.Where(t => t.StartsWith('-')).ToList();
                var names = AllOptions(command, root).SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
                foreach (var t in options)
                {
                    var bare = t.Split('=', ':')[0];
                    messages.Add($"'{bare}' is not an option of {Title(command, root)}{Suggest(bare, names)}.");
                }

                if (options.Count == 0)
                {
                    var first = command.Options.FirstOrDefault(o => o.HelpName is not null)?.Name ?? "--input";
                    messages.Add($"unexpected argument '{unmatched[0]}': a value follows its option, e.g. {first} {unmatched[0]}.");
                }
            }
        }

        messages.AddRange(parsed.Errors.Select(e => e.Message));
        return messages;
    }

    private static void WriteOptionsSummary(Command command, RootCommand root, string name, TextWriter stderr)
    {
        if (ReferenceEquals(command, root))
        {
            stderr.WriteLine("Run 'analytics --help' for what each command does, and 'analytics COMMAND --help' for its options.");
            return;
        }

        var options = AllOptions(command, root).Where(o => !o.Hidden).Select(o => o.HelpName is { } h ? $"{o.Name} {h}" : o.Name);
        stderr.WriteLine($"{Title(command, root)} takes: {string.Join(", ", options)}.");
        if (command is AnalyticsCommand a)
        {
            stderr.WriteLine("Example: " + a.Examples[0]);
        }

        stderr.WriteLine($"Run '{name} --help' for what each option means.");
    }

    private static IEnumerable<Option> AllOptions(Command command, RootCommand root)
        => ReferenceEquals(command, root) ? root.Options : command.Options.Concat(root.Options.Where(o => o.Recursive));

    private static string Title(Command command, RootCommand root) => ReferenceEquals(command, root) ? "analytics" : command.Name;

    private static string CommandNames(RootCommand root) => string.Join(", ", root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));

    private static bool Verbose(ParseResult parsed)
        => parsed.RootCommandResult.Command.Options.FirstOrDefault(o => o.Name == "--verbose") is Option<bool> v && parsed.GetValue(v);

    /// <summary>
    /// A file that cannot be written (or read), in the user's words with the fix: a folder named where a file is
    /// written, a file named where a folder is, a full disk; otherwise the system's message and what to check.
    /// </summary>
    internal static string OutputProblem(Exception e)
    {
        var message = OneLine(e.Message);
        var quoted = System.Text.RegularExpressions.Regex.Match(message, "'([^']+)'");
        var path = quoted.Success ? quoted.Groups[1].Value : null;
        if (path is not null && Directory.Exists(path))
        {
            return $"{path} is a folder, and a file is written there. Fix: name a file in it, e.g. {Path.Combine(path, "out.csv")}.";
        }

        if (path is not null && File.Exists(path) && message.Contains("already exists", StringComparison.Ordinal))
        {
            return $"{path} is a file, and a folder is needed there. Fix: name a folder (it is created if missing), or remove the file.";
        }

        if (e.HResult == 28 || (e.HResult & 0xFFFF) == 0x70 || message.Contains("No space left", StringComparison.Ordinal))
        {
            return $"the disk is full{(path is null ? string.Empty : " writing " + path)}. Fix: free some space, or write to another disk.";
        }

        return $"{message} Fix: check that the path exists and that you may read or write it (a file open in Excel is locked).";
    }

    /// <summary>Returns <paramref name="text"/> on one line.</summary>
    /// <param name="text">A message.</param>
    /// <returns>Its lines joined by spaces.</returns>
    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Suggest(string given, IEnumerable<string> known)
    {
        var best = known.Select(k => (Name: k, Distance: Distance(given.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(2, k.Name.Length / 3))
            .OrderBy(k => k.Distance)
            .FirstOrDefault();
        return best.Name is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (did you mean {best.Name}?)");
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var previous = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return d[b.Length];
    }
}
