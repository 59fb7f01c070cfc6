using Analytics.Io;
using Analytics.Series;

namespace Analytics.Cli;

/// <summary>Reads the series of a forecasting command and runs work over them on every core, with a progress bar on a terminal.</summary>
internal static class SeriesWork
{
    internal static IReadOnlyList<NamedSeries> Read(CommandOptions options, TextWriter stderr)
    {
        var input = options.Input ?? throw new UsageException("--input FILE is required, e.g. --input data/gso/gso_vn_monthly.csv.");
        var (series, problems) = SeriesInput.Read(input, options.Culture);
        foreach (var p in problems)
        {
            stderr.WriteLine(p);
        }

        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw new UsageException($"{input} cannot be used: {problems.Count(p => p.Severity == ProblemSeverity.Error)} error(s) above. Nothing was forecast.");
        }

        return series.Count > 0 ? series : throw new UsageException($"{input} holds no monthly series to forecast.");
    }

    /// <summary>Runs <paramref name="work"/> on each series in parallel; a failure is reported for its series and the rest go on.</summary>
    internal static (T?[] Results, int Failures) Run<T>(IReadOnlyList<NamedSeries> series, Func<NamedSeries, T> work, TextWriter stderr)
        where T : class
    {
        var results = new T?[series.Count];
        var errors = new string?[series.Count];
        var done = 0;
        var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && series.Count > 1;
        var gate = new object();
        Parallel.For(0, series.Count, i =>
        {
            try
            {
                results[i] = work(series[i]);
            }
            catch (Exception e) when (e is Analytics.Forecasting.ForecastException or ArgumentException or InvalidOperationException)
            {
                errors[i] = $"{series[i].Id}: {e.Message}";
            }

            var n = Interlocked.Increment(ref done);
            if (terminal && (n % Math.Max(1, series.Count / 100) == 0 || n == series.Count))
            {
                lock (gate)
                {
                    var width = 30;
                    var filled = width * n / series.Count;
                    stderr.Write($"\r[{new string('#', filled)}{new string(' ', width - filled)}] {n}/{series.Count} series");
                    if (n == series.Count)
                    {
                        stderr.WriteLine();
                    }
                }
            }
        });
        foreach (var e in errors.Where(e => e is not null))
        {
            stderr.WriteLine("analytics: " + e);
        }

        return (results, errors.Count(e => e is not null));
    }
}
