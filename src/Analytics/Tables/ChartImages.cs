using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Analytics.Charts;

namespace Analytics.Tables;

/// <summary>
/// The pictures of one report's charts, each painted and encoded once (<see cref="ChartPainter.Png"/>, the slowest
/// step of rendering a report) and the same PNG bytes given to every renderer: Word, Excel and HTML embed one picture.
/// A chart is known by the object itself (charts are immutable records) and the culture of its numbers. Safe for
/// renderers running at once: a chart asked for by two of them is painted by one, the other waits for it.
/// </summary>
internal sealed class ChartImages
{
    private readonly ConcurrentDictionary<(Chart Chart, CultureInfo Culture), Lazy<byte[]>> pngs = new(SameObjects.Instance);

    /// <summary>The chart's PNG, painted on the first call.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <returns>The PNG's bytes; the same array on every call (not to be changed).</returns>
    internal byte[] Png(Chart chart, CultureInfo culture)
        => pngs.GetOrAdd((chart, culture), key => new Lazy<byte[]>(() => ChartPainter.Png(key.Chart, key.Culture), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    // By reference: two equal charts are painted alike anyway, but comparing records walks their months each time.
    private sealed class SameObjects : IEqualityComparer<(Chart Chart, CultureInfo Culture)>
    {
        internal static readonly SameObjects Instance = new();

        public bool Equals((Chart Chart, CultureInfo Culture) x, (Chart Chart, CultureInfo Culture) y)
            => ReferenceEquals(x.Chart, y.Chart) && ReferenceEquals(x.Culture, y.Culture);

        public int GetHashCode((Chart Chart, CultureInfo Culture) obj)
            => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Chart), RuntimeHelpers.GetHashCode(obj.Culture));
    }
}
