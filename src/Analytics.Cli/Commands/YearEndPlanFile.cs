using System.Globalization;
using System.Text;
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
    /// <returns>The plan of each indicator and breakdown named for that year.</returns>
    /// <exception cref="UsageException">The file is missing or a row is wrong (located, with its fix).</exception>
    internal static Dictionary<SeriesKey, Plan> Read(string path, int year, CultureInfo culture)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--plan {path}: the file does not exist.");
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8)
            .Select((text, i) => (Text: text.TrimStart('\uFEFF'), Row: i + 1))
            .Where(l => l.Text.Trim().Length > 0 && !l.Text.TrimStart().StartsWith('#'))
            .ToList();
        if (lines.Count == 0)
        {
            throw new UsageException($"--plan {path}: the file is empty: no header and no target. {HeaderFix}");
        }

        var header = Split(lines[0].Text).Select(c => c.Trim().ToLowerInvariant()).ToList();
        int iId = header.IndexOf("series_id"), iIndicator = header.IndexOf("indicator"), iBreakdown = header.IndexOf("breakdown");
        int iYear = header.IndexOf("year"), iValue = header.IndexOf("target_value"), iGrowth = header.IndexOf("target_growth_pct");
        if ((iId < 0 && iIndicator < 0) || iYear < 0 || (iValue < 0 && iGrowth < 0))
        {
            throw new UsageException($"--plan {path}, row {lines[0].Row}: the header must name indicator (or series_id), year and target_value or target_growth_pct. {HeaderFix}");
        }

        var plans = new Dictionary<SeriesKey, Plan>();
        foreach (var (text, row) in lines.Skip(1))
        {
            var cells = Split(text);
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
            if (!int.TryParse(Cell(iYear), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                throw new UsageException($"--plan {path}, row {row}, column year: '{Cell(iYear)}' is not a year. Fix: write the plan's year, e.g. 2023.");
            }

            if (y != year)
            {
                continue;
            }

            var key = iIndicator >= 0 ? new SeriesKey(Cell(iIndicator), Cell(iBreakdown)) : KeyOf(Cell(iId));
            if (key.Indicator.Length == 0)
            {
                throw new UsageException($"--plan {path}, row {row}: the indicator is empty. Fix: name the indicator, e.g. EXPORT.");
            }

            var value = NumberText.Parse(Cell(iValue), culture, isRate: false);
            var growth = NumberText.Parse(Cell(iGrowth), culture, isRate: true);
            if (!value.IsOk || !growth.IsOk)
            {
                var column = value.IsOk ? "target_growth_pct" : "target_value";
                throw new UsageException($"--plan {path}, row {row}, column {column}: {(value.IsOk ? growth.Error : value.Error)} {(value.IsOk ? growth.Fix : value.Fix)}");
            }

            if (!double.IsNaN(value.Value) && !double.IsNaN(growth.Value))
            {
                throw new UsageException($"--plan {path}, row {row}: both a target value and a target growth are given for {Id(key)}. Fix: keep one of them.");
            }

            if (plans.ContainsKey(key))
            {
                throw new UsageException($"--plan {path}, row {row}: a second target for {Id(key)} in {year}. Fix: keep one row per indicator, breakdown and year.");
            }

            try
            {
                plans[key] = !double.IsNaN(value.Value) ? Plan.Value(value.Value)
                    : !double.IsNaN(growth.Value) ? Plan.Growth(growth.Value)
                    : throw new UsageException($"--plan {path}, row {row}: no target for {Id(key)}. Fix: give target_value or target_growth_pct.");
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new UsageException($"--plan {path}, row {row}: {e.Message.Split(" (Parameter", StringSplitOptions.None)[0]}");
            }
        }

        return plans;
    }

    /// <summary>The <c>--plan FILE</c> option of report, narrate and yearend.</summary>
    /// <param name="description">What the plan adds to the command's output.</param>
    /// <returns>The option.</returns>
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
    /// <returns>The plans of that month's year, or null without a plan file.</returns>
    internal static Dictionary<SeriesKey, Plan>? ForReport(string? path, ObservationStore store, Analytics.Periods.Period? month, CultureInfo culture)
    {
        if (path is null)
        {
            return null;
        }

        var periods = store.Series.SelectMany(store.Periods).Where(p => p.Kind is Analytics.Periods.PeriodKind.Month or Analytics.Periods.PeriodKind.YearToDate).ToList();
        var year = month?.Year ?? (periods.Count == 0 ? 0 : periods.Max(p => p.Year));
        return Read(path, year, culture);
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

    // A CSV line: commas outside quotes separate cells; a doubled quote inside quotes is a quote.
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"' && cell.ToString().Trim().Length == 0)
            {
                quoted = true;
                cell.Clear();
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
