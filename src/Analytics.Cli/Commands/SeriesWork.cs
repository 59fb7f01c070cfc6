using Analytics.Io;
using Analytics.Series;

namespace Analytics.Cli;

/// <summary>Reads the series of a forecasting command and runs work over them on every core, with a progress bar on a terminal.</summary>
internal static class SeriesWork
{
    /// <summary>Reads the series of <paramref name="input"/>; every problem goes to <paramref name="stderr"/> first.</summary>
    /// <param name="input">The file: interchange, or series_id,period,value.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <returns>The series.</returns>
    /// <exception cref="UsageException">The file has errors, or no monthly series.</exception>
    internal static IReadOnlyList<NamedSeries> Read(string input, CultureChoice culture, TextWriter stderr) => Read(input, culture, TextEncoding.Utf8, stderr);

    /// <summary>Reads the series of <paramref name="input"/>, its CSV text in <paramref name="encoding"/>; every problem goes to <paramref name="stderr"/> first.</summary>
    /// <param name="input">The file: interchange, or series_id,period,value.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <param name="encoding">The encoding of its CSV text (<c>--encoding</c>).</param>
    /// <param name="stderr">Where problems go.</param>
    /// <returns>The series.</returns>
    /// <exception cref="UsageException">The file has errors, or no monthly series.</exception>
    internal static IReadOnlyList<NamedSeries> Read(string input, CultureChoice culture, TextEncoding encoding, TextWriter stderr)
    {
        var (series, problems) = SeriesInput.Read(input, culture.Resolve(input), encoding);
        InputFile.Print(problems, input, stderr);
        return series.Count > 0 ? series : throw new UsageException($"{input} holds no monthly series to forecast.");
    }

    /// <summary>Runs <paramref name="work"/> on each series in parallel; a failure is reported for its series and the rest go on.</summary>
    /// <typeparam name="T">The result of one series.</typeparam>
    /// <param name="series">The series.</param>
    /// <param name="work">The work on one series.</param>
    /// <param name="stderr">Where failures and the progress bar go.</param>
    /// <returns>The results (null where the work failed) and the number of failures.</returns>
    internal static (T?[] Results, int Failures) Run<T>(IReadOnlyList<NamedSeries> series, Func<NamedSeries, T> work, TextWriter stderr)
        where T : class
    {
        var results = new T?[series.Count];
        var errors = new string?[series.Count];
        var done = 0;
        var terminal = ReferenceEquals(stderr is ProblemLog log ? log.Inner : stderr, Console.Error) && !Console.IsErrorRedirected && series.Count > 1;
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
