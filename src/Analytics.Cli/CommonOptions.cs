using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Analytics.Io;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary>
/// The options several commands share, each typed and checked while parsing: a bad value is a usage error that quotes
/// it and gives an example. Every command makes its own instances.
/// </summary>
internal static class CommonOptions
{
    /// <summary>Makes <c>--input FILE</c>.</summary>
    /// <param name="description">What the file holds, for the help.</param>
    /// <returns>The option.</returns>
    internal static Option<string> Input(string description) => Path(new Option<string>("--input") { HelpName = "FILE", Description = description });

    /// <summary>Adds to a file or folder option the check that its value is not empty.</summary>
    /// <param name="option">The option.</param>
    /// <returns>The option.</returns>
    internal static Option<string> Path(Option<string> option)
    {
        option.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
            {
                r.AddError($"{option.Name} needs a {(option.HelpName == "DIR" ? "folder" : "file")} name; it was given an empty one.");
            }
        });
        return option;
    }

    /// <summary>Makes <c>--culture C</c>: invariant (default), a culture name, or auto.</summary>
    /// <returns>The option.</returns>
    internal static Option<CultureChoice> Culture() => new("--culture")
    {
        HelpName = "C",
        Description = "The culture the file's numbers are written in: invariant (72007, 12.6), vi-VN (72.007, 12,6), en-US, or auto "
                      + "(detected from the file when its numbers settle it, else an error that says why).",
        DefaultValueFactory = _ => CultureChoice.Invariant,
        CustomParser = r =>
        {
            var text = Last(r);
            if (CultureChoice.TryParse(text, out var choice))
            {
                return choice;
            }

            r.AddError($"--culture '{text}' is not a culture; use invariant, vi-VN, en-US or auto.");
            return CultureChoice.Invariant;
        },
    };

    /// <summary>Makes <c>--encoding E</c>: utf-8 (default) or windows-1258, the encoding of a CSV input.</summary>
    /// <returns>The option.</returns>
    internal static Option<TextEncoding> Encoding() => new("--encoding")
    {
        HelpName = "E",
        // No default value factory: an option not given is TextEncoding.Utf8 (0), and the help says so once, as "utf-8".
        Description = "The encoding of a CSV input: utf-8 or windows-1258 (older Vietnamese offices' files; default: utf-8). A TCVN3 file "
                      + "(.VnTime fonts) must be converted to Unicode first (e.g. with UniKey's converter).",
        CustomParser = r =>
        {
            var text = Last(r);
            switch (text.Trim().ToLowerInvariant())
            {
                case "utf-8" or "utf8":
                    return TextEncoding.Utf8;
                case "windows-1258" or "cp1258" or "1258":
                    return TextEncoding.Windows1258;
                case "tcvn3" or "tcvn" or "abc" or "vntime":
                    r.AddError($"--encoding '{text}': TCVN3 is a font's encoding that no program reads as text; convert the file to Unicode first (UniKey: Công cụ chuyển mã, TCVN3 (ABC) to Unicode), save it as CSV UTF-8, and read it without --encoding.");
                    return TextEncoding.Utf8;
                default:
                    r.AddError($"--encoding '{text}' is not an encoding this reads; use utf-8 (default) or windows-1258.");
                    return TextEncoding.Utf8;
            }
        },
    };

    /// <summary>Makes <c>--output FILE</c>.</summary>
    /// <param name="what">What is written, for the help.</param>
    /// <returns>The option.</returns>
    internal static Option<string> Output(string what) => Path(new Option<string>("--output")
    {
        HelpName = "FILE",
        Description = $"Where to write {what} (default: standard output).",
    });

    /// <summary>Makes <c>--warnings-file FILE</c>.</summary>
    /// <returns>The option.</returns>
    internal static Option<string> WarningsFile() => Path(new Option<string>("--warnings-file")
    {
        HelpName = "FILE",
        Description = "Write every problem found in the input, with its file, sheet, row and column, to FILE (a .csv name gives a CSV "
                      + "table); standard error still shows at most 20 of each kind and counts the rest.",
    });

    /// <summary>Makes <c>--lang vi|en</c>.</summary>
    /// <returns>The option.</returns>
    internal static Option<string> Language() => new("--lang")
    {
        HelpName = "vi|en",
        Description = "The language of the text: vi or en.",
        DefaultValueFactory = _ => "vi",
        CustomParser = r =>
        {
            var text = Last(r);
            if (text is "vi" or "en")
            {
                return text;
            }

            r.AddError($"--lang '{text}' is not a language of the reports; use vi or en.");
            return "vi";
        },
    };

    /// <summary>Makes an option whose value is a month, e.g. <c>--period 2023-09</c>.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">What the month is, for the help.</param>
    /// <returns>The option; its value is null when not given.</returns>
    internal static Option<Period?> Month(string name, string description) => new(name)
    {
        HelpName = "MONTH",
        Description = description,
        CustomParser = r =>
        {
            var text = Last(r);
            if (Period.TryParse(text, out var p, out var error) && p.Kind == PeriodKind.Month)
            {
                return p;
            }

            r.AddError(error.Length > 0
                ? $"{name} '{text}': {error}, e.g. {name} 2023-09."
                : $"{name} '{text}' is a {p.Kind.ToString().ToLowerInvariant()}; give a month, e.g. {name} {Period.Month(p.Year, p.LastMonth)}.");
            return null;
        },
    };

    /// <summary>
    /// Makes the option of the period a report covers: a month (<c>2024-09</c>), a quarter (<c>2025-Q1</c>), the first
    /// half-year (<c>2024-H1</c>, "6 tháng đầu năm"), a year (<c>2024</c>) or the first months of a year
    /// (<c>2024-01..2024-09</c>).
    /// </summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">What the period is, for the help.</param>
    /// <returns>The option; its value is null when not given.</returns>
    internal static Option<Period?> ReportPeriod(string name, string description) => new(name)
    {
        HelpName = "PERIOD",
        Description = description,
        CustomParser = r =>
        {
            var text = Last(r);
            if (Period.TryParse(text, out var p, out var error))
            {
                return p;
            }

            r.AddError($"{name} '{text}': {error}, e.g. {name} 2024-09, {name} 2025-Q1, {name} 2024-H1 or {name} 2024.");
            return null;
        },
    };

    /// <summary>Makes <c>--style FILE</c>.</summary>
    /// <returns>The option.</returns>
    internal static Option<string> Style() => Path(new Option<string>("--style")
    {
        HelpName = "FILE",
        Description = "A JSON narrative style: the wording of the report (see README).",
    });

    /// <summary>Makes <c>--method M</c>, the forecasting method.</summary>
    /// <returns>The option.</returns>
    internal static Option<string> Method()
    {
        var option = new Option<string>("--method")
        {
            HelpName = "M",
            Description = $"The forecasting method: {string.Join(", ", Forecasting.Forecasters.Names)}; any of them +tet adjusts for the Lunar New Year.",
            DefaultValueFactory = _ => "auto",
        };
        option.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>() ?? string.Empty;
            try
            {
                Forecasting.Forecasters.ByName(text);
            }
            catch (ArgumentException e)
            {
                r.AddError("--method: " + e.Message);
            }
        });
        return option;
    }

    /// <summary>Makes <c>--verbose</c>, which applies to every command.</summary>
    /// <returns>The option.</returns>
    internal static Option<bool> Verbose() => new("--verbose")
    {
        Description = "On an unexpected failure, print the stack trace too (for a bug report).",
        Recursive = true,
    };

    /// <summary>Makes a whole number option checked against a range.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="helpName">Its value's name in the help.</param>
    /// <param name="description">The help line.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <param name="unit">What the number counts, for the error.</param>
    /// <returns>The option; 0 when not given.</returns>
    internal static Option<int> Whole(string name, string helpName, string description, int min, int max, string unit) => new(name)
    {
        HelpName = helpName,
        Description = description,
        CustomParser = r =>
        {
            var text = Last(r);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            {
                return v;
            }

            r.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} '{text}': give a number of {unit} from {min} to {max}."));
            return 0;
        },
    };

    /// <summary>Adds a check that <paramref name="option"/> is given, with an example in the error.</summary>
    /// <param name="command">The command.</param>
    /// <param name="option">The required option.</param>
    /// <param name="example">An example of it, e.g. "--input data/thai-binh/2023-09.csv".</param>
    internal static void Require(Command command, Option option, string example)
    {
        option.Description = "Required. " + option.Description;
        command.Validators.Add(r =>
        {
            if (r.GetResult(option) is null)
            {
                r.AddError($"{option.Name} {option.HelpName} is required, e.g. {example}.");
            }
        });
    }

    private static string Last(ArgumentResult r) => r.Tokens.Count == 0 ? string.Empty : r.Tokens[^1].Value;
}
