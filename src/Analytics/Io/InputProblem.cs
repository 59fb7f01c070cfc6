using Analytics.Observations;

namespace Analytics.Io;

/// <summary>A problem found in an input: where it is, what is wrong and how to fix it.</summary>
/// <param name="Severity">Error (the file is refused) or warning (loaded, but look).</param>
/// <param name="Location">The file, sheet, row and column.</param>
/// <param name="Message">What is wrong, quoting the offending text.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record InputProblem(ProblemSeverity Severity, SourceLocation Location, string Message, string Fix)
{
    /// <summary>
    /// Gets the kind of problem as a plural phrase (<c>rows without a unit</c>), so that a long list can be summarised
    /// by kind ("… and 1,178 more rows without a unit"); null when not given, and then the fix is the kind.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>Returns e.g. <c>error: a.csv, row 4, column yoy_pct: '4,9%%' has two percent signs. Fix: write 4,9 or 4,9%.</c></summary>
    /// <returns>The problem in one line.</returns>
    public override string ToString()
        => $"{(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Location}: {Message} Fix: {Fix}";
}
