namespace Analytics.Forecasting;

/// <summary>What a <see cref="YearEndNote"/> tells the reader about how a year-end estimate was formed.</summary>
public enum YearEndNoteKind
{
    /// <summary>
    /// Last year's base was re-estimated: the stated growth of the months known disagrees with their values over last
    /// year's published figure. Values: <c>ytdPeriod</c> (Period), <c>stated</c> and <c>implied</c> (percent), <c>ratio</c>.
    /// </summary>
    BaseReestimated = 0,

    /// <summary>A gap in the monthly series: the remaining months are forecast from the unbroken stretch after it. Values: <c>gap</c>, <c>first</c>, <c>through</c> (Period), <c>months</c> (int).</summary>
    Gap = 1,

    /// <summary>The last months known are a shock: half the paths as if it lasts, half as if it passes. Values: <c>first</c>, <c>last</c> (Period), <c>below</c> (bool), <c>level</c> (int, percent).</summary>
    Shock = 2,

    /// <summary>An index published as rates: its levels were rebuilt from them. Values: <c>base</c> (int, the year whose January is 100).</summary>
    IndexFromRates = 3,

    /// <summary>A year-on-year rate of an earlier year is missing: the index is forecast from a later year on. Values: <c>year</c> (int, the year missing a rate), <c>from</c> (int).</summary>
    IndexShortHistory = 4,

    /// <summary>The cumulative growth rebuilt from the monthly rates differs from the stated one. Values: <c>ytdPeriod</c> (Period), <c>rebuilt</c> and <c>stated</c> (percent).</summary>
    IndexCumulativeDiffers = 5,
}
