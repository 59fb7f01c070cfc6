using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// What a reader made of a file: the observations and every problem found. When <see cref="HasErrors"/> is true the
/// observations must not be used; <see cref="ThrowIfErrors"/> makes that a rule.
/// </summary>
/// <param name="Observations">The observations read (empty when the file has errors).</param>
/// <param name="Problems">Errors and warnings, each with its location and fix.</param>
public sealed record ReadResult(IReadOnlyList<Observation> Observations, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Gets a value indicating whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<InputProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>Returns the observations, or throws when the file has errors.</summary>
    /// <returns>The observations.</returns>
    /// <exception cref="InputException">The file has errors; the exception lists them.</exception>
    public IReadOnlyList<Observation> ThrowIfErrors() => HasErrors ? throw new InputException(Problems) : Observations;
}
