using System.Globalization;

namespace Analytics.Fuzz;

/// <summary>The fuzzer's options.</summary>
internal sealed class FuzzOptions
{
    /// <summary>The usage line.</summary>
    internal const string Usage = "usage: Analytics.Fuzz [--mutants N (2000)] [--seed S (17)] [--out DIR (fuzz-out)] [--max-seconds T (none)] "
                                  + "[--timeout T (10)] [--workers N (cores)] [--data DIR (the repository's data/)]";

    /// <summary>How many mutants to make.</summary>
    internal int Mutants { get; private set; } = 2000;

    /// <summary>The seed of the mutations: the same seed makes the same mutants.</summary>
    internal int Seed { get; private set; } = 17;

    /// <summary>Where the crashing mutants and the summary go.</summary>
    internal string Out { get; private set; } = "fuzz-out";

    /// <summary>Stop making mutants after this many seconds (0: no limit).</summary>
    internal double MaxSeconds { get; private set; }

    /// <summary>A run taking longer than this is a timeout.</summary>
    internal double TimeoutSeconds { get; private set; } = 10;

    /// <summary>The working set above which a run is over-memory, in bytes.</summary>
    internal long MemoryLimit { get; private set; } = 2L << 30;

    /// <summary>How many mutants run at once (default: one per core).</summary>
    internal int Workers { get; private set; } = Environment.ProcessorCount;

    /// <summary>The repository's data folder.</summary>
    internal string? Data { get; private set; }

    /// <summary>Parses the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="FormatException">An unknown option or a bad value.</exception>
    internal static FuzzOptions Parse(string[] args)
    {
        var o = new FuzzOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--mutants": o.Mutants = Whole(args[i], value); break;
                case "--seed": o.Seed = Whole(args[i], value); break;
                case "--out": o.Out = value; break;
                case "--max-seconds": o.MaxSeconds = Whole(args[i], value); break;
                case "--timeout": o.TimeoutSeconds = Whole(args[i], value); break;
                case "--data": o.Data = value; break;
                case "--workers": o.Workers = Math.Max(1, Whole(args[i], value)); break;
                default: throw new FormatException($"'{args[i]}' is not an option.");
            }

            i++;
        }

        return o;
    }

    private static int Whole(string option, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"{option} takes a whole number, not '{value}'.");
}
