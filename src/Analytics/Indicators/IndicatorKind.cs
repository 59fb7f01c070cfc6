namespace Analytics.Indicators;

/// <summary>How an indicator behaves over time; it decides what "cumulative" means.</summary>
public enum IndicatorKind
{
    /// <summary>
    /// A flow value that sums over months (retail sales, exports, production value): the cumulative value is the
    /// sum of the months, and cumulative growth the ratio of the sums.
    /// </summary>
    Flow = 0,

    /// <summary>
    /// An index that does not sum (IIP): cumulative growth is the ratio of the sums of monthly index levels, as the
    /// GSO publishes it; there is no cumulative value.
    /// </summary>
    Index = 1,

    /// <summary>A rate (CPI inflation, a share): neither summed nor compounded by the growth engine.</summary>
    Rate = 2,
}
