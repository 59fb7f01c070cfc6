namespace Analytics.Io;

/// <summary>Thrown when an input cannot be used; <see cref="Problems"/> lists every problem found, each located.</summary>
public sealed class InputException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="InputException"/> class.</summary>
    public InputException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InputException"/> class.</summary>
    /// <param name="message">The message.</param>
    public InputException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="InputException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="InputException"/> class.</summary>
    /// <param name="problems">The problems; the message lists the errors among them.</param>
    public InputException(IReadOnlyList<InputProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, errors and warnings.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    private static string Describe(IReadOnlyList<InputProblem> problems)
    {
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        return errors.Count == 0
            ? "The input could not be used."
            : $"The input could not be used ({errors.Count} error(s)):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Take(20))
              + (errors.Count > 20 ? $"{Environment.NewLine}… and {errors.Count - 20} more." : string.Empty);
    }
}
