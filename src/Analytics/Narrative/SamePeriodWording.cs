namespace Analytics.Narrative;

/// <summary>How a sentence names the same period of last year; the seed report uses all three.</summary>
public enum SamePeriodWording
{
    /// <summary>"so với cùng kỳ năm 2022" / "on September 2022", "on the same period of 2022".</summary>
    NamedYear = 0,

    /// <summary>"so với cùng kỳ" / "year on year".</summary>
    Plain = 1,

    /// <summary>"so với cùng kỳ năm trước" / "on a year earlier".</summary>
    LastYear = 2,
}
