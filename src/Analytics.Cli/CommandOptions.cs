using System.Globalization;
using Analytics.Io;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Cli;

/// <summary>The options of a command, parsed strictly: an unknown option is an error that names the known ones.</summary>
public sealed class CommandOptions
{
    private static readonly string[] ValueOptions = ["--input", "--culture", "--output", "--lang", "--period", "--style", "--out", "--horizon", "--method", "--level", "--through", "--plan", "--release"];
    private static readonly string[] Flags = ["--as-published", "--detail", "--gso"];
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly List<string> positionals = [];

    /// <summary>Gets the arguments that are not options (the files of <c>import --gso FILE...</c>).</summary>
    public IReadOnlyList<string> Files => positionals;

    /// <summary>Gets the input file, or null.</summary>
    public string? Input => values.GetValueOrDefault("--input");

    /// <summary>Gets the output file, or null for standard output.</summary>
    public string? Output => values.GetValueOrDefault("--output");

    /// <summary>Gets the language of text output, vi (default) or en.</summary>
    public string Language
    {
        get
        {
            var l = values.GetValueOrDefault("--lang", "vi");
            return l is "vi" or "en" ? l : throw new UsageException($"--lang '{l}' is not a language of the reports; use vi or en.");
        }
    }

    /// <summary>Gets the month to report on, or null for the latest in the data.</summary>
    public Period? Period => Month("--period");

    /// <summary>Gets the release month given by --release, or null.</summary>
    public Period? Release => Month("--release");

    /// <summary>Gets the output folder (--out), default "out".</summary>
    public string OutDirectory => values.GetValueOrDefault("--out", "out");

    /// <summary>Gets the narrative style: the --style file if given, else the default of --lang.</summary>
    public Analytics.Narrative.NarrativeStyle Style
    {
        get
        {
            var file = values.GetValueOrDefault("--style");
            Analytics.Narrative.NarrativeStyle style;
            try
            {
                style = file is null ? Analytics.Narrative.NarrativeStyle.Vietnamese : Analytics.Narrative.NarrativeStyle.Load(file);
            }
            catch (Exception e) when (e is FormatException or IOException or ArgumentException)
            {
                throw new UsageException($"--style {file}: {e.Message}");
            }

            return values.ContainsKey("--lang") || file is null ? style with { Language = Language } : style;
        }
    }

    /// <summary>Gets the forecasting method (--method, default auto).</summary>
    public Analytics.Forecasting.IForecaster Method
    {
        get
        {
            try
            {
                return Analytics.Forecasting.Forecasters.ByName(values.GetValueOrDefault("--method", "auto"));
            }
            catch (ArgumentException e)
            {
                throw new UsageException("--method: " + e.Message);
            }
        }
    }

    /// <summary>Gets the interval levels (--level, default 80,95).</summary>
    public IReadOnlyList<int> Levels
    {
        get
        {
            var text = values.GetValueOrDefault("--level", "80,95");
            var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var levels = new List<int>();
            foreach (var p in parts)
            {
                if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var l) || l <= 0 || l >= 100)
                {
                    throw new UsageException($"--level '{text}': give whole percentages between 1 and 99 separated by commas, e.g. --level 80,95.");
                }

                levels.Add(l);
            }

