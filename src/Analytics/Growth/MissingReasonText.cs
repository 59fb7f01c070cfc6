namespace Analytics;

/// <summary>Plain-English explanations of <see cref="MissingReason"/> values, for messages and output notes.</summary>
public static class MissingReasonText
{
    /// <summary>Explains why a figure is missing.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>A short phrase, e.g. "the comparison period has no value".</returns>
    public static string Describe(this MissingReason reason) => reason switch
    {
        MissingReason.None => "not missing",
        MissingReason.NoData => "the period has no value and the source states no rate",
        MissingReason.BaseMissing => "the comparison period has no value and the source states no rate",
        MissingReason.ZeroBase => "the comparison value is zero",
        MissingReason.NegativeBase => "the comparison value is negative",
        MissingReason.IncompleteCumulation => "a month since January is missing",
        MissingReason.ImpossibleRate => "the stated rate is -100% or less",
        MissingReason.BoundOnly => "the source states only a bound",
        MissingReason.NotApplicable => "does not apply to this kind of indicator or period",
        _ => reason.ToString(),
    };
}
