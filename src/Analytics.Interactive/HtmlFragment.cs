namespace Analytics.Interactive;

/// <summary>A piece of HTML a notebook displays as such (the formatters render it as <c>text/html</c>).</summary>
/// <param name="Html">The HTML.</param>
public sealed record HtmlFragment(string Html)
{
    /// <inheritdoc/>
    public override string ToString() => Html;
}
