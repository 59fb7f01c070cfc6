using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// What a reader of observations made of a file: a <see cref="ReadResult{T}"/> whose value is the observations read
/// (empty when the file has errors), under the name <see cref="Observations"/>.
/// </summary>
public sealed record ReadResult : ReadResult<IReadOnlyList<Observation>>
{
    /// <summary>Initializes a new instance of the <see cref="ReadResult"/> class.</summary>
    /// <param name="observations">The observations read (empty when the file has errors).</param>
    /// <param name="problems">Errors and warnings, each with its location and fix.</param>
    public ReadResult(IReadOnlyList<Observation> observations, IReadOnlyList<InputProblem> problems)
        : base(observations, problems)
    {
    }

    /// <summary>Gets the observations read (empty when the file has errors); the same as <see cref="ReadResult{T}.Value"/>.</summary>
    public IReadOnlyList<Observation> Observations
    {
        get => Value;
        init => Value = value;
    }
}
