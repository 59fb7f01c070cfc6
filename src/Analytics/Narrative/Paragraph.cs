using Analytics.Indicators;

namespace Analytics.Narrative;

/// <summary>One paragraph of a report: the indicator it speaks of, its text, and the comparisons left out for want of data.</summary>
/// <param name="Indicator">The indicator code (or codes, "EXPORT+IMPORT").</param>
/// <param name="Topic">What the paragraph covers ("month", "cumulative", "products", "commodity", "market", "headline").</param>
/// <param name="Text">The paragraph.</param>
/// <param name="Omissions">Each comparison left out of the text and why.</param>
public sealed record Paragraph(string Indicator, string Topic, string Text, IReadOnlyList<string> Omissions);
