namespace Analytics.Growth;

/// <summary>Why a figure could not be computed. A missing figure always carries one; it is never a number.</summary>
public enum MissingReason : byte
{
    /// <summary>The figure is not missing.</summary>
    None = 0,

    /// <summary>The value itself is missing for this period.</summary>
    NoData = 1,

    /// <summary>The value of the comparison period (last month, the same month last year) is missing.</summary>
    BaseMissing = 2,

    /// <summary>The comparison value is zero: a growth rate against nothing is undefined.</summary>
    ZeroBase = 3,

    /// <summary>The comparison value is negative: a ratio against it has no meaning as growth.</summary>
    NegativeBase = 4,

    /// <summary>A month between January and this one is missing, so the cumulative figure cannot be formed.</summary>
    IncompleteCumulation = 5,

    /// <summary>A growth rate of −100% or below: no base value can have produced it.</summary>
    ImpossibleRate = 6,

    /// <summary>The source states only a bound ("hơn 1 lần"), not a value.</summary>
    BoundOnly = 7,

    /// <summary>The figures cannot be compared (different units, or an operation that does not apply to the kind).</summary>
    NotApplicable = 8,
}
