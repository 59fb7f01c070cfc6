namespace Analytics.Narrative;

/// <summary>
/// How a growth of 100% or more is written as a multiple ("lần"). The seed writes "tăng hơn 1 lần" and "tăng 3,4 lần":
/// only <see cref="IncreaseBy"/> reads both consistently.
/// </summary>
public enum MultipleWording
{
    /// <summary>"tăng N lần" is an increase of N times the base: growth = N × 100% (+340% is "tăng 3,4 lần"). The default.</summary>
    IncreaseBy = 0,

    /// <summary>"tăng N lần" is N times the base, a ratio of N (+340% is "tăng 4,4 lần"), as in colloquial use.</summary>
    RatioTang = 1,

    /// <summary>"gấp N lần": a ratio of N (+340% is "gấp 4,4 lần"), the GSO's wording.</summary>
    RatioGap = 2,

    /// <summary>Never a multiple: always a percentage (+340%).</summary>
    Percent = 3,
}
