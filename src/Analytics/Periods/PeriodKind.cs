namespace Analytics.Periods;

/// <summary>The kinds of period an official monthly report speaks of.</summary>
public enum PeriodKind
{
    /// <summary>One calendar month, written <c>2023-09</c> ("tháng 9/2023").</summary>
    Month = 0,

    /// <summary>One calendar quarter, written <c>2023-Q3</c> ("quý III/2023").</summary>
    Quarter = 1,

    /// <summary>One calendar year, written <c>2023</c> ("năm 2023").</summary>
    Year = 2,

    /// <summary>
    /// The first n months of a year, written <c>2023-01..2023-09</c> ("9 tháng đầu năm 2023"):
    /// the cumulative period of the reports.
    /// </summary>
    YearToDate = 3,
}
