using System.Globalization;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary>
/// The months a file lets <c>narrate</c> and <c>report</c> describe: those with a monthly figure or a cumulative one
/// ending in them. A month outside them, or a file with none (quarters or years only), is refused with what it covers.
/// </summary>
internal static class Coverage
{
    /// <summary>Checks that the data covers the month asked for (or any month, when none is asked for).</summary>
    /// <param name="store">The figures.</param>
    /// <param name="month">The month of --period, or null for the latest.</param>
    /// <param name="input">The file, for the message.</param>
    /// <exception cref="UsageException">The month is not covered, or the data covers no month.</exception>
    internal static void Check(ObservationStore store, Period? month, string input)
    {
        var periods = store.Series.SelectMany(store.Periods).Distinct().ToList();
        var months = periods
            .Where(p => p.Kind is PeriodKind.Month or PeriodKind.YearToDate)
            .Select(p => Period.Month(p.Year, p.LastMonth))
            .Distinct()
            .Order()
            .ToList();
        if (months.Count == 0)
        {
            if (periods.Count == 0)
            {
                throw new UsageException($"{input} holds no figure to describe.");
            }

            var kinds = periods.Select(p => p.Kind.ToString().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var last = periods.Max();
            throw new UsageException(
                $"{input} has no monthly or cumulative figure to describe: its periods are {Runs(periods.Order().ToList())} "
                + $"({string.Join(", ", kinds)}). narrate and report describe a month and the months of its year up to it: add the "
                + $"monthly figures ({Period.Month(last.Year, last.LastMonth)}) or the cumulative ones ({Period.YearToDate(last.Year, last.LastMonth)}). "
                + "growth and audit take quarters and years as they are.");
        }

        if (month is { } m && !months.Contains(m))
        {
            throw new UsageException(
                $"--period {m}: {input} has no figure for {m}, neither monthly nor cumulative. It covers {Runs(months)}. "
                + $"Choose one of these, e.g. --period {months[^1]}.");
        }
    }

    /// <summary>Writes months as runs: "2022-01 to 2023-09, 2024-03"; other periods one by one.</summary>
    /// <param name="periods">The periods, in order.</param>
    /// <returns>The text.</returns>
    internal static string Runs(IReadOnlyList<Period> periods)
    {
        var parts = new List<string>();
        for (var i = 0; i < periods.Count; i++)
        {
            var start = periods[i];
            if (start.Kind != PeriodKind.Month)
            {
                parts.Add(start.ToString(null, CultureInfo.InvariantCulture));
                continue;
            }

            var end = start;
            while (i + 1 < periods.Count && periods[i + 1].Kind == PeriodKind.Month && periods[i + 1].MonthIndex == end.MonthIndex + 1)
            {
                end = periods[++i];
            }

            parts.Add(end == start ? start.ToString(null, CultureInfo.InvariantCulture) : $"{start.ToString(null, CultureInfo.InvariantCulture)} to {end.ToString(null, CultureInfo.InvariantCulture)}");
        }

        return parts.Count > 12 ? string.Join(", ", parts.Take(12)) + string.Create(CultureInfo.InvariantCulture, $" and {parts.Count - 12} more") : string.Join(", ", parts);
    }
}
