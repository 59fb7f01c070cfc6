namespace Analytics.Audit;

/// <summary>What kept a check from being made in full.</summary>
public enum FindingObstacle
{
    /// <summary>Nothing: the check was made.</summary>
    None = 0,

    /// <summary>Some parts of a breakdown have no value (<see cref="AuditFinding.PartsWithoutValue"/>).</summary>
    PartsWithoutValue = 1,

    /// <summary>The part (<see cref="AuditFinding.Part"/>) has no value.</summary>
    PartWithoutValue = 2,

    /// <summary>The whole (the total or the parent) has no value.</summary>
    TotalWithoutValue = 3,

    /// <summary>The whole is zero or negative.</summary>
    TotalNotPositive = 4,

    /// <summary>An index: the growth of its parts cannot be combined without their values or weights.</summary>
    NoValuesOrWeights = 5,

    /// <summary>A part's stated rate (<see cref="AuditFinding.PartRate"/>) is −100% or less, which implies no value last year.</summary>
    RateImpliesNoBase = 6,

    /// <summary>Some months of a cumulative period are missing from the data (<see cref="AuditFinding.Months"/> has those present).</summary>
    MonthsMissing = 7,
}
