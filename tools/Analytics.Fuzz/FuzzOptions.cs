using System.Globalization;

namespace Analytics.Fuzz;

/// <summary>The fuzzer's options.</summary>
internal sealed class FuzzOptions
{
    /// <summary>How many times the timeout a run may take by the wall clock before it is a timeout whatever its CPU time.</summary>
    internal const int BackstopFactor = 10;

    /// <summary>The usage.</summary>
    internal const string Usage =
        "usage: Analytics.Fuzz [--mutants N (2000)] [--first I (0)] [--seed S (17)] [--out DIR (fuzz-out)] [--max-seconds T (none)] "
        + "[--timeout T (10)] [--workers N (cores)] [--data DIR (the repository's data/)]\n"
        + "  --first I   the index of the first mutant: mutant i is the same in every run of one seed, so a big run can be\n"
        + "              done in parts (--first 0 --mutants 50000, then --first 50000 --mutants 50000) whose counts add up;\n"
        + "              the summary names the range.\n"
        + "  --timeout T a run using more than T seconds of CPU time (of the thread running it, read from\n"
        + "              /proc/self/task/TID/stat on Linux) is a timeout, so a loaded machine or a paused fuzzer (SIGSTOP)\n"
        + "              does not make slow runs timeouts; a run not ended after 10×T seconds of wall-clock time (pauses of\n"
        + "              the whole process left out) is a timeout too (a deadlock, or work on other threads). Where there\n"
        + "              is no /proc (not Linux) T is wall-clock time.";

    /// <summary>How many mutants to make.</summary>
    internal int Mutants { get; private set; } = 2000;

    /// <summary>The index of the first mutant: the run makes mutants First to First + Mutants − 1.</summary>
    internal int First { get; private set; }

    /// <summary>The seed of the mutations: the same seed makes the same mutants.</summary>
    internal int Seed { get; private set; } = 17;

    /// <summary>Where the crashing mutants and the summary go.</summary>
    internal string Out { get; private set; } = "fuzz-out";

    /// <summary>Stop making mutants after this many seconds (0: no limit).</summary>
    internal double MaxSeconds { get; private set; }

    /// <summary>A run using more CPU time than this (wall-clock time where the thread's CPU time cannot be read) is a timeout.</summary>
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
                case "--first": o.First = Whole(args[i], value); break;
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

        if ((long)o.First + o.Mutants > int.MaxValue)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"--first {o.First} with --mutants {o.Mutants} goes past the last mutant index, {int.MaxValue}."));
        }

        return o;
    }

    private static int Whole(string option, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"{option} takes a whole number, not '{value}'.");
}
