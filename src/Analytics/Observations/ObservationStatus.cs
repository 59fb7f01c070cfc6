namespace Analytics.Observations;

/// <summary>How final a published figure is.</summary>
public enum ObservationStatus
{
    /// <summary>The source does not say.</summary>
    Unspecified = 0,

    /// <summary>An estimate ("ước", "ước tính"): the current month of a report, revised next month.</summary>
    Estimate = 1,

    /// <summary>A preliminary figure ("sơ bộ").</summary>
    Preliminary = 2,

    /// <summary>An official figure ("chính thức").</summary>
    Official = 3,
}
