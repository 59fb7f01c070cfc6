namespace Analytics.Charts;

/// <summary>
/// A chart to draw as a picture (see <see cref="ChartPainter"/>): its title, the indicator it shows and the texts of
/// its axes, all in the report's language. The kinds are <see cref="MonthlyChart"/>, <see cref="ShareChart"/>, <see cref="GrowthChart"/> and
/// <see cref="FanChart"/>.
/// </summary>
/// <param name="Title">The title, written as the figure's caption ("Kim ngạch xuất khẩu hàng hóa theo tháng").</param>
/// <param name="Indicator">The indicator code the chart belongs with (so a report places it after that indicator's paragraph).</param>
public abstract record Chart(string Title, string Indicator)
{
    /// <summary>Gets a one-line description of the chart's content for readers who cannot see the picture.</summary>
    public abstract string Description { get; }
}
