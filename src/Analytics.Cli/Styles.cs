using Analytics.Narrative;

namespace Analytics.Cli;

/// <summary>The narrative style of <c>narrate</c> and <c>report</c>: the --style file if given, else the default of --lang.</summary>
internal static class Styles
{
    /// <summary>Resolves the style.</summary>
    /// <param name="file">The --style file, or null.</param>
    /// <param name="language">The --lang value (vi or en).</param>
    /// <param name="languageGiven">
    /// Whether --lang was given: it then overrides the style file's language, and the style's culture when the
    /// language differs from the style's.
    /// </param>
    /// <returns>The style.</returns>
    /// <exception cref="UsageException">The style file cannot be read; the message names it.</exception>
    internal static NarrativeStyle Resolve(string? file, string language, bool languageGiven)
    {
        NarrativeStyle style;
        try
        {
            style = file is null ? NarrativeStyle.Vietnamese : NarrativeStyle.Load(file);
        }
        catch (Exception e) when (e is FormatException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            throw new UsageException($"--style {file}: {e.Message}");
        }

        if (!languageGiven && file is not null)
        {
            return style;
        }

        // A style written for one language, asked for in the other: its numbers follow the language asked for
        // (the GSO style's vi-VN culture would write "USD 34,05 billion" in English).
        return string.Equals(style.Language, language, StringComparison.OrdinalIgnoreCase)
            ? style with { Language = language }
            : style with { Language = language, CultureName = null };
    }
}
