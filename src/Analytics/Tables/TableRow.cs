using Analytics.Indicators;

namespace Analytics.Tables;

/// <summary>One row of a report table: the indicator or breakdown member, its indent, its unit and its cells.</summary>
/// <param name="Label">The indicator's or member's name.</param>
/// <param name="Level">0 for an indicator, 1 for its parts, 2 for their parts.</param>
/// <param name="Unit">The unit as the table shows it.</param>
/// <param name="Cells">One cell per numeric column.</param>
public sealed record TableRow(string Label, int Level, string Unit, IReadOnlyList<TableCell> Cells)
{
    /// <summary>Gets a value indicating whether the row is a sub-heading ("Theo thị trường") with no unit and no figures.</summary>
    public bool IsHeading { get; init; }
}
