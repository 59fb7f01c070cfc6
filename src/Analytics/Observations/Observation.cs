using Analytics.Periods;
using Analytics.Indicators;

namespace Analytics.Observations;

/// <summary>
/// One published figure: an indicator (and breakdown member) for a period, its value and the growth rates the
/// source states beside it, its status and the release it comes from. Immutable: a revision is another
/// observation with a later release, never an overwrite.
/// </summary>
public sealed record Observation
{
    /// <summary>Gets the indicator code.</summary>
    public required string Indicator { get; init; }

    /// <summary>Gets the breakdown member, or empty for the indicator's total.</summary>
    public string Breakdown { get; init; } = string.Empty;

    /// <summary>Gets the dimension the breakdown member belongs to ("sector", "market"), or empty for the total.</summary>
    public string Dimension { get; init; } = string.Empty;

    /// <summary>
    /// Gets the breakdown member this one is part of (a country's continent), or empty when it is a direct part of
    /// the total.
    /// </summary>
    public string Parent { get; init; } = string.Empty;

    /// <summary>Gets the period.</summary>
    public required Period Period { get; init; }

    /// <summary>Gets the value, or NaN when the source states only rates.</summary>
    public double Value { get; init; } = double.NaN;

    /// <summary>Gets the decimals the value was written with, or -1 when unknown.</summary>
    public int ValueDecimals { get; init; } = -1;

    /// <summary>Gets the unit of the value, or null when no value is given.</summary>
    public Unit? Unit { get; init; }

    /// <summary>Gets the growth on the previous period as the source states it ("so với tháng trước").</summary>
    public StatedRate MonthOnMonth { get; init; } = StatedRate.None;

    /// <summary>Gets the growth on the same period of last year as the source states it ("so với cùng kỳ").</summary>
    public StatedRate YearOnYear { get; init; } = StatedRate.None;

    /// <summary>Gets the share of the total in percent as the source states it ("chiếm 53%").</summary>
    public StatedRate Share { get; init; } = StatedRate.None;

    /// <summary>Gets how final the figure is.</summary>
    public ObservationStatus Status { get; init; }

    /// <summary>
    /// Gets the month of the publication the figure comes from, or null when not given; a figure without a release
    /// counts as released in its own period's last month.
    /// </summary>
    public Period? Release { get; init; }

    /// <summary>Gets a remark the source makes about the figure ("chủ yếu tăng ở hàng khăn"), which a sentence may carry; empty when none.</summary>
    public string Remark { get; init; } = string.Empty;

    /// <summary>Gets where the figure comes from, in the user's words (the <c>source</c> column); empty when not given.</summary>
    public string Citation { get; init; } = string.Empty;

    /// <summary>Gets where the figure was read, for messages.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Gets the series the observation belongs to.</summary>
    public SeriesKey Key => new(Indicator, Breakdown);

    /// <summary>Gets the release, or the period's last month when none was given.</summary>
    public Period EffectiveRelease => Release ?? Analytics.Periods.Period.Month(Period.Year, Period.LastMonth);

    /// <summary>Gets a value indicating whether a value is given.</summary>
    public bool HasValue => !double.IsNaN(Value);

    /// <summary>
    /// Gets half a unit of the value's last decimal as its source wrote it: the rounding it may carry (0.5 for 72.007
    /// tỷ đồng; 0 when the decimals are unknown). A value converted to a smaller unit keeps its source's rounding:
    /// 12,3 nghìn tỷ đồng read as 12.300 tỷ đồng carries 50 tỷ đồng, not the 0.5 its 0 decimals would say; the reader
    /// sets it then (see <see cref="Analytics.Indicators.Unit.ConvertTo"/>), otherwise it follows <see cref="ValueDecimals"/>.
    /// </summary>
    public double ValueHalfUnit
    {
        get => valueHalfUnit ?? (ValueDecimals < 0 ? 0 : 0.5 * Math.Pow(10, -ValueDecimals));
        init => valueHalfUnit = value;
    }

    private readonly double? valueHalfUnit;
}
