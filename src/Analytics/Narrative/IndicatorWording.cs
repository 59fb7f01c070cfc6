namespace Analytics.Narrative;

/// <summary>Wording choices for one indicator, overriding the style's defaults (the seed varies them by paragraph).</summary>
public sealed record IndicatorWording
{
    /// <summary>Gets how the month's sentence names the same period of last year, or null for the style's default.</summary>
    public SamePeriodWording? MonthSamePeriod { get; init; }

    /// <summary>Gets how the cumulative sentence names the same period of last year, or null for the style's default.</summary>
    public SamePeriodWording? CumulativeSamePeriod { get; init; }

    /// <summary>Gets how market sentences name the same period of last year; "so với cùng kỳ" when null.</summary>
    public SamePeriodWording? SelectionSamePeriod { get; init; }

    /// <summary>Gets a value indicating whether the list of parts ends by repeating the comparison ("…, tăng 10% so với cùng kỳ").</summary>
    public bool CloseParts { get; init; }

    /// <summary>Gets a value indicating whether the cumulative sentence names the year ("9 tháng đầu năm 2023") or not ("9 tháng đầu năm").</summary>
    public bool? CumulativeNamesYear { get; init; }
}
