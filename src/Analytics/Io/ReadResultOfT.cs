namespace Analytics.Io;

/// <summary>
/// What a reader made of a file, the one shape every reader returns: the value read and every problem found, each
/// located (file, sheet, row, column) with its fix. When <see cref="HasErrors"/> is true the value must not be used
/// (readers then return an empty value, never a partial one); <see cref="ThrowIfErrors"/> makes that a rule.
/// </summary>
/// <typeparam name="T">What the file holds: observations, a panel of series, plan targets.</typeparam>
/// <param name="Value">The value read (empty when the file has errors).</param>
/// <param name="Problems">Errors and warnings, each with its location and fix.</param>
public record ReadResult<T>(T Value, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Gets a value indicating whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Gets the errors.</summary>
    public IEnumerable<InputProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<InputProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>Returns the value, or throws when the file has errors.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InputException">The file has errors; the exception lists them.</exception>
    public T ThrowIfErrors() => HasErrors ? throw new InputException(Problems) : Value;
}
