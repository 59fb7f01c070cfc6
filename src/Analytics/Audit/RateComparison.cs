namespace Analytics.Audit;

/// <summary>Which stated rate a finding is about.</summary>
public enum RateComparison
{
    /// <summary>None: the finding is not about a stated rate of change.</summary>
    None = 0,

    /// <summary>The change on the previous month.</summary>
    MonthOnMonth = 1,

    /// <summary>The change on the same period of last year.</summary>
    YearOnYear = 2,
}
