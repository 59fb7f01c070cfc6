using System.Diagnostics;
using System.Globalization;
using Analytics.Cli;

namespace Analytics.Fuzz;

/// <summary>The class of one run of one command on one mutant.</summary>
internal enum Outcome
{
    /// <summary>Exit 0 or 1 with no warning.</summary>
    Ok,

    /// <summary>Exit 0 or 1 with a warning.</summary>
    Warning,

    /// <summary>Exit 2 with a message.</summary>
    CleanError,

    /// <summary>Exit 3, exit 2 without a message, any other code, or an exception escaping <c>CliApp.Run</c>.</summary>
    Crash,

    /// <summary>The run used more CPU time than the timeout, or did not end within the wall-clock backstop.</summary>
    Timeout,

    /// <summary>The process's working set went over the limit during the run.</summary>
    OverMemory,
}

/// <summary>Runs the mutants and prints the summary.</summary>
/// <param name="options">The options.</param>
/// <param name="console">Where the summary goes.</param>
internal sealed class Fuzzer(FuzzOptions options, TextWriter console)
{
    private static readonly Outcome[] Classes = Enum.GetValues<Outcome>();
    private readonly Dictionary<(string Command, Outcome Outcome), int> counts = [];
    private readonly Dictionary<string, double> seconds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, string File)> failures = new(StringComparer.Ordinal);
    private long peak;

    /// <summary>Runs every mutant.</summary>
    /// <returns>0 when nothing crashed, hung or went over memory; 1 otherwise.</returns>
    internal int Run()
    {
        var clock = Stopwatch.StartNew();
        var data = options.Data ?? FindData();
        var scratch = Directory.CreateTempSubdirectory("analytics-fuzz-").FullName;
        var failed = Path.Combine(options.Out, "failures");
        Directory.CreateDirectory(failed);
        var seeds = Seeds.Load(data, scratch);
        var made = 0;
        var gate = new object();
        Parallel.For(options.First, options.First + options.Mutants, new ParallelOptions { MaxDegreeOfParallelism = options.Workers }, (index, state) =>
        {
            if (options.MaxSeconds > 0 && clock.Elapsed.TotalSeconds > options.MaxSeconds)
            {
                state.Stop();
                return;
            }

            var seed = seeds[index % seeds.Count];
            var random = new Random(unchecked((options.Seed * 1_000_003) + index));
            var (bytes, what) = Mutator.Mutate(seed, random);
            var folder = Path.Combine(scratch, index.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var input = Path.Combine(folder, seed.Name + seed.Extension);
            File.WriteAllBytes(input, bytes);
            foreach (var (command, args) in seed.Commands(input, folder))
            {
                var watch = Stopwatch.StartNew();
                var (outcome, line) = RunOne(args);
                lock (gate)
                {
                    seconds[command] = seconds.GetValueOrDefault(command) + watch.Elapsed.TotalSeconds;
                    counts[(command, outcome)] = counts.GetValueOrDefault((command, outcome)) + 1;
                    if (outcome is Outcome.Crash or Outcome.Timeout or Outcome.OverMemory)
                    {
                        Keep(failed, seed, index, command, outcome, line.Replace(input, seed.Name + seed.Extension, StringComparison.Ordinal), what, bytes);
                    }
                }
            }

            lock (gate)
            {
                made++;
            }

            TryDelete(folder);
        });

        TryDelete(scratch);
        var bad = counts.Where(c => c.Key.Outcome is Outcome.Crash or Outcome.Timeout or Outcome.OverMemory).Sum(c => c.Value);
        Print(made, clock.Elapsed, Path.Combine(options.Out, "summary.txt"));
        return bad == 0 ? 0 : 1;
    }

    private (Outcome Outcome, string Line) RunOne(string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int? code = null;
        Exception? escaped = null;
        ThreadClock? cpu = null;
        using var ready = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            cpu = ThreadClock.OfCurrentThread();
            ready.Set();
            try
            {
                code = CliApp.Run(args, stdout, stderr);
            }
#pragma warning disable CA1031 // An exception escaping CliApp.Run is exactly what the fuzzer looks for: it is recorded as a crash.
            catch (Exception e)
#pragma warning restore CA1031
            {
                escaped = e;
            }
        }, 64 << 20) { IsBackground = true };
        var overMemory = false;
        worker.Start();
        ready.Wait();
        var c = CultureInfo.InvariantCulture;
        var wall = TimeSpan.Zero;
        var last = Stopwatch.GetTimestamp();
        while (!worker.Join(20))
        {
            var used = Math.Max(Environment.WorkingSet, GC.GetTotalMemory(false));
            peak = Math.Max(peak, used);
            overMemory |= used > options.MemoryLimit;

            // The wall clock of the backstop leaves out a gap far longer than the 20 ms poll: the whole process was
            // paused (SIGSTOP, a suspended machine), and the run with it.
            var now = Stopwatch.GetTimestamp();
            wall += TimeSpan.FromTicks(Math.Min(Stopwatch.GetElapsedTime(last, now).Ticks, TimeSpan.TicksPerSecond));
            last = now;

            // A hung thread cannot be stopped; it is a background thread, left behind when the fuzzer exits.
            if (cpu is null ? wall.TotalSeconds > options.TimeoutSeconds : cpu.Seconds() > options.TimeoutSeconds)
            {
                return (Outcome.Timeout, cpu is null ? string.Create(c, $"no end within {options.TimeoutSeconds} s") : string.Create(c, $"more than {options.TimeoutSeconds} s of CPU time"));
            }

            if (wall.TotalSeconds > options.TimeoutSeconds * FuzzOptions.BackstopFactor)
            {
                return (Outcome.Timeout, string.Create(c, $"no end within {options.TimeoutSeconds * FuzzOptions.BackstopFactor} s of wall-clock time (blocked or waiting, {cpu?.Seconds():F1} s of CPU time)"));
            }
        }

        peak = Math.Max(peak, Environment.WorkingSet);
        var err = stderr.ToString();
        if (overMemory)
        {
            return (Outcome.OverMemory, "working set over the limit");
        }

        if (escaped is not null)
        {
            return (Outcome.Crash, $"escaped {escaped.GetType().Name}: {FirstLine(escaped.Message)}");
        }

        return code switch
        {
            0 or 1 => (err.Contains("warning", StringComparison.OrdinalIgnoreCase) ? Outcome.Warning : Outcome.Ok, string.Empty),
            2 when err.Trim().Length > 0 => (Outcome.CleanError, string.Empty),
            2 => (Outcome.Crash, "exit 2 without a message"),
            _ => (Outcome.Crash, FirstLine(err.Split('\n').FirstOrDefault(l => l.Contains("unexpected failure", StringComparison.Ordinal)) ?? err)),
        };
    }

    private void Keep(string failed, Seed seed, int index, string command, Outcome outcome, string line, string what, byte[] bytes)
    {
        // One saved file per distinct failure: the exception's type and message, numbers and quoted text taken out.
        var message = System.Text.RegularExpressions.Regex.Replace(line, @"^analytics \S+: unexpected failure on \S+ | This is a bug in analytics.*$", string.Empty);
        var key = outcome + " " + System.Text.RegularExpressions.Regex.Replace(message, @"'[^']*'|\d+", "#");
        if (failures.TryGetValue(key, out var known))
        {
            failures[key] = (known.Count + 1, known.File);
            return;
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{seed.Name}-{index:D6}-{command}{seed.Extension}");
        File.WriteAllBytes(Path.Combine(failed, name), bytes);
        File.AppendAllText(Path.Combine(failed, "failures.txt"), $"{name}\t{outcome}\t{message}\t{(what.Length > 200 ? what[..200] : what)}\n");
        failures[key] = (1, name);
    }

    private void Print(int made, TimeSpan elapsed, string summary)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>();
        var commands = counts.Keys.Select(k => k.Command).Distinct().Order(StringComparer.Ordinal).ToList();
        lines.Add("command   " + string.Concat(Classes.Select(o => $"{o,12}")) + "   seconds");
        foreach (var command in commands)
        {
            lines.Add($"{command,-10}" + string.Concat(Classes.Select(o => string.Create(c, $"{counts.GetValueOrDefault((command, o)),12}")))
                      + string.Create(c, $"{seconds.GetValueOrDefault(command),10:F1}"));
        }

        foreach (var (key, (count, file)) in failures)
        {
            lines.Add(string.Create(c, $"failure x{count}: {file}: {key}"));
        }

        var total = Classes.Select(o => (o, n: counts.Where(k => k.Key.Outcome == o).Sum(k => k.Value))).ToList();
        // The range names the mutants, so that the summaries of a run done in parts (--first) can be added up.
        var range = string.Create(c, $"mutants {options.First:N0}–{options.First + options.Mutants - 1:N0}");
        range += made == options.Mutants ? string.Empty : string.Create(c, $" ({made:N0} made before --max-seconds)");
        lines.Add(string.Create(c, $"fuzz: {range} (seed {options.Seed}, {options.Workers} workers), {total.Sum(t => t.n)} runs in {elapsed.TotalSeconds:F0} s, peak working set {peak >> 20} MB: ")
                  + string.Join(", ", total.Select(t => string.Create(c, $"{Name(t.o)} {t.n}")))
                  + (failures.Count > 0 ? $"; failing mutants in {Path.Combine(options.Out, "failures")}" : string.Empty));
        foreach (var l in lines)
        {
            console.WriteLine(l);
        }

        File.WriteAllLines(summary, lines);
    }

    private static string Name(Outcome o) => o switch
    {
        Outcome.CleanError => "clean error",
        Outcome.OverMemory => "over-memory",
        _ => o.ToString().ToLowerInvariant(),
    };

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? string.Empty;

    private static string FindData()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Analytics.sln")))
            {
                return Path.Combine(d.FullName, "data");
            }
        }

        throw new DirectoryNotFoundException("the repository's data/ folder was not found above the fuzzer; give it with --data DIR.");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A hung run may still hold its files; the temporary folder is left behind.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
