using System.Globalization;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary>
/// The periods a file lets <c>narrate</c> and <c>report</c> describe: the months with a monthly figure or a cumulative one
/// ending in them; the quarters, years and first months of a year the file states or holds every month of; in a file of
/// quarters or years only, those. A period outside them is refused with what the file covers.
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

            // A file of quarters or years is reported on by its own periods: the latest when none is asked for.
            var own = periods.Where(x => x.Kind is PeriodKind.Quarter or PeriodKind.Year).Order().ToList();
            if (own.Count > 0 && (month is null || own.Contains(month.Value)))
            {
                return;
            }

            if (own.Count > 0)
            {
                throw new UsageException(
                    $"--period {month}: {input} has no figure for {month}. It holds the periods {Runs(own)} and no month. Choose one of these, e.g. --period {own[^1]}.");
            }

            var kinds = periods.Select(p => p.Kind.ToString().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var last = periods.Max();
            throw new UsageException(
                $"{input} has no monthly or cumulative figure to describe: its periods are {Runs(periods.Order().ToList())} "
                + $"({string.Join(", ", kinds)}). narrate and report describe a month and the months of its year up to it: add the "
                + $"monthly figures ({Period.Month(last.Year, last.LastMonth)}) or the cumulative ones ({Period.YearToDate(last.Year, last.LastMonth)}). "
                + "growth and audit take quarters and years as they are.");
        }

        if (month is { Kind: PeriodKind.Month } m && !months.Contains(m))
        {
            throw new UsageException(
                $"--period {m}: {input} has no figure for {m}, neither monthly nor cumulative. It covers {Runs(months)}. "
                + $"Choose one of these, e.g. --period {months[^1]}.");
        }

        if (month is { } p && p.Kind != PeriodKind.Month && !Covers(periods, months, p))
        {
            var quarters = Covered(periods, months, months.Select(x => Period.Quarter(x.Year, ((x.LastMonth - 1) / 3) + 1)));
            var years = Covered(periods, months, months.Select(x => Period.CalendarYear(x.Year)));
            var kind = p.Kind switch { PeriodKind.Quarter => "quarter", PeriodKind.Year => "year", _ => "period" };
            var example = p.Kind switch
            {
                PeriodKind.Quarter when quarters.Count > 0 => quarters[^1].ToString(),
                PeriodKind.Year when years.Count > 0 => years[^1].ToString(),
                _ => months[^1].ToString(),
            };
            throw new UsageException(
                $"--period {p}: {input} has no figure for the {kind} {p}: neither the {kind}'s own figures nor all of its months ("
                + $"{p.Months().First()} to {p.Months().Last()}). It covers the months {Runs(months)}"
                + $"; {(quarters.Count == 0 ? "no whole quarter" : "the quarters " + Spans(quarters))}; {(years.Count == 0 ? "no whole year" : "the years " + Spans(years))}. "
                + $"Choose one of these, e.g. --period {example}.");
        }
    }

    // A quarter, a year or the first months of a year can be reported when the data states it (a first quarter and a
    // year also as their cumulative months) or holds every one of its months, monthly or cumulative.
    private static bool Covers(List<Period> periods, List<Period> months, Period p)
        => periods.Contains(p)
           || ((p.Kind == PeriodKind.Year || p.Kind == PeriodKind.YearToDate || (p.Kind == PeriodKind.Quarter && p.FirstMonth == 1)) && periods.Contains(p.ToYearToDate()))
           || p.Months().All(months.Contains);

    private static List<Period> Covered(List<Period> periods, List<Period> months, IEnumerable<Period> candidates)
        => candidates.Concat(periods.Where(x => x.Kind is PeriodKind.Quarter or PeriodKind.Year)).Distinct().Where(c => Covers(periods, months, c)).Order().ToList();

    // "2014-Q1 to 2025-Q1" for a run of consecutive quarters or years; gaps as separate runs.
    private static string Spans(List<Period> list)
    {
        var parts = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            var start = list[i];
            var end = start;
            while (i + 1 < list.Count && list[i + 1].Kind == end.Kind && Next(end) == list[i + 1])
            {
                end = list[++i];
            }

            parts.Add(end == start ? start.ToString() : $"{start} to {end}");
        }

        return string.Join(", ", parts);
    }

    private static Period Next(Period p) => p.Kind == PeriodKind.Quarter
        ? (p.QuarterNumber == 4 ? Period.Quarter(p.Year + 1, 1) : Period.Quarter(p.Year, p.QuarterNumber + 1))
        : p.PlusYears(1);

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
