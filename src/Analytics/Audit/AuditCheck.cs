namespace Analytics.Audit;

/// <summary>The consistency checks the audit makes.</summary>
public enum AuditCheck
{
    /// <summary>The parts of a breakdown against their total (sectors sum to the total; a selection does not exceed it).</summary>
    PartsVsTotal = 0,

    /// <summary>A stated share against the share the values give (1.078 of 2.032 is 53%).</summary>
    ShareVsValue = 1,

    /// <summary>The stated growth of a total against the growth its parts' values and rates imply.</summary>
    TotalGrowthVsParts = 2,

    /// <summary>Monthly values against the cumulative value of the same months.</summary>
    MonthlyVsCumulative = 3,

    /// <summary>A rate stated by the source against the rate recomputed from values: a difference is a revision.</summary>
    StatedVsComputedRate = 4,
}
