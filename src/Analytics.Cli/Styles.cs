using Analytics.Narrative;

namespace Analytics.Cli;

/// <summary>The narrative style of <c>narrate</c> and <c>report</c>: the --style file if given, else the default of --lang.</summary>
internal static class Styles
{
    /// <summary>Resolves the style.</summary>
    /// <param name="file">The --style file, or null.</param>
    /// <param name="language">The --lang value (vi or en).</param>
    /// <param name="languageGiven">Whether --lang was given: it then overrides the style file's language.</param>
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

        return languageGiven || file is null ? style with { Language = language } : style;
    }
}
