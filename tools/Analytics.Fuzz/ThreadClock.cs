using System.Globalization;

namespace Analytics.Fuzz;

/// <summary>
/// The CPU time of one thread, read from Linux's /proc: the thread finds its own id in /proc/thread-self/stat, and
/// the watchdog reads /proc/self/task/TID/stat (utime + stime) while the thread runs. A run's timeout counts this time
/// rather than the wall clock, so that a machine busy with other work, or a fuzzer paused with SIGSTOP, does not make
/// slow runs look hung. Elsewhere (not Linux, or /proc unreadable) there is no thread clock and the fuzzer times runs
/// by the wall clock.
/// </summary>
internal sealed class ThreadClock
{
    // The unit of utime and stime in /proc is USER_HZ (sysconf(_SC_CLK_TCK)), 100 on every architecture Linux and .NET share.
    private const double TicksPerSecond = 100;

    private readonly string stat;

    private ThreadClock(string stat) => this.stat = stat;

    /// <summary>The clock of the calling thread, to be read from any other thread; null when there is none.</summary>
    /// <returns>The clock, or null when /proc/thread-self cannot be read.</returns>
    internal static ThreadClock? OfCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var text = File.ReadAllText("/proc/thread-self/stat");
            var tid = text[..text.IndexOf(' ', StringComparison.Ordinal)];
            var clock = new ThreadClock($"/proc/self/task/{tid}/stat");
            return clock.Seconds() is null ? null : clock;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The CPU time the thread has used so far (user and system), in seconds; null once it has ended.</summary>
    /// <returns>The seconds, or null when the thread's stat can no longer be read.</returns>
    internal double? Seconds()
    {
        string text;
        try
        {
            text = File.ReadAllText(stat);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // pid (comm) state ppid ... : comm may hold spaces and parentheses, so the fields are counted after the last ')'.
        // After it come state (field 3) … utime (field 14) and stime (field 15).
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 12
               && long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
               && long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system)
            ? (user + system) / TicksPerSecond
            : null;
    }
}
