using Deedle;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Interop;

/// <summary>
/// Monthly series to and from Deedle, keyed by <see cref="Period"/>: every month of the series is a key, a missing month
/// a missing value (never a shifted one), so Deedle's operations align by calendar month as ours do.
/// </summary>
public static class DeedleSeries
{
    /// <summary>Converts a monthly series to a Deedle series keyed by month; missing months are missing values.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The Deedle series.</returns>
    public static Series<Period, double> ToDeedle(this MonthlySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.Points().ToList();
        return new Series<Period, double>(points.Select(p => p.Month), points.Select(p => p.Value));
    }

    /// <summary>Converts a Deedle series keyed by month back to a monthly series; missing values stay missing.</summary>
    /// <param name="series">The Deedle series.</param>
    /// <returns>The monthly series, from its first to its last key.</returns>
    /// <exception cref="ArgumentException">The series is empty, or a key is not a month.</exception>
    public static MonthlySeries ToMonthlySeries(this Series<Period, double> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var keys = series.Keys.ToList();
        Argument.Check(keys.Count > 0, nameof(series), "The Deedle series is empty.");
        var present = series.Observations.ToDictionary(kv => kv.Key, kv => kv.Value);
        return MonthlySeries.FromPoints(keys.Select(k => (k, present.TryGetValue(k, out var v) ? v : double.NaN)));
    }
}
