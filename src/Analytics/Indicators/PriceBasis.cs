namespace Analytics.Indicators;

/// <summary>The prices a value is measured at. Values at different bases are never added or compared.</summary>
public enum PriceBasis
{
    /// <summary>No price basis applies (indices, rates, physical quantities).</summary>
    NotApplicable = 0,

    /// <summary>Current prices ("giá hiện hành").</summary>
    Current = 1,

    /// <summary>Constant 2010 prices ("giá so sánh 2010"), used by Thái Bình and Nam Định for production value.</summary>
    Constant2010 = 2,

    /// <summary>Constant 2015 prices ("giá so sánh 2015").</summary>
    Constant2015 = 3,
}
