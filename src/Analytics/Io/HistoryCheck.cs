using System.Globalization;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// Checks each monthly series against its own history: a month missing between its first and last, and a value a
/// thousand times off its neighbours ("1.726" read where 1.726 thousand was meant, or tỷ written for triệu). Both are
/// warnings: the figures are loaded, and the user is told what will look wrong. Used by every reader.
/// </summary>
internal static class HistoryCheck
{
    /// <summary>The findings, each with the observation it is located at, the column, the message and the fix.</summary>
    public static IEnumerable<(Observation At, string Column, string Message, string Fix)> Run(IEnumerable<Observation> observations)
    {
        foreach (var series in observations.Where(o => o.Period.Kind == PeriodKind.Month).GroupBy(o => o.Key))
        {
            var months = series.Select(o => o.Period.MonthIndex).Distinct().Order().ToList();
            if (months.Count >= 3)
            {
                var have = months.ToHashSet();
                var missing = Enumerable.Range(months[0], months[^1] - months[0] + 1).Where(m => !have.Contains(m)).Select(Period.FromMonthIndex).ToList();
                if (missing.Count > 0)
                {
                    var last = series.OrderBy(o => o.Source?.Row ?? 0).Last();
                    yield return (last, "period", $"{series.Key} has no figure for {string.Join(", ", missing.Take(6))}{(missing.Count > 6 ? $" and {missing.Count - 6} more month(s)" : string.Empty)} between {Period.FromMonthIndex(months[0])} and {Period.FromMonthIndex(months[^1])}; growth against a missing month is left empty, not guessed.", "add the missing month's row if the figure exists.");
                }
            }

            var values = series.Where(o => o.HasValue && o.Value > 0).ToList();
            if (values.Count < 3)
            {
                continue;
            }

            var sorted = values.Select(o => o.Value).Order().ToList();
            var median = sorted[sorted.Count / 2];
            foreach (var o in values)
            {
                var ratio = o.Value / median;
                if (ratio is > 200 or < 1.0 / 200)
                {
                    yield return (o, "value", $"{o.Value.ToString("R", CultureInfo.InvariantCulture)} for {series.Key} in {o.Period} is about {(ratio > 1 ? ratio : 1 / ratio).ToString("N0", CultureInfo.InvariantCulture)} times {(ratio > 1 ? "larger" : "smaller")} than the series' usual {median.ToString("R", CultureInfo.InvariantCulture)}: a unit slip (tỷ for triệu) or a thousands separator read as a decimal point?", "check the figure and its unit; in a vi-VN file read with --culture vi-VN, 1.726 means 1726.");
                }
            }
        }
    }
}
