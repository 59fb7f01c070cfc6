namespace Analytics.Observations;

/// <summary>Whether a stated rate is a value or only a bound ("tăng hơn 1 lần" states a lower bound).</summary>
public enum RateBound
{
    /// <summary>The rate is stated as a value.</summary>
    Exact = 0,

    /// <summary>The source says only that the rate is greater than the value (written <c>&gt;100</c>).</summary>
    GreaterThan = 1,

    /// <summary>The source says only that the rate is less than the value (written <c>&lt;5</c>).</summary>
    LessThan = 2,
}
