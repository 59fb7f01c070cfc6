using System.Diagnostics.Contracts;
using System.Globalization;
using Analytics.Internal;

namespace Analytics.Periods;

/// <summary>
/// A calendar period of a monthly report: a month, a quarter, a year, or the first n months of a year
/// ("9 tháng đầu năm"). Immutable; equal periods have equal kind, year and months.
/// </summary>
/// <remarks>
/// Periods are calendar keys, never positions: the growth engine compares September 2023 with September 2022
/// because both are periods, not because one sits twelve places after the other.
/// The canonical text forms are <c>2023-09</c>, <c>2023-Q3</c>, <c>2023</c> and <c>2023-01..2023-09</c>.
/// </remarks>
public readonly struct Period : IEquatable<Period>, IComparable<Period>, IComparable, IFormattable
{
    /// <summary>The smallest year a period may have.</summary>
    public const int MinYear = 1000;

    /// <summary>The largest year a period may have.</summary>
    public const int MaxYear = 9999;

    private readonly short year;
    private readonly byte firstMonth;
    private readonly byte lastMonth;
    private readonly PeriodKind kind;

    private Period(PeriodKind kind, int year, int firstMonth, int lastMonth)
    {
        this.kind = kind;
        this.year = (short)year;
        this.firstMonth = (byte)firstMonth;
        this.lastMonth = (byte)lastMonth;
    }

    /// <summary>Gets the kind of period.</summary>
    public PeriodKind Kind => kind;

    /// <summary>Gets the calendar year.</summary>
    public int Year => year;

    /// <summary>Gets the first calendar month (1–12) the period covers.</summary>
    public int FirstMonth => firstMonth;

    /// <summary>Gets the last calendar month (1–12) the period covers.</summary>
    public int LastMonth => lastMonth;

    /// <summary>Gets the number of months the period covers.</summary>
    public int MonthCount => lastMonth - firstMonth + 1;

    /// <summary>Gets the quarter (1–4) of a quarterly period.</summary>
    /// <exception cref="InvalidOperationException">The period is not a quarter.</exception>
    public int QuarterNumber => kind == PeriodKind.Quarter
        ? ((firstMonth - 1) / 3) + 1
        : throw new InvalidOperationException($"{this} is not a quarter; QuarterNumber applies to quarters such as 2023-Q3.");

    /// <summary>
    /// Gets a number that increases by one each month, <c>year * 12 + month - 1</c> of the period's last month:
    /// the key the panels use to align series by calendar.
    /// </summary>
    public int MonthIndex => (year * 12) + lastMonth - 1;

    /// <summary>Creates a monthly period.</summary>
    /// <param name="year">The year, 1000–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public static Period Month(int year, int month)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return new Period(PeriodKind.Month, year, month, month);
    }

    /// <summary>Creates the month with the given <see cref="MonthIndex"/>.</summary>
    /// <param name="monthIndex"><c>year * 12 + month - 1</c>.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index lies outside the years 1000–9999.</exception>
    public static Period FromMonthIndex(int monthIndex)
        => Month(Math.DivRem(monthIndex, 12, out var m), m + 1);

    /// <summary>Creates a quarterly period.</summary>
    /// <param name="year">The year, 1000–9999.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="quarter"/> is out of range.</exception>
    public static Period Quarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        return new Period(PeriodKind.Quarter, year, (quarter * 3) - 2, quarter * 3);
    }

    /// <summary>Creates a calendar year.</summary>
    /// <param name="year">The year, 1000–9999.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static Period CalendarYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        return new Period(PeriodKind.Year, year, 1, 12);
    }

    /// <summary>Creates the cumulative period of the first <paramref name="months"/> months of a year.</summary>
    /// <param name="year">The year, 1000–9999.</param>
    /// <param name="months">How many months from January, 1–12 ("9 tháng đầu năm" is 9).</param>
    /// <returns>The cumulative period <c>year-01..year-months</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="months"/> is out of range.</exception>
    public static Period YearToDate(int year, int months)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        Preconditions.CheckArgumentRange(nameof(months), months, 1, 12);
        return new Period(PeriodKind.YearToDate, year, 1, months);
    }

    /// <summary>Returns the month this many months later (earlier when negative).</summary>
    /// <param name="months">The number of months to add.</param>
    /// <returns>The shifted month.</returns>
    /// <exception cref="InvalidOperationException">The period is not a month.</exception>
    [Pure]
    public Period PlusMonths(int months)
    {
        if (kind != PeriodKind.Month)
        {
            throw new InvalidOperationException($"PlusMonths applies to months; {this} is a {kind}. Use PlusYears for the same period of another year.");
        }

        return FromMonthIndex(MonthIndex + months);
    }

    /// <summary>Returns the same period this many years later (earlier when negative): the "same period" of another year.</summary>
    /// <param name="years">The number of years to add.</param>
    /// <returns>The period of the same kind and months in the other year.</returns>
    [Pure]
    public Period PlusYears(int years)
    {
        var y = year + years;
        Preconditions.CheckArgumentRange(nameof(years), y, MinYear, MaxYear);
        return new Period(kind, y, firstMonth, lastMonth);
    }

    /// <summary>Returns the same period of the previous year ("cùng kỳ năm trước").</summary>
    /// <returns>The period one year earlier.</returns>
    [Pure]
    public Period SamePeriodLastYear() => PlusYears(-1);

    /// <summary>Returns the months the period covers, in calendar order.</summary>
    /// <returns>The months.</returns>
    [Pure]
    public IEnumerable<Period> Months()
    {
        for (var m = firstMonth; m <= lastMonth; m++)
        {
            yield return new Period(PeriodKind.Month, year, m, m);
        }
    }

    /// <summary>Returns whether the period covers the given month.</summary>
    /// <param name="month">A monthly period.</param>
    /// <returns><see langword="true"/> when the month lies inside this period.</returns>
    [Pure]
    public bool Contains(Period month)
        => month.year == year && month.firstMonth >= firstMonth && month.lastMonth <= lastMonth;

    /// <summary>Returns the cumulative period from January to this period's last month ("n tháng đầu năm").</summary>
    /// <returns>The year-to-date period ending with this period.</returns>
    [Pure]
    public Period ToYearToDate() => new(PeriodKind.YearToDate, year, 1, lastMonth);

    /// <summary>
    /// Parses the canonical text forms <c>2023-09</c>, <c>2023-Q3</c>, <c>2023</c> and <c>2023-01..2023-09</c>, and
    /// the half-year <c>2023-H1</c>, which is the first six months ("6 tháng đầu năm", <c>2023-01..2023-06</c>).
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period; the message says which forms are accepted.</exception>
    public static Period Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var period, out var error) ? period : throw new FormatException(error);
    }

    /// <summary>Tries to parse the canonical text forms of a period.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="period">The period when the text parses.</param>
    /// <returns><see langword="true"/> when the text is a period.</returns>
    public static bool TryParse(string? text, out Period period) => TryParse(text, out period, out _);

    /// <summary>Tries to parse a period and says what is wrong when it does not parse.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="period">The period when the text parses.</param>
    /// <param name="error">Why the text is not a period and how to write it, when it does not parse.</param>
    /// <returns><see langword="true"/> when the text is a period.</returns>
    public static bool TryParse(string? text, out Period period, out string error)
    {
        period = default;
        error = string.Empty;
        var s = (text ?? string.Empty).Trim();
        const string Forms = "write a month as 2023-09, a quarter as 2023-Q3, a year as 2023, the first half-year as 2023-H1, or the first months of a year as 2023-01..2023-09";
        if (s.Length == 0)
        {
            error = $"the period is empty; {Forms}";
            return false;
        }

        var range = s.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            if (!TryParseMonth(s[..range], out var from) || !TryParseMonth(s[(range + 2)..], out var to))
            {
                error = $"'{s}' is not a cumulative period; {Forms}";
                return false;
            }

            if (from.year != to.year || from.firstMonth != 1)
            {
                error = $"'{s}' is not a cumulative period of the reports: it must start in January and end in the same year, e.g. {to.year}-01..{to}";
                return false;
            }

            period = new Period(PeriodKind.YearToDate, to.year, 1, to.lastMonth);
            return true;
        }

        if (s.Length == 4 && TryYear(s, out var y))
        {
            period = new Period(PeriodKind.Year, y, 1, 12);
            return true;
        }

        if (s.Length == 7 && (s[5] == 'Q' || s[5] == 'q') && s[4] == '-' && TryYear(s[..4], out y) && s[6] >= '1' && s[6] <= '4')
        {
            var q = s[6] - '0';
            period = new Period(PeriodKind.Quarter, y, (q * 3) - 2, q * 3);
            return true;
        }

        if (s.Length == 7 && (s[5] == 'H' || s[5] == 'h') && s[4] == '-' && TryYear(s[..4], out y) && s[6] is '1' or '2')
        {
            if (s[6] == '2')
            {
                error = $"'{s}': the second half of a year is not a period of the reports, which write the first six months (\"6 tháng đầu năm\", {y}-H1) and the year ({y}); write {y} or the quarters {y}-Q3 and {y}-Q4";
                return false;
            }

            // The reports' half-year is the first six months: "6 tháng đầu năm".
            period = new Period(PeriodKind.YearToDate, y, 1, 6);
            return true;
        }

        if (TryParseMonth(s, out period))
        {
            return true;
        }

        error = $"'{s}' is not a period; {Forms}";
        return false;
    }

    private static bool TryParseMonth(string s, out Period month)
    {
        month = default;
        if (s.Length != 7 || s[4] != '-' || !TryYear(s[..4], out var y)
            || !char.IsAsciiDigit(s[5]) || !char.IsAsciiDigit(s[6]))
        {
            return false;
        }

        var m = ((s[5] - '0') * 10) + (s[6] - '0');
        if (m is < 1 or > 12)
        {
            return false;
        }

        month = new Period(PeriodKind.Month, y, m, m);
        return true;
    }

    private static bool TryYear(string s, out int year)
    {
        year = 0;
        if (s.Length != 4 || !s.All(char.IsAsciiDigit))
        {
            return false;
        }

        year = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= MinYear and <= MaxYear;
    }

    /// <summary>Returns the canonical text form, e.g. <c>2023-09</c> or <c>2023-01..2023-09</c>.</summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the period. Format <c>G</c> (or null) gives the canonical form; <c>L</c> gives the words of a report in
    /// the provider's language: Vietnamese for a <c>vi</c> culture ("tháng 9/2023", "quý III/2023",
    /// "9 tháng đầu năm 2023"; the first month alone "tháng 1/2023", the twelve "năm 2023"), English otherwise
    /// ("September 2023", "Q3 2023", "January–September 2023").
    /// </summary>
    /// <param name="format"><c>G</c> or <c>L</c>.</param>
    /// <param name="formatProvider">The culture whose language <c>L</c> uses.</param>
    /// <returns>The formatted period.</returns>
    /// <exception cref="FormatException">The format is neither <c>G</c> nor <c>L</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (format)
        {
            case null or "" or "G":
                return kind switch
                {
                    PeriodKind.Month => string.Create(inv, $"{year:D4}-{lastMonth:D2}"),
                    PeriodKind.Quarter => string.Create(inv, $"{year:D4}-Q{((firstMonth - 1) / 3) + 1}"),
                    PeriodKind.Year => year.ToString("D4", inv),
                    _ => string.Create(inv, $"{year:D4}-01..{year:D4}-{lastMonth:D2}"),
                };
            case "L":
                var vi = formatProvider is CultureInfo c && c.TwoLetterISOLanguageName == "vi";
                var q = (firstMonth - 1) / 3;
                string[] roman = ["I", "II", "III", "IV"];
                if (vi)
                {
                    return kind switch
                    {
                        PeriodKind.Month => string.Create(inv, $"tháng {lastMonth}/{year}"),
                        PeriodKind.Quarter => string.Create(inv, $"quý {roman[q]}/{year}"),
                        PeriodKind.Year => string.Create(inv, $"năm {year}"),
                        _ => lastMonth switch
                        {
                            // January is its own cumulative: never "1 tháng đầu năm".
                            1 => string.Create(inv, $"tháng 1/{year}"),
                            12 => string.Create(inv, $"năm {year}"),
                            _ => string.Create(inv, $"{lastMonth} tháng đầu năm {year}"),
                        },
                    };
                }

                var en = CultureInfo.GetCultureInfo("en-US").DateTimeFormat;
                return kind switch
                {
                    PeriodKind.Month => string.Create(inv, $"{en.GetMonthName(lastMonth)} {year}"),
                    PeriodKind.Quarter => string.Create(inv, $"Q{q + 1} {year}"),
                    PeriodKind.Year => year.ToString("D4", inv),
                    _ => lastMonth == 1
                        ? string.Create(inv, $"January {year}")
                        : string.Create(inv, $"January–{en.GetMonthName(lastMonth)} {year}"),
                };
            default:
                throw new FormatException($"Unknown period format '{format}': use \"G\" for 2023-09 or \"L\" for the words of a report.");
        }
    }

    /// <inheritdoc/>
    public bool Equals(Period other)
        => kind == other.kind && year == other.year && firstMonth == other.firstMonth && lastMonth == other.lastMonth;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(kind, year, firstMonth, lastMonth);

    /// <summary>Orders periods by year, then first month, then last month, then kind.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(Period other)
    {
        var c = year.CompareTo(other.year);
        if (c != 0)
        {
            return c;
        }

        c = firstMonth.CompareTo(other.firstMonth);
        if (c != 0)
        {
            return c;
        }

        c = lastMonth.CompareTo(other.lastMonth);
        return c != 0 ? c : kind.CompareTo(other.kind);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Period p => CompareTo(p),
        _ => throw new ArgumentException("Object must be a Period.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;
}
