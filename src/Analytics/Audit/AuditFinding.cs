using System.Globalization;
using System.Text;
using Analytics.Indicators;
using Analytics.Periods;

namespace Analytics.Audit;

/// <summary>
/// One result of the consistency audit, as data: the check, the figures it compared (the stated one against the one
/// recomputed from the others), their difference, the tolerance the rounding of the published figures allows, and the
/// verdict. <c>Analytics.Narrative.AuditNarrator</c> writes it as a sentence in the report's language and culture;
/// <see cref="ToString"/> gives a plain invariant line for logs.
/// </summary>
/// <param name="Severity">Info (consistent, or not checkable), warning or error.</param>
/// <param name="Check">Which check.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Period">The period.</param>
/// <param name="Verdict">Whether the figures agree, disagree, or could not be compared.</param>
/// <param name="Expected">
/// The figure as stated: the total (or the parent, or the cumulative value), the stated share or the stated rate, in
/// percent for shares and rates; NaN when the source states none.
/// </param>
/// <param name="Actual">The figure recomputed from the others (the sum of the parts or months, the share or growth the values give), NaN when the check could not be made.</param>
/// <param name="Tolerance">The largest difference rounding of the published figures can explain, NaN when the check could not be made.</param>
public sealed record AuditFinding(
    FindingSeverity Severity,
    AuditCheck Check,
    string Indicator,
    Period Period,
    FindingVerdict Verdict,
    double Expected,
    double Actual,
    double Tolerance)
{
    /// <summary>Gets the breakdown member of the whole the check is about: empty for the indicator's total, "Châu Á" for a parent of countries.</summary>
    public string Whole { get; init; } = string.Empty;

    /// <summary>Gets the breakdown member compared with the whole, when the check is about one part: the part of a share, the part whose rate implies no base.</summary>
    public string Part { get; init; } = string.Empty;

    /// <summary>Gets the dimension of the parts ("sector", "market"), empty when the check is not about parts.</summary>
    public string Dimension { get; init; } = string.Empty;

    /// <summary>Gets the parts summed (those with a value), in the order of the data.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>Gets the parts that have no value.</summary>
    public IReadOnlyList<string> PartsWithoutValue { get; init; } = [];

    /// <summary>Gets the months compared with a cumulative value: all of them when summed, those present when some are missing, the one that exceeds it.</summary>
    public IReadOnlyList<Period> Months { get; init; } = [];

    /// <summary>Gets the unit of the values compared, null when unknown (shares and rates are in percent).</summary>
    public Unit? Unit { get; init; }

    /// <summary>Gets the decimals the source wrote the stated figure (<see cref="Expected"/>) with, or -1 when unknown.</summary>
    public int ExpectedDecimals { get; init; } = -1;

    /// <summary>Gets the value of the whole (the total, the parent, the cumulative value), NaN when it has none or does not enter the check.</summary>
    public double WholeValue { get; init; } = double.NaN;

    /// <summary>Gets the value of the part in question (<see cref="Part"/>, or the one month that exceeds its cumulative value), NaN otherwise.</summary>
    public double PartValue { get; init; } = double.NaN;

    /// <summary>Gets the stated rate of <see cref="Part"/> in percent when it keeps the check from being made, NaN otherwise.</summary>
    public double PartRate { get; init; } = double.NaN;

    /// <summary>Gets the decimals the source wrote <see cref="PartRate"/> with, or -1.</summary>
    public int PartRateDecimals { get; init; } = -1;

    /// <summary>Gets last year's parts implied by their values and stated growth, summed (the growth-of-the-total check), NaN otherwise.</summary>
    public double ImpliedBase { get; init; } = double.NaN;

    /// <summary>Gets which stated rate the finding is about (the stated-against-recomputed check).</summary>
    public RateComparison Rate { get; init; }

    /// <summary>Gets the release whose values the stated rate was recomputed from, when the finding is about a stated rate.</summary>
    public Period? Release { get; init; }

    /// <summary>Gets what kept the check from being made in full, <see cref="FindingObstacle.None"/> when nothing did.</summary>
    public FindingObstacle Obstacle { get; init; }

    /// <summary>Gets the difference, recomputed minus stated.</summary>
    public double Difference => Actual - Expected;

    /// <summary>Gets a value indicating whether rounding of the published figures explains the difference.</summary>
    public bool ExplainedByRounding => !double.IsNaN(Difference) && Math.Abs(Difference) <= Tolerance + 1e-9;

    /// <summary>
    /// Returns the finding in one plain line for logs, in English with invariant numbers, e.g.
    /// <c>info PartsVsTotal IND_VALUE 2023-01..2023-09 (4 sector parts): stated 72,007, recomputed 72,006, difference -1, rounding ±2.5: consistent</c>.
    /// </summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(Severity.ToString().ToLowerInvariant()).Append(' ').Append(Check.ToString()).Append(' ').Append(Indicator);
        if (Whole.Length > 0)
        {
            sb.Append(" / ").Append(Whole);
        }

        sb.Append(' ').Append(Period.ToString(null, inv));
        var about = new List<string>();
        if (Part.Length > 0)
        {
            about.Add("part " + Part);
        }

        if (Dimension.Length > 0)
        {
            about.Add(Parts.Count > 0 ? string.Create(inv, $"{Parts.Count} {Dimension} parts") : Dimension + " parts");
        }

        if (Months.Count > 0)
        {
            about.Add(string.Create(inv, $"{Months.Count} of {Period.Months().Count()} months"));
        }

        if (Rate != RateComparison.None)
        {
            about.Add(Rate.ToString() + (Release is { } r ? " as of the " + r.ToString(null, inv) + " release" : string.Empty));
        }

        if (about.Count > 0)
        {
            sb.Append(" (").AppendJoin(", ", about).Append(')');
        }

        sb.Append(": ");
        if (!double.IsNaN(Expected))
        {
            sb.Append("stated ").Append(Number(Expected, false));
        }

        if (Verdict == FindingVerdict.NotCheckable)
        {
            sb.Append(double.IsNaN(Expected) ? string.Empty : "; ").Append("not checkable: ").Append(Obstacle.ToString());
            if (PartsWithoutValue.Count > 0)
            {
                sb.Append(" (").AppendJoin(", ", PartsWithoutValue).Append(')');
            }

            return sb.ToString();
        }

        sb.Append(", recomputed ").Append(Number(Actual, false)).Append(", difference ").Append(Number(Difference, true))
          .Append(", rounding ±").Append(Number(Tolerance, false)).Append(": ").Append(Verdict == FindingVerdict.Consistent ? "consistent" : "inconsistent");
        return sb.ToString();
    }

    private static string Number(double v, bool signed)
    {
        var s = v.ToString("#,0.####", CultureInfo.InvariantCulture);
        return signed && v > 0 ? "+" + s : s;
    }
}
