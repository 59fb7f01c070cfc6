using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Periods;

namespace Analytics.Observations;

/// <summary>
/// Monthly figures held column by column: the series keys interned once, then one array per column (month, value,
/// stated rates, status, release, source row), the rows sorted by series and then by month, one figure per series and
/// month. This is the form a large interchange file is read into (<c>Analytics.Io.InterchangeColumns</c>): a few bytes a
/// figure instead of an object, and each series a contiguous stretch that the growth kernels read by position.
/// </summary>
/// <remarks>
/// It holds what an <see cref="ObservationStore"/> holds when every figure is monthly, each series and month has a single
/// release, and releases do not go back in time along a series; then the store's views (latest, as of a release, as
/// published) all read the same figures, and <see cref="ToObservations"/> gives the store exactly. Anything else (a
/// revision, quarters, shares or notes) is read into the store.
/// </remarks>
public sealed class ObservationColumns
{
    private readonly SeriesKey[] keys;
    private readonly string[] dimensions;
    private readonly Unit?[] units;
    private readonly int[] starts;
    private readonly int[] months;
    private readonly double[] values;
    private readonly sbyte[] valueDecimals;
    private readonly bool[] unitGiven;
    private readonly StatedRate[] monthOnMonth;
    private readonly StatedRate[] yearOnYear;
    private readonly ObservationStatus[] status;
    private readonly int[] releases;
    private readonly int[] rows;

    internal ObservationColumns(
        string file, SeriesKey[] keys, string[] dimensions, Unit?[] units, int[] starts, int[] months, double[] values, sbyte[] valueDecimals,
        bool[] unitGiven, StatedRate[] monthOnMonth, StatedRate[] yearOnYear, ObservationStatus[] status, int[] releases, int[] rows)
    {
        File = file;
        this.keys = keys;
        this.dimensions = dimensions;
        this.units = units;
        this.starts = starts;
        this.months = months;
        this.values = values;
        this.valueDecimals = valueDecimals;
        this.unitGiven = unitGiven;
        this.monthOnMonth = monthOnMonth;
        this.yearOnYear = yearOnYear;
        this.status = status;
        this.releases = releases;
        this.rows = rows;
    }

    /// <summary>Gets the file the figures were read from, for messages.</summary>
    public string File { get; }

    /// <summary>Gets the number of series.</summary>
    public int SeriesCount => keys.Length;

    /// <summary>Gets the number of figures (rows).</summary>
    public int Count => months.Length;

    /// <summary>Gets the series, in the order they first appear in the file.</summary>
    public IReadOnlyList<SeriesKey> Keys => keys;

    /// <summary>Gets the month index of each row (<see cref="Period.MonthIndex"/>).</summary>
    public ReadOnlySpan<int> MonthIndex => months;

    /// <summary>Gets the value of each row, NaN when the row states only rates.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Gets the decimals each value was written with, -1 when unknown.</summary>
    public ReadOnlySpan<sbyte> ValueDecimals => valueDecimals;

    /// <summary>Gets the month-on-month rate each row states.</summary>
    public ReadOnlySpan<StatedRate> MonthOnMonth => monthOnMonth;

    /// <summary>Gets the year-on-year rate each row states.</summary>
    public ReadOnlySpan<StatedRate> YearOnYear => yearOnYear;

    /// <summary>Gets each row's status.</summary>
    public ReadOnlySpan<ObservationStatus> Status => status;

    /// <summary>Gets each row's release as a month index, or -1 when the row gives none.</summary>
    public ReadOnlySpan<int> Releases => releases;

    /// <summary>Gets the line of the file each row was read from.</summary>
    public ReadOnlySpan<int> SourceRows => rows;

    internal int[] MonthArray => months;

    /// <summary>Moves every row's source line by <paramref name="delta"/> (a Parquet file's rows have no header line before them).</summary>
    /// <param name="delta">The lines to add.</param>
    internal void ShiftRows(int delta)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] += delta;
        }
    }

    internal double[] ValueArray => values;

    internal bool[] UnitGivenArray => unitGiven;

    internal StatedRate[] MonthOnMonthArray => monthOnMonth;

    internal StatedRate[] YearOnYearArray => yearOnYear;

    /// <summary>Returns the rows of a series: <c>[Start, End)</c>, in calendar order.</summary>
    /// <param name="series">The series' index in <see cref="Keys"/>.</param>
    /// <returns>The range of rows.</returns>
    public (int Start, int End) RowsOf(int series) => (starts[series], starts[series + 1]);

    /// <summary>Returns the unit of a row: its series' unit when the row gives one, else null.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The unit, or null.</returns>
    public Unit? UnitOf(int row) => unitGiven[row] ? units[SeriesOf(row)] : null;

    /// <summary>Returns the unit of a series (every row that gives a unit gives this one), or null when none does.</summary>
    /// <param name="series">The series' index.</param>
    /// <returns>The unit, or null.</returns>
    public Unit? SeriesUnit(int series) => units[series];

    /// <summary>Returns the dimension of a series' breakdown (empty for a total).</summary>
    /// <param name="series">The series' index.</param>
    /// <returns>The dimension.</returns>
    public string DimensionOf(int series) => dimensions[series];

    /// <summary>Returns the series a row belongs to.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The series' index.</returns>
    public int SeriesOf(int row)
    {
        var i = Array.BinarySearch(starts, row);
        if (i < 0)
        {
            return ~i - 1;
        }

        // Several starts may equal the row only if a series were empty, which the reader never makes.
        return i;
    }

    /// <summary>Returns the release a row's figure counts as published in: its release, else its month.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The month index of the release.</returns>
    public int EffectiveRelease(int row) => releases[row] >= 0 ? releases[row] : months[row];

    /// <summary>Returns every row as an <see cref="Observation"/>, in series then calendar order: the store's form.</summary>
    /// <returns>The observations.</returns>
    public IEnumerable<Observation> ToObservations()
    {
        for (var s = 0; s < keys.Length; s++)
        {
            for (var i = starts[s]; i < starts[s + 1]; i++)
            {
                yield return new Observation
                {
                    Indicator = keys[s].Indicator,
                    Breakdown = keys[s].Breakdown,
                    Dimension = dimensions[s],
                    Period = Period.FromMonthIndex(months[i]),
                    Value = values[i],
                    ValueDecimals = valueDecimals[i],
                    Unit = unitGiven[i] ? units[s] : null,
                    MonthOnMonth = monthOnMonth[i],
                    YearOnYear = yearOnYear[i],
                    Status = status[i],
                    Release = releases[i] >= 0 ? Period.FromMonthIndex(releases[i]) : null,
                    Source = new SourceLocation(File, rows[i]),
                };
            }
        }
    }

    /// <summary>Returns the figures as an <see cref="ObservationStore"/>, for the operations that read one.</summary>
    /// <returns>The store.</returns>
    public ObservationStore ToStore()
    {
        Preconditions.CheckNotNull(keys);
        return new ObservationStore(ToObservations());
    }
}
