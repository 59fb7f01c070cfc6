using Analytics.Periods;

namespace Analytics.Observations;

/// <summary>
/// The figures of an <see cref="ObservationStore"/> as known at one release (or the latest): one merged observation
/// per series and period.
/// </summary>
public sealed class ObservationView
{
    private readonly ObservationStore store;

    internal ObservationView(ObservationStore store, Period? release)
    {
        this.store = store;
        Release = release;
    }

    /// <summary>Gets the release the view stops at, or null for the latest figures.</summary>
    public Period? Release { get; }

    /// <summary>Gets the series of the store.</summary>
    public IReadOnlyList<SeriesKey> Series => store.Series;

    /// <summary>Returns the figure of a series for a period as known in this view, or null when none is.</summary>
    /// <param name="key">The series.</param>
    /// <param name="period">The period.</param>
    /// <returns>The merged observation, or null.</returns>
    public Observation? Get(SeriesKey key, Period period) => store.Resolve(key, period, Release);

    /// <summary>Returns every figure known in this view, one per series and period, in series then calendar order.</summary>
    /// <returns>The observations.</returns>
    public IEnumerable<Observation> Observations()
    {
        foreach (var key in store.Series)
        {
            foreach (var p in store.Periods(key))
            {
                if (Get(key, p) is { } o)
                {
                    yield return o;
                }
            }
        }
    }
}
