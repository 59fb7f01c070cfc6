using System.Globalization;
using Analytics.Periods;
using Analytics.Indicators;

namespace Analytics.Audit;

/// <summary>
/// One result of the consistency audit: which figures were compared, what was expected and found, by how much they
/// differ, and whether the rounding of the published figures explains the difference.
/// </summary>
/// <param name="Severity">Info (consistent, or not checkable), warning or error.</param>
/// <param name="Check">Which check.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Period">The period.</param>
/// <param name="Subject">The figures compared, in words ("sector parts of IND_VALUE").</param>
/// <param name="Expected">The figure as stated (the total, the stated share or rate), NaN when the check could not be made.</param>
/// <param name="Actual">The figure as recomputed from the others, NaN when the check could not be made.</param>
/// <param name="Tolerance">The largest difference rounding of the published figures can explain.</param>
/// <param name="Message">The finding in a sentence.</param>
public sealed record AuditFinding(
    FindingSeverity Severity,
    AuditCheck Check,
    string Indicator,
    Period Period,
    string Subject,
    double Expected,
    double Actual,
    double Tolerance,
    string Message)
{
    /// <summary>Gets the difference, recomputed minus stated.</summary>
    public double Difference => Actual - Expected;

    /// <summary>Gets a value indicating whether rounding of the published figures explains the difference.</summary>
    public bool ExplainedByRounding => !double.IsNaN(Difference) && Math.Abs(Difference) <= Tolerance + 1e-9;

    /// <summary>Returns the finding in one line, e.g. <c>info PartsVsTotal IND_VALUE 2023-01..2023-09: …</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Severity.ToString().ToLowerInvariant()} {Check} {Indicator} {Period}: {Message}");
}
