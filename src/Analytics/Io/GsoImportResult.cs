using Analytics.Observations;

namespace Analytics.Io;

/// <summary>The result of importing GSO workbooks: the observations, every problem found, and a summary per sheet.</summary>
/// <param name="Observations">The figures, each with its period, unit, status and release.</param>
/// <param name="Problems">Problems located by file, sheet, row and column, each with its fix.</param>
/// <param name="Sheets">What each recognised sheet gave and what it left out.</param>
public sealed record GsoImportResult(IReadOnlyList<Observation> Observations, IReadOnlyList<InputProblem> Problems, IReadOnlyList<GsoSheetSummary> Sheets)
{
    /// <summary>Whether any problem is an error (the figures it concerns were not imported).</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>The observations and problems as a <see cref="ReadResult"/>, as the other readers give them.</summary>
    public ReadResult ToReadResult() => new(Observations, Problems);
}
