namespace Analytics.Audit;

/// <summary>How serious an audit finding is.</summary>
public enum FindingSeverity
{
    /// <summary>The figures agree (within rounding), or the check could not be made and the finding says why.</summary>
    Info = 0,

    /// <summary>The figures disagree in a way a revision or a selection explains; look before publishing.</summary>
    Warning = 1,

    /// <summary>The figures contradict each other beyond rounding: one of them is wrong.</summary>
    Error = 2,
}
