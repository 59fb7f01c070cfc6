using System.Diagnostics;
using System.Globalization;
using Analytics.Cli;

namespace Analytics.Fuzz;

/// <summary>
/// The mutation fuzzer: mutants of the bundled inputs, each run in process through every command that reads it, each
/// run classed as ok, warning, clean error, crash, timeout or over-memory. Exit 0 when no run crashed, hung or went over
/// the memory limit; 1 otherwise; 2 for a usage error.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        FuzzOptions options;
        try
        {
            options = FuzzOptions.Parse(args);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("fuzz: " + e.Message);
            Console.Error.WriteLine(FuzzOptions.Usage);
            return 2;
        }

        return new Fuzzer(options, Console.Out).Run();
    }
}