            return levels;
        }
    }

    /// <summary>Gets the forecast horizon in months (--horizon, required by forecast).</summary>
    public int Horizon
    {
        get
        {
            var text = values.GetValueOrDefault("--horizon") ?? throw new UsageException("--horizon H is required, e.g. --horizon 3 for the rest of a quarter.");
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 1 and <= 120
                ? h
                : throw new UsageException($"--horizon '{text}': give a number of months from 1 to 120.");
        }
    }

    /// <summary>Gets the last known month (--through, required by yearend).</summary>
    public Period Through
    {
        get
        {
            var text = values.GetValueOrDefault("--through") ?? throw new UsageException("--through MONTH is required, e.g. --through 2023-09.");
            return Analytics.Periods.Period.TryParse(text, out var p, out var error) && p.Kind == PeriodKind.Month
                ? p
                : throw new UsageException($"--through '{text}': {(error.Length > 0 ? error : "give a month")}, e.g. --through 2023-09.");
        }
    }

    /// <summary>Gets the plan file (--plan), or null.</summary>
    public string? PlanFile => values.GetValueOrDefault("--plan");

    /// <summary>Gets a value indicating whether --detail was given.</summary>
    public bool Detail => flags.Contains("--detail");

    /// <summary>Gets a value indicating whether --as-published was given.</summary>
    public bool AsPublished => flags.Contains("--as-published");

    /// <summary>Gets the culture of the input's numbers (invariant unless --culture says otherwise).</summary>
    public CultureInfo Culture
    {
        get
        {
            var name = values.GetValueOrDefault("--culture");
            if (name is null || name.Equals("invariant", StringComparison.OrdinalIgnoreCase))
            {
                return CultureInfo.InvariantCulture;
            }

            if (name.Equals("auto", StringComparison.OrdinalIgnoreCase))
            {
                var input = Input ?? throw new UsageException("--culture auto needs --input FILE.");
                if (input.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    return CultureInfo.InvariantCulture;
                }

                var (detected, reason) = CultureDetection.Detect(File.Exists(input) ? File.ReadAllText(input) : string.Empty);
                return detected ?? throw new UsageException($"--culture auto: {input}: {reason}. Say which with --culture vi-VN or --culture invariant.");
            }

            try
            {
                var c = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
                return c;
            }
            catch (CultureNotFoundException)
            {
                throw new UsageException($"--culture '{name}' is not a culture; use invariant, vi-VN, en-US or auto.");
            }
        }
    }

    /// <summary>Returns whether an option was given.</summary>
    /// <param name="name">The option, e.g. "--style".</param>
    /// <returns><see langword="true"/> when given.</returns>
    public bool Has(string name) => values.ContainsKey(name) || flags.Contains(name);

    /// <summary>Returns a copy with an option set.</summary>
    /// <param name="name">The option.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The copy.</returns>
    public CommandOptions With(string name, string value)
    {
        var copy = new CommandOptions();
        foreach (var kv in values)
        {
            copy.values[kv.Key] = kv.Value;
        }

        copy.flags.UnionWith(flags);
        copy.values[name] = value;
        return copy;
    }

    /// <summary>Parses the options that follow the command name.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="UsageException">An option is unknown or lacks its value.</exception>
    public static CommandOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var o = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            var eq = a.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? a[..eq] : a;
            if (Flags.Contains(name))
            {
                o.flags.Add(name);
            }
            else if (ValueOptions.Contains(name))
            {
                var v = eq > 0 ? a[(eq + 1)..] : i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value, e.g. {name} {Example(name)}.");
                o.values[name] = v;
            }
            else if (!a.StartsWith('-') && a.Length > 0)
            {
                o.positionals.Add(a);
            }
            else
            {
                throw new UsageException($"unknown option '{a}'. Known options: {string.Join(", ", ValueOptions.Concat(Flags))}.");
            }
        }

        return o;
    }

    /// <summary>Reads the input file named by --input, printing warnings; throws when it is unusable.</summary>
    /// <param name="stderr">Where warnings go.</param>
    /// <returns>The store of observations.</returns>
    /// <exception cref="UsageException">--input is missing, or the file has errors (printed first).</exception>
    public ObservationStore ReadInput(TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var input = Input ?? throw new UsageException("--input FILE is required, e.g. --input data/thai-binh/2023-09.csv.");
        var result = input.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? InterchangeWorkbook.Read(input)
            : InterchangeFormat.Read(input, new InterchangeOptions { Culture = Culture });
        foreach (var p in result.Problems)
        {
            stderr.WriteLine(p);
        }

        if (result.HasErrors)
        {
            var n = result.Problems.Count(p => p.Severity == ProblemSeverity.Error);
            throw new UsageException($"{input} cannot be used: {n} error(s) above. Nothing was computed.");
        }

        return new ObservationStore(result.Observations);
    }

    /// <summary>Opens the output: the --output file, or standard output.</summary>
    /// <param name="stdout">Standard output.</param>
    /// <returns>A writer the caller disposes (disposing standard output's wrapper leaves it open).</returns>
    public TextWriter OpenOutput(TextWriter stdout)
    {
        if (Output is null)
        {
            return new NonClosingWriter(stdout);
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(Output));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        return new StreamWriter(Output, false, new System.Text.UTF8Encoding(false), 1 << 20);
    }

    private Period? Month(string option)
    {
        var text = values.GetValueOrDefault(option);
        if (text is null)
        {
            return null;
        }

        return Analytics.Periods.Period.TryParse(text, out var p, out var error) && p.Kind == PeriodKind.Month
            ? p
            : throw new UsageException($"{option} '{text}': {(error.Length > 0 ? error : "give a month")}, e.g. {option} 2023-09.");
    }

    private static string Example(string name) => name switch
    {
        "--input" => "data/thai-binh/2023-09.csv",
        "--culture" => "vi-VN",
        "--lang" => "en",
        "--period" => "2023-09",
        "--style" => "data/thai-binh/style.json",
        "--out" => "out",
        "--horizon" => "3",
        "--method" => "ets",
        "--level" => "80,95",
        "--through" => "2023-09",
        "--plan" => "plan.csv",
        "--release" => "2023-09",
        _ => "out/growth.csv",
    };

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
