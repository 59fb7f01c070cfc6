using System.Globalization;
using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Cli;

/// <summary>
/// Reads the plan file of <c>--plan</c> (yearend, report, narrate): one target per row, in the columns
/// <c>indicator,breakdown,year,target_value,target_growth_pct</c> or <c>series_id,year,target_value,target_growth_pct</c>
/// (<c>series_id</c> = <c>INDICATOR</c> or <c>INDICATOR/breakdown</c>); <c>#</c> lines are comments, cells may be quoted.
/// Only the rows of the year reported on are kept.
/// </summary>
internal static class YearEndPlanFile
{
    private const string HeaderFix = "Fix: start with the header indicator,breakdown,year,target_value,target_growth_pct (or series_id,year,target_value,target_growth_pct) and give one row per target, e.g. EXPORT,,2023,,6.";

    /// <summary>Reads the targets of <paramref name="year"/>.</summary>
    /// <param name="path">The plan file.</param>
    /// <param name="year">The year reported on.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <param name="stderr">Where the plan file's located problems are printed; null to put the first in the exception.</param>
    /// <returns>The plan of each indicator and breakdown named for that year.</returns>
    /// <exception cref="UsageException">The file is missing or a row is wrong (located, with its fix).</exception>
    internal static Dictionary<SeriesKey, Plan> Read(string path, int year, CultureInfo culture, TextWriter? stderr = null)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--plan {path}: the file does not exist.");
        }

        // One reader for plans (Io.PlanFormat: CSV or .xlsx, either header form, located problems).
        var read = PlanFormat.Read(path, culture);
        if (stderr is not null)
        {
            InputFile.Print(read.Problems, path, stderr);
        }

        if (read.HasErrors)
        {
            var first = read.Errors.First();
            throw new UsageException(stderr is null
                ? $"--plan {first}"
                : $"--plan {path} cannot be used: {read.Errors.Count()} error(s) above. {HeaderFix}");
        }

        var plans = new Dictionary<SeriesKey, Plan>();
        foreach (var t in read.Value.Where(t => t.Year == year))
        {
            try
            {
                plans[new SeriesKey(t.Indicator, t.Breakdown)] = t.IsGrowth ? Plan.Growth(t.TargetGrowthPercent) : Plan.Value(t.TargetValue);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new UsageException($"--plan {t.Source}: {e.Message.Split(" (Parameter", StringSplitOptions.None)[0]}");
            }
        }

        return plans;
    }

    internal static System.CommandLine.Option<string> Option(string description) => CommonOptions.Path(new System.CommandLine.Option<string>("--plan")
    {
        HelpName = "FILE",
        Description = description,
    });

    /// <summary>The plans of the month a report or narration speaks of (the latest month of the data when none is given).</summary>
    /// <param name="path">The plan file, or null.</param>
    /// <param name="store">The figures.</param>
    /// <param name="month">The month asked for, or null.</param>
    /// <param name="culture">The culture of the plan's numbers.</param>
    /// <param name="stderr">Where the plan file's located problems are printed.</param>
    /// <returns>The plans of that month's year, or null without a plan file.</returns>
    internal static Dictionary<SeriesKey, Plan>? ForReport(string? path, ObservationStore store, Analytics.Periods.Period? month, CultureInfo culture, TextWriter? stderr = null)
    {
        if (path is null)
        {
            return null;
        }

        var periods = store.Series.SelectMany(store.Periods).Where(p => p.Kind is Analytics.Periods.PeriodKind.Month or Analytics.Periods.PeriodKind.YearToDate).ToList();
        var year = month?.Year ?? (periods.Count == 0 ? 0 : periods.Max(p => p.Year));
        return Read(path, year, culture, stderr);
    }

    /// <summary>The id of a series as the forecasting commands write it: <c>INDICATOR</c> or <c>INDICATOR/breakdown</c>.</summary>
    /// <param name="key">The series.</param>
    /// <returns>The id.</returns>
    internal static string Id(SeriesKey key) => key.IsTotal ? key.Indicator : $"{key.Indicator}/{key.Breakdown}";

    /// <summary>The series an id names: the indicator up to the first '/', the breakdown after it.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The key.</returns>
    internal static SeriesKey KeyOf(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? new SeriesKey(id, string.Empty) : new SeriesKey(id[..slash], id[(slash + 1)..]);
    }
}
