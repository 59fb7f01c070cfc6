namespace Analytics.Indicators;

/// <summary>What a unit measures; it decides which operations make sense (values of money sum, rates do not).</summary>
public enum UnitKind
{
    /// <summary>An amount of money (tỷ đồng, triệu USD).</summary>
    Money = 0,

    /// <summary>A percentage (a rate such as CPI inflation).</summary>
    Percent = 1,

    /// <summary>An index number (IIP, CPI level), usually with a base period equal to 100.</summary>
    Index = 2,

    /// <summary>A physical quantity (tấn, triệu kWh, cái).</summary>
    Physical = 3,
}
