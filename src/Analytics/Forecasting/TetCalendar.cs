using System.Globalization;
using Analytics.Internal;
using Analytics.Periods;

namespace Analytics.Forecasting;

/// <summary>
/// The dates of Tết (the Vietnamese lunar new year) and the moving-holiday regressors built from them: the share of
/// the weeks before Tết (shopping) and of the holiday week after it (closures) that falls in each month. Tết moves
/// between 22 January and 19 February, so January and February trade volume with each other from year to year.
/// </summary>
public sealed class TetCalendar
{
    private readonly Dictionary<int, DateOnly> dates;

    /// <summary>Initializes a new instance of the <see cref="TetCalendar"/> class.</summary>
    /// <param name="dates">The date of Tết of each year.</param>
    /// <param name="daysBefore">The length of the window before Tết (default 21 days).</param>
    /// <param name="daysAfter">The length of the window from Tết on (default 9 days: the holiday and the slow restart).</param>
    public TetCalendar(IReadOnlyDictionary<int, DateOnly> dates, int daysBefore = 21, int daysAfter = 9)
    {
        Preconditions.CheckNotNull(dates);
        Preconditions.CheckArgumentRange(nameof(daysBefore), daysBefore, 1, 60);
        Preconditions.CheckArgumentRange(nameof(daysAfter), daysAfter, 1, 60);
        this.dates = dates.ToDictionary(kv => kv.Key, kv => kv.Value);
        DaysBefore = daysBefore;
        DaysAfter = daysAfter;
    }

    /// <summary>Gets the Tết dates of 2000–2035 bundled with the library (data/calendar/tet-dates.csv).</summary>
    public static TetCalendar Default { get; } = Load(typeof(TetCalendar).Assembly.GetManifestResourceStream("Analytics.tet-dates.csv")!);

    /// <summary>Gets the length of the window before Tết.</summary>
    public int DaysBefore { get; }

    /// <summary>Gets the length of the window from Tết on.</summary>
    public int DaysAfter { get; }

    /// <summary>Gets the years the calendar knows.</summary>
    public IEnumerable<int> Years => dates.Keys.Order();

    /// <summary>Returns the date of Tết in a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The calendar does not know the year.</exception>
    public DateOnly DateOf(int year)
        => dates.TryGetValue(year, out var d) ? d : throw new ArgumentOutOfRangeException(nameof(year), year, $"The Tết calendar covers {dates.Keys.Min()}–{dates.Keys.Max()}; add the year's date to extend it.");

    /// <summary>
    /// The regressors of a month: the share of the pre-Tết window and of the post-Tết window that falls in it (each 0–1;
    /// nonzero only in January, February and, for a late Tết, March).
    /// </summary>
    /// <param name="month">A month of a year the calendar knows.</param>
    /// <returns>The pre- and post-Tết shares.</returns>
    public (double Before, double After) Regressors(Period month)
    {
        if (month.LastMonth > 3)
        {
            return (0, 0);
        }

        var tet = DateOf(month.Year);
        var first = new DateOnly(month.Year, month.LastMonth, 1);
        var last = first.AddMonths(1).AddDays(-1);
        static int Overlap(DateOnly a0, DateOnly a1, DateOnly b0, DateOnly b1)
        {
            var lo = a0 > b0 ? a0 : b0;
            var hi = a1 < b1 ? a1 : b1;
            return hi < lo ? 0 : hi.DayNumber - lo.DayNumber + 1;
        }

        return (Overlap(tet.AddDays(-DaysBefore), tet.AddDays(-1), first, last) / (double)DaysBefore,
                Overlap(tet, tet.AddDays(DaysAfter - 1), first, last) / (double)DaysAfter);
    }

    /// <summary>Reads a calendar from CSV text with columns <c>year,date</c> (<c>2024,2024-02-10</c>); lines starting with # are comments.</summary>
    /// <param name="stream">The CSV.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="FormatException">A line is not a year and a date; the message names it.</exception>
    public static TetCalendar Load(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        using var reader = new StreamReader(stream);
        var d = new Dictionary<int, DateOnly>();
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.StartsWith('#') || text.StartsWith("year", StringComparison.Ordinal) || text.Trim().Length == 0)
            {
                continue;
            }

            var f = text.Split(',');
            if (f.Length != 2 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                || !DateOnly.TryParseExact(f[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"Tết calendar, line {line}: '{text}' is not year,date (e.g. 2024,2024-02-10).");
            }

            d[y] = date;
        }

        return new TetCalendar(d);
    }
}
