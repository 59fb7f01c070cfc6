using Analytics.Periods;

namespace Analytics.Narrative;

/// <summary>The paragraphs written for one period, with notes on what could not be said.</summary>
/// <param name="Period">The period narrated: a month, a quarter, a year or a cumulative period.</param>
/// <param name="Paragraphs">The paragraphs, in the order of a report's Section I.</param>
/// <param name="Notes">Messages for the user: a period missing from the data, comparisons left out and why.</param>
public sealed record Narration(Period Period, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<string> Notes)
{
    /// <summary>Returns the paragraphs separated by blank lines.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(Environment.NewLine + Environment.NewLine, Paragraphs.Select(p => p.Text));
}
