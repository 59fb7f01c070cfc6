using Analytics.Observations;

namespace Analytics.Io;

/// <summary>One row of a Biểu sheet as the writer lays it out.</summary>
internal sealed record InputWorkbookRow
{
    internal required string Indicator { get; init; }

    internal string Breakdown { get; init; } = string.Empty;

    internal string Dimension { get; init; } = string.Empty;

    internal string Parent { get; init; } = string.Empty;

    internal required string Label { get; init; }

    internal string Unit { get; init; } = string.Empty;

    internal string Source { get; init; } = string.Empty;

    internal string Note { get; init; } = string.Empty;

    internal (double Value, int Decimals) Previous { get; init; } = (double.NaN, -1);

    internal (double Value, int Decimals) Month { get; init; } = (double.NaN, -1);

    internal (double Value, int Decimals) Cumulative { get; init; } = (double.NaN, -1);

    internal StatedRate MonthOnMonth { get; init; } = StatedRate.None;

    internal StatedRate YearOnYear { get; init; } = StatedRate.None;

    internal StatedRate CumulativeYearOnYear { get; init; } = StatedRate.None;

    internal StatedRate Share { get; init; } = StatedRate.None;

    internal ObservationStatus PreviousStatus { get; init; } = ObservationStatus.Preliminary;

    internal ObservationStatus MonthStatus { get; init; } = ObservationStatus.Estimate;

    internal ObservationStatus CumulativeStatus { get; init; } = ObservationStatus.Estimate;
}
