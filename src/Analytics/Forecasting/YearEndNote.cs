using Analytics.Internal;

namespace Analytics.Forecasting;

/// <summary>
/// Something the reader of a year-end estimate should know about how it was formed (a re-estimated base, a gap, a
/// shock): its kind, its text in English, and the figures it names, so that a report can say it in its own language
/// (the plan section's notes do).
/// </summary>
public sealed record YearEndNote
{
    /// <summary>Initializes a new instance of the <see cref="YearEndNote"/> class.</summary>
    /// <param name="kind">What the note is about.</param>
    /// <param name="text">The note in English.</param>
    /// <param name="values">The figures it names, by the names <see cref="YearEndNoteKind"/> gives for its kind.</param>
    public YearEndNote(YearEndNoteKind kind, string text, IReadOnlyDictionary<string, object> values)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(values);
        Kind = kind;
        Text = text;
        Values = values;
    }

    /// <summary>Gets what the note is about.</summary>
    public YearEndNoteKind Kind { get; }

    /// <summary>Gets the note in English.</summary>
    public string Text { get; }

    /// <summary>Gets the figures the note names (periods, percentages, counts), by name.</summary>
    public IReadOnlyDictionary<string, object> Values { get; }

    /// <summary>Returns the note in English.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
